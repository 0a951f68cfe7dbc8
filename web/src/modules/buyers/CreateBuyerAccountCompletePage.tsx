import { Link, Navigate, useLocation } from 'react-router';
import { Title } from '../../ui/app/Title';
import { Panel } from '../../ui/govuk/Panel';
import { SupportEmail } from '../content/ContentPage';
import { CREATE_URL } from './account';

/** A9 done: the buyer follows the emailed link to name themselves and choose a password. */
export function CreateBuyerAccountCompletePage() {
  const email = (useLocation().state as { email?: string } | null)?.email;
  // Reached without asking (typed, or reloaded in a new tab): start again.
  if (!email) return <Navigate to={CREATE_URL} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Check your email</Title>
        <Panel titleText="Check your email" headingLevel={1} />
        <p className="govuk-body">
          We have sent an email to <strong>{email}</strong>.
        </p>
        <p className="govuk-body">Follow the link in it to add your name, create a password and sign in. The link works once, for 7 days.</p>
        <h2 className="govuk-heading-m">If the email does not arrive</h2>
        <p className="govuk-body">It can take a few minutes. Check your spam or junk folder.</p>
        <p className="govuk-body">
          If the address is wrong, or you still have no email after an hour,{' '}
          <Link className="govuk-link" to={CREATE_URL}>
            enter your email address again
          </Link>
          . If you already have an account, the email tells you so instead.
        </p>
        <p className="govuk-body">
          For help, email <SupportEmail />.
        </p>
      </div>
    </div>
  );
}
