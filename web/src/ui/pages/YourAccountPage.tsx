import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { accountHref, useSite } from '../app/site';
import { Flash } from '../app/flash';
import { Title } from '../app/Title';
import { SummaryList } from '../govuk/SummaryList';
import { RequireViewer } from '../session/guards';
import { ROLE_LABELS } from '../session/roles';

/** "Your account": who is signed in, and the account tasks; each app adds its own (`children`). */
export function YourAccountPage({ children }: { children?: ReactNode }) {
  const site = useSite();
  return (
    <RequireViewer>
      {(viewer) =>
        // A role whose account lives elsewhere on this site (a buyer's dashboard) is taken there.
        accountHref(site, viewer.role) !== '/account' ? (
          <Navigate to={accountHref(site, viewer.role)} replace />
        ) : (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <Title>Your account</Title>
              <Flash />
              <h1 className="govuk-heading-l">Your account</h1>
              <SummaryList
                rows={[
                  { key: { text: 'Name' }, value: { text: viewer.name } },
                  { key: { text: 'Email address' }, value: { text: viewer.email } },
                  { key: { text: 'Account type' }, value: { text: ROLE_LABELS[viewer.role] } },
                ]}
              />
              {children}
              <h2 className="govuk-heading-m">Sign-in details</h2>
              <ul className="govuk-list">
                <li>
                  <Link to="/account/change-password" className="govuk-link">
                    Change your password
                  </Link>
                </li>
                <li>
                  <Link to="/sign-out" className="govuk-link">
                    Sign out
                  </Link>
                </li>
              </ul>
            </div>
          </div>
        )
      }
    </RequireViewer>
  );
}
