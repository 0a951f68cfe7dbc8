import { Link, Navigate } from 'react-router';
import { getFragmentData } from '../../gql';
import { Title } from '../../ui/app/Title';
import { Panel } from '../../ui/govuk/Panel';
import { AgreementDetailsFragment, contractTitle, frameworkPath } from './agreement';
import { AgreementSummary } from './LegalDocuments';
import { SigningGuard, type Signing } from './SigningGuard';

function Confirmation({ framework, agreement: signed }: Signing) {
  const agreement = getFragmentData(AgreementDetailsFragment, signed);
  if (!agreement) return <Navigate to={`${frameworkPath(framework.slug)}/start-framework-agreement-signing`} replace />;
  const contract = `${framework.name} ${contractTitle(framework)}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{`Agreement signed: ${framework.name}`}</Title>
        <Panel titleText="Agreement signed" text={`You have signed the ${contract}`} />
        <AgreementSummary agreement={agreement} />
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">We have emailed a copy of your signature page to everyone in your company with a Digital Marketplace account.</p>
        <p className="govuk-body">
          Crown Commercial Service (CCS) will check the agreement and countersign it. We will email you the countersigned agreement once CCS has signed it. You can also download it
          from your account.
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

/** S9: the agreement has been signed. */
export function AgreementSignedPage() {
  return <SigningGuard signed="allow">{(signing) => <Confirmation {...signing} />}</SigningGuard>;
}
