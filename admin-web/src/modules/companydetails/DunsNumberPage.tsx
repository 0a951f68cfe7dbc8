import { BackLink, Title } from '@dm/web/ui';
import { EDITS_COMPANY_DETAILS } from './companyDetails';
import { SupplierEdit } from './EditFrame';

/** AD9: the DUNS number is not changed here; the page says why and what to do instead. */
export function DunsNumberPage() {
  return (
    <SupplierEdit roles={EDITS_COMPANY_DETAILS}>
      {(supplier, details) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Title>{`DUNS number – ${supplier.name}`}</Title>
            <BackLink href={`/suppliers/${supplier.id}`} text={`Back to ${supplier.name}`} />
            <span className="govuk-caption-l">{supplier.name}</span>
            <h1 className="govuk-heading-l">The DUNS number cannot be changed here</h1>
            <p className="govuk-body">
              This supplier account is registered under DUNS number <strong>{details.dunsNumber}</strong>. The account belongs to that number, so it is not corrected like other
              company details.
            </p>
            <p className="govuk-body">
              If the number is wrong, the supplier should contact the Digital Marketplace support team, who can move its users and services to an account with the right number.
            </p>
          </div>
        </div>
      )}
    </SupplierEdit>
  );
}
