import { useState } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { isEmailAddress } from '../../../ui/forms/email';
import { CharacterCount } from '../../../ui/govuk/CharacterCount';
import { Input } from '../../../ui/govuk/Input';
import { PHONE, useUpdateSupplier, wordCount } from '../supplier';
import { EditForm, SupplierOnly, type OwnSupplier } from '../SupplierOnly';

const FIELDS = ['contactName', 'contactEmail', 'contactPhone', 'description'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

function check(v: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.contactName) errors.contactName = 'Enter a contact name';
  else if (v.contactName.length > 255) errors.contactName = 'The contact name must be 255 characters or fewer';
  if (!v.contactEmail) errors.contactEmail = 'Enter a contact email address';
  else if (!isEmailAddress(v.contactEmail)) errors.contactEmail = 'Enter an email address in the correct format, like name@example.com';
  if (!v.contactPhone) errors.contactPhone = 'Enter a contact phone number';
  else if (!PHONE.test(v.contactPhone)) errors.contactPhone = 'Enter a phone number, like 01632 960 001';
  if (wordCount(v.description) > 50) errors.description = 'Your summary must be 50 words or fewer';
  return errors;
}

function Form({ supplier }: { supplier: OwnSupplier }) {
  const update = useUpdateSupplier(FIELDS);
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>({
    contactName: supplier.contact?.contactName ?? '',
    contactEmail: supplier.contact?.email ?? '',
    contactPhone: supplier.contact?.phoneNumber ?? '',
    description: supplier.description ?? '',
  });
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async () => {
    const input = {
      contactName: values.contactName.trim(),
      contactEmail: values.contactEmail.trim(),
      contactPhone: values.contactPhone.trim(),
      description: values.description.trim(),
    };
    if (await update.submit({ id: supplier.id, input }, check(input))) await navigate('/suppliers/details', flash('What buyers will see has been updated'));
  };

  return (
    <EditForm title="What buyers will see" form={update} onSubmit={submit}>
      <p className="govuk-body">Buyers see these details on your services and on your supplier page.</p>
      <Input
        id="contactName"
        name="contactName"
        label={{ text: 'Contact name' }}
        autocomplete="name"
        value={values.contactName}
        onChange={set('contactName')}
        errorMessage={inlineError(update.errors, 'contactName')}
      />
      <Input
        id="contactEmail"
        name="contactEmail"
        type="email"
        label={{ text: 'Contact email address' }}
        autocomplete="email"
        spellcheck={false}
        value={values.contactEmail}
        onChange={set('contactEmail')}
        errorMessage={inlineError(update.errors, 'contactEmail')}
      />
      <Input
        id="contactPhone"
        name="contactPhone"
        type="tel"
        label={{ text: 'Contact phone number' }}
        autocomplete="tel"
        width={20}
        value={values.contactPhone}
        onChange={set('contactPhone')}
        errorMessage={inlineError(update.errors, 'contactPhone')}
      />
      <CharacterCount
        id="description"
        name="description"
        label={{ text: 'Summary (optional)' }}
        hint={{ text: 'Describe what your company does and what makes it different, in 50 words or fewer.' }}
        maxwords={50}
        rows={5}
        value={values.description}
        onChange={set('description')}
        errorMessage={inlineError(update.errors, 'description')}
      />
    </EditForm>
  );
}

/** S3: the contact and summary buyers see. */
export function WhatBuyersSeePage() {
  return <SupplierOnly>{(supplier) => <Form supplier={supplier} />}</SupplierOnly>;
}
