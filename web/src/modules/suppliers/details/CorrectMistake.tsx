import { Title } from '../../../ui/app/Title';
import { BackLink } from '../../../ui/govuk/BackLink';

/**
 * What a supplier reads instead of an edit page for a detail that is fixed (the DUNS number always,
 * the registered name and registration number once confirmed).
 */
export function CorrectMistake({ what, value }: { what: string; value: string | null | undefined }) {
  const title = `Correct a mistake in your ${what}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{title}</Title>
        <BackLink href="/suppliers/details" text="Back to your company details" />
        <h1 className="govuk-heading-l">{title}</h1>
        {value ? (
          <p className="govuk-body">
            Your {what} is <strong>{value}</strong>.
          </p>
        ) : null}
        <p className="govuk-body">You cannot change your {what} yourself, because it identifies your company in your framework applications and agreements.</p>
        <p className="govuk-body">
          If it is wrong because of a typing mistake,{' '}
          <a className="govuk-link" href="/help">
            contact the Digital Marketplace support team
          </a>{' '}
          and tell them your company name and the correct {what}.
        </p>
        <p className="govuk-body">If your company has changed, for example it has been bought or restructured, you need to create a new supplier account for the new company.</p>
      </div>
    </div>
  );
}
