import { Navigate, useLocation } from 'react-router';
import { Title } from '../../../ui/app/Title';
import { Panel } from '../../../ui/govuk/Panel';

/** S1 done: the account waits for its first user to follow the emailed link. */
export function CreateSupplierCompletePage() {
  const email = (useLocation().state as { email?: string } | null)?.email;
  if (!email) return <Navigate to="/suppliers/create" replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Activate your account</Title>
        <Panel titleText="Activate your account" headingLevel={1} />
        <p className="govuk-body">
          We have sent an email to <strong>{email}</strong>.
        </p>
        <p className="govuk-body">Follow the link in it to create your password and sign in. The link works for 7 days.</p>
        <p className="govuk-body">If the email does not arrive within a few minutes, check your spam folder.</p>
      </div>
    </div>
  );
}
