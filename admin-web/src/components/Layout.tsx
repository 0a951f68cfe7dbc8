import type { ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useSignOut, useViewer } from '../modules/users/session';

const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'Support user accounts',
  ADMIN_MANAGER: 'Manage admin users',
  ADMIN_FRAMEWORK_MANAGER: 'Manage framework applications',
  ADMIN_CCS_SOURCING: 'Audit framework applications',
  ADMIN_CCS_DATA_CONTROLLER: 'Manage data',
  ADMIN_CCS_CATEGORY: 'Manage services',
};

/** Every admin page needs a signed-in admin; anyone else is sent to sign in. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { data, loading } = useViewer();
  const location = useLocation();
  if (loading || !data) return <p className="govuk-body">Loading…</p>;
  if (!data.viewer || !data.viewer.role.startsWith('ADMIN')) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <>{children}</>;
}

function AccountBar() {
  const { data } = useViewer();
  const [signOut] = useSignOut();
  const navigate = useNavigate();
  if (!data?.viewer) return null;
  return (
    <ul className="govuk-service-navigation__list">
      <li className="govuk-service-navigation__item">
        <span className="govuk-service-navigation__text" data-testid="signed-in-as">
          {data.viewer.name} ({ROLE_LABELS[data.viewer.role] ?? data.viewer.role})
        </span>
      </li>
      <li className="govuk-service-navigation__item">
        <a
          href="/sign-out"
          className="govuk-service-navigation__link"
          onClick={(e) => {
            e.preventDefault();
            void signOut().then(() => navigate('/sign-in'));
          }}
        >
          Sign out
        </a>
      </li>
    </ul>
  );
}

/** GOV.UK page template for the admin app, visibly distinct from the public service. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <section aria-label="Service information" className="govuk-service-navigation govuk-service-navigation--inverse">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                Digital Marketplace admin
              </Link>
            </span>
            <nav aria-label="Account" className="govuk-service-navigation__wrapper">
              <AccountBar />
            </nav>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" role="main">
          {children}
        </main>
      </div>
    </>
  );
}
