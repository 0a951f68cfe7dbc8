import { Title } from '../../../ui/app/Title';
import { Button } from '../../../ui/govuk/Button';

/** S1: what opening a supplier account takes, before the first step. */
export function CreateSupplierStartPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Create a supplier account</Title>
        <h1 className="govuk-heading-l">Create a supplier account</h1>
        <p className="govuk-body">You need a supplier account to apply to sell on a framework, such as G-Cloud or Digital Outcomes and Specialists.</p>
        <p className="govuk-body">You will need:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your company’s DUNS number</li>
          <li>the contact details buyers will see</li>
          <li>the work email address you will sign in with</li>
        </ul>
        <p className="govuk-body">If your company already has an account, ask a colleague who uses it to invite you instead.</p>
        <Button href="/suppliers/create/duns-number" isStartButton text="Start now" />
      </div>
    </div>
  );
}
