import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { OrganisationSize } from '../../../gql/graphql';
import { flash } from '../../../ui/app/flash';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { Radios } from '../../../ui/govuk/Radios';
import { ORGANISATION_SIZES, useUpdateSupplier } from '../supplier';
import { EditForm, SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';

const TITLE = 'What size is your company?';

function Form({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const update = useUpdateSupplier(['organisationSize']);
  const navigate = useNavigate();
  const [size, setSize] = useState<string>(details.organisationSize ?? '');

  const submit = async () => {
    const errors: FieldErrors = size ? {} : { organisationSize: 'Select the size of your company' };
    if (await update.submit({ id: supplier.id, input: { organisationSize: size as OrganisationSize } }, errors))
      await navigate('/suppliers/details', flash('Your company size has been saved'));
  };

  return (
    <EditForm title={TITLE} form={update} onSubmit={submit} heading={false}>
      <Radios
        name="organisationSize"
        fieldset={{ legend: { text: TITLE, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
        hint={{ text: 'Use the number of employees and the turnover or balance sheet total of your whole organisation.' }}
        value={size}
        onChange={setSize}
        errorMessage={inlineError(update.errors, 'organisationSize')}
        items={ORGANISATION_SIZES.map(([value, text, hint]) => ({ value, text, hint: { text: hint } }))}
      />
    </EditForm>
  );
}

/** S3: the company's size, as the EU defines micro, small, medium and large enterprises. */
export function OrganisationSizePage() {
  return <SupplierOnly>{(supplier, details) => <Form supplier={supplier} details={details} />}</SupplierOnly>;
}
