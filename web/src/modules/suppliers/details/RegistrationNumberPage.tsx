import { useState } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { Input } from '../../../ui/govuk/Input';
import { Radios } from '../../../ui/govuk/Radios';
import { COMPANIES_HOUSE, useUpdateSupplier } from '../supplier';
import { EditForm, SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';
import { CorrectMistake } from './CorrectMistake';

const TITLE = 'Are you registered with Companies House?';
const FIELDS = ['registeredWithCompaniesHouse', 'companiesHouseNumber', 'otherCompanyRegistrationNumber'] as const;

function check(registered: string, chNumber: string, otherNumber: string): FieldErrors {
  if (registered === 'yes') {
    if (!chNumber) return { companiesHouseNumber: 'Enter your Companies House number' };
    if (!COMPANIES_HOUSE.test(chNumber)) return { companiesHouseNumber: 'Your Companies House number must be 8 characters: 2 digits or 2 letters, then 6 digits' };
    return {};
  }
  if (registered === 'no') {
    if (!otherNumber) return { otherCompanyRegistrationNumber: 'Enter your registration number' };
    if (otherNumber.length > 255) return { otherCompanyRegistrationNumber: 'Your registration number must be 255 characters or fewer' };
    return {};
  }
  return { registeredWithCompaniesHouse: 'Select yes if you are registered with Companies House' };
}

function Form({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const update = useUpdateSupplier(FIELDS);
  const navigate = useNavigate();
  const [registered, setRegistered] = useState(details.companiesHouseNumber ? 'yes' : details.otherCompanyRegistrationNumber ? 'no' : '');
  const [chNumber, setChNumber] = useState(details.companiesHouseNumber ?? '');
  const [otherNumber, setOtherNumber] = useState(details.otherCompanyRegistrationNumber ?? '');

  const submit = async () => {
    const ch = chNumber.replace(/\s+/g, '').toUpperCase();
    const other = otherNumber.trim();
    // The API stores one of the two and clears the other.
    const input = registered === 'yes' ? { companiesHouseNumber: ch } : { otherCompanyRegistrationNumber: other };
    if (await update.submit({ id: supplier.id, input }, check(registered, ch, other))) await navigate('/suppliers/details', flash('Your registration number has been saved'));
  };

  return (
    <EditForm title={TITLE} form={update} onSubmit={submit} heading={false}>
      <Radios
        name="registeredWithCompaniesHouse"
        fieldset={{ legend: { text: TITLE, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
        value={registered}
        onChange={setRegistered}
        errorMessage={inlineError(update.errors, 'registeredWithCompaniesHouse')}
        items={[
          {
            value: 'yes',
            text: 'Yes',
            conditional: {
              children: (
                <Input
                  id="companiesHouseNumber"
                  name="companiesHouseNumber"
                  label={{ text: 'Companies House number' }}
                  hint={{ text: '8 characters, for example 01234567 or SC123456' }}
                  width={10}
                  spellcheck={false}
                  autocomplete="off"
                  value={chNumber}
                  onChange={(e) => setChNumber(e.target.value)}
                  errorMessage={inlineError(update.errors, 'companiesHouseNumber')}
                />
              ),
            },
          },
          {
            value: 'no',
            text: 'No',
            conditional: {
              children: (
                <Input
                  id="otherCompanyRegistrationNumber"
                  name="otherCompanyRegistrationNumber"
                  label={{ text: 'Other company registration number' }}
                  hint={{ text: 'The number your company is registered under in the country where it is registered' }}
                  spellcheck={false}
                  autocomplete="off"
                  value={otherNumber}
                  onChange={(e) => setOtherNumber(e.target.value)}
                  errorMessage={inlineError(update.errors, 'otherCompanyRegistrationNumber')}
                />
              ),
            },
          },
        ]}
      />
    </EditForm>
  );
}

/** S3: a Companies House number or another registration number; fixed once the company details are confirmed. */
export function RegistrationNumberPage() {
  return (
    <SupplierOnly>
      {(supplier, details) =>
        details.confirmed ? (
          <CorrectMistake what="registration number" value={details.companiesHouseNumber ?? details.otherCompanyRegistrationNumber} />
        ) : (
          <Form supplier={supplier} details={details} />
        )
      }
    </SupplierOnly>
  );
}
