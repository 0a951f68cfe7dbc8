import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { Flash, flash } from '../../../ui/app/flash';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { useFormMutation } from '../../../ui/forms/useFormMutation';
import { Breadcrumbs } from '../../../ui/govuk/Breadcrumbs';
import { Button } from '../../../ui/govuk/Button';
import { InsetText } from '../../../ui/govuk/InsetText';
import { SummaryList, type SummaryListRow } from '../../../ui/govuk/SummaryList';
import { countryName } from '../countries';
import { OwnSupplierDocument, organisationSizeLabel, tradingStatusLabel } from '../supplier';
import { SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';

const ConfirmCompanyDetailsDocument = graphql(`
  mutation ConfirmSupplierCompanyDetails($id: ID!) {
    confirmSupplierCompanyDetails(id: $id) {
      id
    }
  }
`);

/** Which row each detail the API says is missing belongs to. */
const ROW_OF: Record<string, string> = {
  registeredName: 'registered-company-name',
  registeredAddress: 'registered-address',
  registrationCountry: 'registered-address',
  registrationNumber: 'registration-number',
  tradingStatus: 'trading-status',
  organisationSize: 'organisation-size',
};

const useConfirmCompanyDetails = () =>
  useFormMutation(ConfirmCompanyDetailsDocument, {
    fieldOrder: Object.keys(ROW_OF),
    hrefFor: (field) => `/suppliers/${ROW_OF[field] ?? 'details'}/edit`,
    refetchQueries: [OwnSupplierDocument],
    awaitRefetchQueries: true,
  });

/** A row whose value may still be missing: then its action says an answer is required. */
function row(key: string, value: ReactNode, path: string, what: string, opts: { fixed?: boolean; optional?: boolean } = {}): SummaryListRow {
  const missing = value === null || value === undefined || value === '';
  const text = opts.fixed ? 'Correct a mistake' : missing && !opts.optional ? 'Answer required' : 'Change';
  return {
    key: { text: key },
    value: { text: missing ? (opts.optional ? 'Not given' : '') : value },
    actions: { items: [{ href: `/suppliers/${path}/edit`, text, visuallyHiddenText: opts.fixed ? `in your ${what}` : what }] },
  };
}

const lines = (...parts: Array<string | null | undefined>) => {
  const present = parts.filter((p): p is string => Boolean(p));
  if (!present.length) return null;
  return present.map((p, i) => (
    <span key={i}>
      {i > 0 ? <br /> : null}
      {p}
    </span>
  ));
};

function registrationNumber(d: CompanyDetails) {
  if (d.companiesHouseNumber) return `Companies House number ${d.companiesHouseNumber}`;
  return d.otherCompanyRegistrationNumber ? `Registration number ${d.otherCompanyRegistrationNumber}` : null;
}

function Details({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const confirm = useConfirmCompanyDetails();
  const navigate = useNavigate();
  const fixed = details.confirmed;
  const address = details.registeredAddress;

  const submit = async () => {
    if (await confirm.submit({ id: supplier.id })) await navigate('/suppliers/details', { replace: true, ...flash('You have confirmed your company details') });
  };

  return (
    <>
      <Breadcrumbs items={[{ text: 'Digital Marketplace', href: '/' }, { text: 'Your account', href: '/suppliers' }, { text: 'Your company details' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <Title error={confirm.hasErrors}>Your company details</Title>
          <Flash />
          <FormErrorSummary errors={confirm.errors} submission={confirm.submission} />
          <span className="govuk-caption-l">{supplier.name}</span>
          <h1 className="govuk-heading-l">Your company details</h1>

          <h2 className="govuk-heading-m">What buyers will see</h2>
          <SummaryList
            rows={[
              row('Contact name', supplier.contact?.contactName, 'what-buyers-will-see', 'contact name'),
              row('Contact email', supplier.contact?.email, 'what-buyers-will-see', 'contact email'),
              row('Contact phone number', supplier.contact?.phoneNumber, 'what-buyers-will-see', 'contact phone number'),
              row('Summary', supplier.description, 'what-buyers-will-see', 'summary', { optional: true }),
            ]}
          />

          <h2 className="govuk-heading-m">Company details for your framework applications</h2>
          <p className="govuk-body">Buyers will not see these details. They are used when you apply to sell on a framework.</p>
          <SummaryList
            rows={[
              row('Registered company name', details.registeredName, 'registered-company-name', 'registered company name', { fixed }),
              row(
                'Registered address',
                address.address1 && details.registrationCountry ? lines(address.address1, address.city, address.postcode, countryName(details.registrationCountry)) : null,
                'registered-address',
                'registered address',
              ),
              row('Registration number', registrationNumber(details), 'registration-number', 'registration number', { fixed }),
              row('Trading status', tradingStatusLabel(details.tradingStatus), 'trading-status', 'trading status'),
              row('Company size', organisationSizeLabel(details.organisationSize), 'organisation-size', 'company size'),
              row('VAT number', details.vatNumber, 'vat-number', 'VAT number', { optional: true }),
              row('DUNS number', details.dunsNumber, 'duns-number', 'DUNS number', { fixed: true }),
            ]}
          />

          {fixed ? (
            <InsetText>You have confirmed your company details. Your registered company name, registration number and DUNS number can no longer be changed here.</InsetText>
          ) : details.missing.length ? (
            <InsetText>Answer every question in ‘Company details for your framework applications’ before you confirm your company details.</InsetText>
          ) : (
            <>
              <h2 className="govuk-heading-m">Confirm your company details</h2>
              <p className="govuk-body">Check these details are correct. Once you confirm them, you cannot change your registered company name or registration number.</p>
              <Button text="Confirm your company details" disabled={confirm.loading} onClick={() => void submit()} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** S3: the company details buyers see and those framework applications use, each with its edit page. */
export function CompanyDetailsPage() {
  return <SupplierOnly>{(supplier, details) => <Details supplier={supplier} details={details} />}</SupplierOnly>;
}
