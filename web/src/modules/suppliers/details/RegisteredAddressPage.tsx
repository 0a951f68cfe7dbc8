import { useState } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { type FieldErrors } from '../../../ui/forms/formErrors';
import { RegisteredAddressFields, type RegisteredAddress } from '../../../ui/forms/RegisteredAddressFields';
import { Fieldset } from '../../../ui/govuk/Fieldset';
import { COUNTRIES } from '../countries';
import { useUpdateSupplier } from '../supplier';
import { EditForm, SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';

const TITLE = 'What is your registered office address?';
const FIELDS = ['registeredAddress.address1', 'registeredAddress.city', 'registeredAddress.postcode', 'registrationCountry'] as const;
const COUNTRY_ITEMS = [{ value: '', text: 'Choose a country' }, ...COUNTRIES.map(([value, text]) => ({ value, text }))];

function check(address1: string, city: string, postcode: string, country: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!address1) errors['registeredAddress.address1'] = 'Enter a building and street';
  else if (address1.length > 255) errors['registeredAddress.address1'] = 'The building and street must be 255 characters or fewer';
  if (!city) errors['registeredAddress.city'] = 'Enter a town or city';
  else if (city.length > 255) errors['registeredAddress.city'] = 'The town or city must be 255 characters or fewer';
  if (!postcode) errors['registeredAddress.postcode'] = 'Enter a postcode';
  else if (postcode.length > 15) errors['registeredAddress.postcode'] = 'The postcode must be 15 characters or fewer';
  if (!country) errors.registrationCountry = 'Choose the country your company is registered in';
  return errors;
}

function Form({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const update = useUpdateSupplier(FIELDS);
  const navigate = useNavigate();
  const [address, setAddress] = useState<RegisteredAddress>({
    address1: details.registeredAddress.address1 ?? '',
    city: details.registeredAddress.city ?? '',
    postcode: details.registeredAddress.postcode ?? '',
    country: details.registrationCountry ?? '',
  });

  const submit = async () => {
    const [a, c, p, country] = [address.address1.trim(), address.city.trim(), address.postcode.trim(), address.country];
    const input = { registeredAddress: { address1: a, city: c, postcode: p }, registrationCountry: country };
    if (await update.submit({ id: supplier.id, input }, check(a, c, p, country))) await navigate('/suppliers/details', flash('Your registered address has been saved'));
  };

  return (
    <EditForm title={TITLE} form={update} onSubmit={submit} heading={false}>
      <Fieldset legend={{ text: TITLE, isPageHeading: true, classes: 'govuk-fieldset__legend--l' }}>
        <p className="govuk-body">The address your company is registered at, for example with Companies House.</p>
        <RegisteredAddressFields value={address} onChange={setAddress} errors={update.errors} countryItems={COUNTRY_ITEMS} ownAddress />
      </Fieldset>
    </EditForm>
  );
}

/** S3: the registered office address and the country the company is registered in. */
export function RegisteredAddressPage() {
  return <SupplierOnly>{(supplier, details) => <Form supplier={supplier} details={details} />}</SupplierOnly>;
}
