import { useState } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { Input } from '../../../ui/govuk/Input';
import { useUpdateSupplier } from '../supplier';
import { EditForm, SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';
import { CorrectMistake } from './CorrectMistake';

const TITLE = 'What is your registered company name?';

function Form({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const update = useUpdateSupplier(['registeredName']);
  const navigate = useNavigate();
  const [name, setName] = useState(details.registeredName ?? '');

  const submit = async () => {
    const registeredName = name.trim();
    const errors: FieldErrors = !registeredName
      ? { registeredName: 'Enter your registered company name' }
      : registeredName.length > 255
        ? { registeredName: 'Your registered company name must be 255 characters or fewer' }
        : {};
    if (await update.submit({ id: supplier.id, input: { registeredName } }, errors)) await navigate('/suppliers/details', flash('Your registered company name has been saved'));
  };

  return (
    <EditForm title={TITLE} form={update} onSubmit={submit} heading={false}>
      <Input
        id="registeredName"
        name="registeredName"
        label={{ text: TITLE, isPageHeading: true, classes: 'govuk-label--l' }}
        hint={{ text: 'The name your company is registered under, for example with Companies House. It may be different from the name buyers know you by.' }}
        autocomplete="organization"
        value={name}
        onChange={(e) => setName(e.target.value)}
        errorMessage={inlineError(update.errors, 'registeredName')}
      />
    </EditForm>
  );
}

/** S3: the registered company name; fixed once the company details are confirmed. */
export function RegisteredNamePage() {
  return (
    <SupplierOnly>
      {(supplier, details) =>
        details.confirmed ? <CorrectMistake what="registered company name" value={details.registeredName} /> : <Form supplier={supplier} details={details} />
      }
    </SupplierOnly>
  );
}
