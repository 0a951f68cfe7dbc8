import { useState } from 'react';
import { useNavigate } from 'react-router';
import { COUNTRIES } from '@dm/web/countries';
import { Fieldset, Input, Radios, RegisteredAddressFields, flash, inlineError, useFormMutation, type RegisteredAddress } from '@dm/web/ui';
import type { UpdateSupplierInput } from '../../gql/graphql';
import { AdminUpdateSupplierDocument, EDITS_COMPANY_DETAILS, EDITS_SUPPLIER_NAME, checkAddress, checkName, checkRegistrationNumber, updatedFlash } from './companyDetails';
import { EditForm, SupplierEdit, type EditedDetails, type EditedSupplier } from './EditFrame';

const COUNTRY_CODES = new Set(COUNTRIES.map(([code]) => code));
const COUNTRY_ITEMS = [{ value: '', text: 'Choose a country' }, ...COUNTRIES.map(([value, text]) => ({ value, text }))];

/** The update every AD9 form sends; success goes back to the supplier page with a flash naming it. */
function useUpdate(supplier: EditedSupplier, fieldOrder: readonly string[]) {
  const update = useFormMutation(AdminUpdateSupplierDocument, { fieldOrder, refusalFields: (_code, message) => ({ [fieldOrder[0]!]: message }) });
  const navigate = useNavigate();
  const save = async (input: UpdateSupplierInput, clientErrors: Record<string, string>) => {
    const done = await update.submit({ id: supplier.id, input }, clientErrors);
    if (done) await navigate(`/suppliers/${supplier.id}`, flash(updatedFlash(done.updateSupplier.name)));
  };
  return { update, save };
}

function NameForm({ supplier }: { supplier: EditedSupplier }) {
  const { update, save } = useUpdate(supplier, ['name']);
  const [name, setName] = useState(supplier.name);
  return (
    <EditForm
      supplier={supplier}
      title="Change the supplier’s trading name"
      {...update}
      onSubmit={() => save({ name: name.trim() }, checkName('name', name, 'Enter the new name', 'The name'))}
    >
      <p className="govuk-body">This is the name buyers see on the supplier’s services and in the supplier A to Z.</p>
      <Input
        id="name"
        name="name"
        label={{ text: 'New name', classes: 'govuk-label--s' }}
        autocomplete="organization"
        value={name}
        onChange={(e) => setName(e.target.value)}
        errorMessage={inlineError(update.errors, 'name')}
      />
    </EditForm>
  );
}

function RegisteredNameForm({ supplier, details }: { supplier: EditedSupplier; details: EditedDetails }) {
  const { update, save } = useUpdate(supplier, ['registeredName']);
  const [name, setName] = useState(details.registeredName ?? '');
  return (
    <EditForm
      supplier={supplier}
      title="Correct the registered company name"
      {...update}
      onSubmit={() => save({ registeredName: name.trim() }, checkName('registeredName', name, 'Enter the registered company name', 'The registered company name'))}
    >
      <p className="govuk-body">Use the name exactly as the company is registered, for example with Companies House.</p>
      <Input
        id="registeredName"
        name="registeredName"
        label={{ text: 'Registered company name', classes: 'govuk-label--s' }}
        autocomplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        errorMessage={inlineError(update.errors, 'registeredName')}
      />
    </EditForm>
  );
}

