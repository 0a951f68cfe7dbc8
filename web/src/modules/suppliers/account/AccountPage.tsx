import { Link } from 'react-router';
import { YourAccountPage } from '../../../ui/pages/YourAccountPage';
import { useViewer } from '../../../ui/session/session';
import { useUserResearch } from './research';

function UserResearchLink() {
  const { data } = useUserResearch();
  const optedIn = data?.viewer?.userResearchOptedIn;
  if (optedIn === undefined) return null;
  return (
    <>
      <h2 className="govuk-heading-m">User research</h2>
      <p className="govuk-body">Help us improve the Digital Marketplace by taking part in user research.</p>
      <p className="govuk-body">
        <Link to="/account/user-research" className="govuk-link">
          {optedIn ? 'Unsubscribe from the user research mailing list' : 'Join the user research mailing list'}
        </Link>
      </p>
    </>
  );
}

/** S14 (and B15): "Your account", with a supplier's company links and the user research mailing list. */
export function AccountPage() {
  const supplier = useViewer().data?.viewer?.role === 'SUPPLIER';
  return (
    <YourAccountPage>
      {supplier ? (
        <>
          <h2 className="govuk-heading-m">Your company</h2>
          <ul className="govuk-list">
            <li>
              <Link to="/suppliers" className="govuk-link">
                Your supplier dashboard
              </Link>
            </li>
            <li>
              <Link to="/suppliers/details" className="govuk-link">
                Your company details
              </Link>
            </li>
            <li>
              <Link to="/suppliers/users" className="govuk-link">
                Contributors
              </Link>
            </li>
          </ul>
        </>
      ) : null}
      <UserResearchLink />
    </YourAccountPage>
  );
}
