import { Link } from 'react-router';
import { Title } from '../../ui/app/Title';
import { BackLink } from '../../ui/govuk/BackLink';
import { contractTitle, frameworkPath } from './agreement';
import { SigningGuard, type Signing } from './SigningGuard';

function Explanation({ framework }: Signing) {
  const title = 'You cannot sign this agreement';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{title}</Title>
        <BackLink href={`${frameworkPath(framework.slug)}/start-framework-agreement-signing`} text="Back" />
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Only someone with the legal authority to sign on behalf of your company can sign the {framework.name} {contractTitle(framework)}. This is usually a director or company
          secretary.
        </p>
        <p className="govuk-body">
          Ask them to sign in to the Digital Marketplace and sign it. If they do not have an account yet, you can{' '}
          <Link className="govuk-link" to="/suppliers/invite-user">
            invite them to join your company’s account
          </Link>
          .
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/suppliers">
            Return to your account
          </Link>
        </p>
      </div>
    </div>
  );
}

/** S9: the user said they may not sign for the company. */
export function LegalAuthorityNeededPage() {
  return <SigningGuard>{(signing) => <Explanation {...signing} />}</SigningGuard>;
}
