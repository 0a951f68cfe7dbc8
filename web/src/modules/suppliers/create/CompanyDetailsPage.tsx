import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { isEmailAddress } from '../../../ui/forms/email';
import { useFormAction } from '../../../ui/forms/useFormMutation';
import { BackLink } from '../../../ui/govuk/BackLink';
import { Button } from '../../../ui/govuk/Button';
import { Input } from '../../../ui/govuk/Input';
import { PHONE, useSignup } from './signup';

const FIELDS = ['companyName', 'contactName', 'contactEmail', 'contactPhone'] as const;
type Field = (typeof FIELDS)[number];

function detailErrors(values: Record<Field, string>): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.companyName) errors.companyName = 'Enter your company name';
  else if (values.companyName.length > 255) errors.companyName = 'Your company name must be 255 characters or fewer';
  if (!values.contactName) errors.contactName = 'Enter a contact name';
  else if (values.contactName.length > 255) errors.contactName = 'The contact name must be 255 characters or fewer';
  if (!values.contactEmail) errors.contactEmail = 'Enter a contact email address';
  else if (!isEmailAddress(values.contactEmail)) errors.contactEmail = 'Enter an email address in the correct format, like name@example.com';
  if (!values.contactPhone) errors.contactPhone = 'Enter a contact phone number';
  else if (!PHONE.test(values.contactPhone)) errors.contactPhone = 'Enter a phone number, like 01632 960 001';
  return errors;
}

/** S1 step 2: the company as buyers will see it. */
export function CompanyDetailsPage() {
  const { signup, save } = useSignup();
  const navigate = useNavigate();
  const form = useFormAction(async (values: Record<Field, string>) => values, { fieldOrder: FIELDS });
  const [values, setValues] = useState<Record<Field, string>>(() => Object.fromEntries(FIELDS.map((f) => [f, signup[f] ?? ''])) as Record<Field, string>);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Record<Field, string>;
    if (!(await form.submit(trimmed, detailErrors(trimmed)))) return;
    save(trimmed);
    await navigate(signup.loginEmail ? '/suppliers/create/check-your-answers' : '/suppliers/create/login-email');
  };

  const field = (name: Field, label: string, extra: Partial<Parameters<typeof Input>[0]> = {}) => (
    <Input
      id={name}
      name={name}
      label={{ text: label }}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      errorMessage={inlineError(form.errors, name)}
      {...extra}
    />
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={form.hasErrors}>Your company details</Title>
        <BackLink href="/suppliers/create/duns-number" text="Back" />
        <FormErrorSummary errors={form.errors} submission={form.submission} />
        <h1 className="govuk-heading-l">Your company details</h1>
        <p className="govuk-body">Buyers will see these details on your services and your supplier page.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          {field('companyName', 'Company name', { hint: { text: 'The name buyers know you by' }, autocomplete: 'organization' })}
          {field('contactName', 'Contact name', { autocomplete: 'name' })}
          {field('contactEmail', 'Contact email address', { type: 'email', autocomplete: 'email', spellcheck: false })}
          {field('contactPhone', 'Contact phone number', { type: 'tel', autocomplete: 'tel', width: 20 })}
          <Button type="submit" text="Continue" />
        </form>
      </div>
    </div>
  );
}
