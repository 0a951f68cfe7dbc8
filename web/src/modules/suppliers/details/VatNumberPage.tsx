import { useState } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { Input } from '../../../ui/govuk/Input';
import { useUpdateSupplier } from '../supplier';
import { EditForm, SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';

const TITLE = 'What is your VAT number?';

function Form({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const update = useUpdateSupplier(['vatNumber']);
  const navigate = useNavigate();
  const [vat, setVat] = useState(details.vatNumber ?? '');

  const submit = async () => {
    const vatNumber = vat.trim();
    const errors: FieldErrors = vatNumber.length > 30 ? { vatNumber: 'Your VAT number must be 30 characters or fewer' } : {};
    if (await update.submit({ id: supplier.id, input: { vatNumber } }, errors)) await navigate('/suppliers/details', flash('Your VAT number has been saved'));
  };

  return (
    <EditForm title={TITLE} form={update} onSubmit={submit} heading={false}>
      <Input
        id="vatNumber"
        name="vatNumber"
        label={{ text: TITLE, isPageHeading: true, classes: 'govuk-label--l' }}
        hint={{ text: 'For example, GB123456789. Leave this empty if your company is not registered for VAT.' }}
        width={20}
        spellcheck={false}
        autocomplete="off"
        value={vat}
        onChange={(e) => setVat(e.target.value)}
        errorMessage={inlineError(update.errors, 'vatNumber')}
      />
    </EditForm>
  );
}

/** S3: the VAT number, if the company has one. */
export function VatNumberPage() {
  return <SupplierOnly>{(supplier, details) => <Form supplier={supplier} details={details} />}</SupplierOnly>;
}