function RegistrationNumberForm({ supplier, details }: { supplier: EditedSupplier; details: EditedDetails }) {
  const { update, save } = useUpdate(supplier, ['registrationKind', 'companiesHouseNumber', 'otherCompanyRegistrationNumber']);
  const [kind, setKind] = useState(details.companiesHouseNumber ? 'companies-house' : details.otherCompanyRegistrationNumber ? 'other' : '');
  const [ch, setCh] = useState(details.companiesHouseNumber ?? '');
  const [other, setOther] = useState(details.otherCompanyRegistrationNumber ?? '');
  const title = 'Correct the company registration number';
  const submit = () => {
    const chNumber = ch.replace(/\s+/g, '').toUpperCase();
    const otherNumber = other.trim();
    // The API keeps one of the two numbers and clears the other.
    return save(
      kind === 'companies-house' ? { companiesHouseNumber: chNumber } : { otherCompanyRegistrationNumber: otherNumber },
      checkRegistrationNumber(kind, chNumber, otherNumber),
    );
  };
  return (
    <EditForm supplier={supplier} title={title} heading={false} {...update} onSubmit={submit}>
      <Radios
        name="registrationKind"
        idPrefix="registrationKind"
        fieldset={{ legend: { text: title, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
        hint={{ text: 'The number is also corrected in the supplier’s most recent framework application.' }}
        value={kind}
        onChange={setKind}
        errorMessage={inlineError(update.errors, 'registrationKind')}
        items={[
          {
            value: 'companies-house',
            text: 'Registered with Companies House',
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
                  value={ch}
                  onChange={(e) => setCh(e.target.value)}
                  errorMessage={inlineError(update.errors, 'companiesHouseNumber')}
                />
              ),
            },
          },
          {
            value: 'other',
            text: 'Registered somewhere else',
            conditional: {
              children: (
                <Input
                  id="otherCompanyRegistrationNumber"
                  name="otherCompanyRegistrationNumber"
                  label={{ text: 'Registration number' }}
                  hint={{ text: 'The number the company is registered under in its own country' }}
                  spellcheck={false}
                  autocomplete="off"
                  value={other}
                  onChange={(e) => setOther(e.target.value)}
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

function RegisteredAddressForm({ supplier, details }: { supplier: EditedSupplier; details: EditedDetails }) {
  const { update, save } = useUpdate(supplier, ['registeredAddress.address1', 'registeredAddress.city', 'registeredAddress.postcode', 'registrationCountry']);
  const [address, setAddress] = useState<RegisteredAddress>({
    address1: details.registeredAddress.address1 ?? '',
    city: details.registeredAddress.city ?? '',
    postcode: details.registeredAddress.postcode ?? '',
    country: details.registrationCountry ?? '',
  });
  const title = 'Correct the registered address';
  const submit = () => {
    const [a, c, p, country] = [address.address1.trim(), address.city.trim(), address.postcode.trim(), address.country];
    return save({ registeredAddress: { address1: a, city: c, postcode: p }, registrationCountry: country }, checkAddress(a, c, p, country, COUNTRY_CODES));
  };
  return (
    <EditForm supplier={supplier} title={title} heading={false} {...update} onSubmit={submit}>
      <Fieldset legend={{ text: title, isPageHeading: true, classes: 'govuk-fieldset__legend--l' }}>
        <p className="govuk-body">The address the company is registered at. It is also the address on the supplier’s contact details.</p>
        <RegisteredAddressFields value={address} onChange={setAddress} errors={update.errors} countryItems={COUNTRY_ITEMS} ownAddress={false} />
      </Fieldset>
    </EditForm>
  );
}

/** AD2: a support, data controller or category admin changes a supplier's trading name. */
export function EditSupplierNamePage() {
  return <SupplierEdit roles={EDITS_SUPPLIER_NAME}>{(supplier) => <NameForm key={supplier.id} supplier={supplier} />}</SupplierEdit>;
}

/** AD9: a data controller corrects the registered company name. */
export function RegisteredNamePage() {
  return <SupplierEdit roles={EDITS_COMPANY_DETAILS}>{(supplier, details) => <RegisteredNameForm key={supplier.id} supplier={supplier} details={details} />}</SupplierEdit>;
}

/** AD9: a data controller corrects the Companies House or other registration number. */
export function RegistrationNumberPage() {
  return <SupplierEdit roles={EDITS_COMPANY_DETAILS}>{(supplier, details) => <RegistrationNumberForm key={supplier.id} supplier={supplier} details={details} />}</SupplierEdit>;
}

/** AD9: a data controller corrects the registered address and country. */
export function RegisteredAddressPage() {
  return <SupplierEdit roles={EDITS_COMPANY_DETAILS}>{(supplier, details) => <RegisteredAddressForm key={supplier.id} supplier={supplier} details={details} />}</SupplierEdit>;
}
