import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Button, Input, flash, inlineError, useFormMutation } from '@dm/web/ui';
import { MoveUserToSupplierDocument, checkEmail } from './companyDetails';

/** The move form's submission: the API's `email` refusal shows on this form's field (#move-email). */
export const useMoveUser = () =>
  useFormMutation(MoveUserToSupplierDocument, {
    fieldOrder: ['email'],
    hrefFor: () => '#move-email',
    refusalFields: (_code, message) => ({ email: message }),
  });

/**
 * AD3: "Move user to this supplier": an existing supplier user's email; they become an active user
 * of this supplier (support and category admins). Unknown addresses, buyers and admins are refused
 * by the API with a message for the field.
 */
export function MoveUserForm({ supplier, move, onMoved }: { supplier: { id: string; name: string }; move: ReturnType<typeof useMoveUser>; onMoved: () => Promise<unknown> }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    const errors = checkEmail(value);
    const done = await move.submit({ id: supplier.id, email: value }, errors.moveEmail ? { email: errors.moveEmail } : undefined);
    if (done) {
      setEmail('');
      await onMoved();
      await navigate(location.pathname, { ...flash(`${done.moveUserToSupplier.email} is now a user of ${supplier.name}`), replace: true });
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="move-heading">
      <h2 className="govuk-heading-m" id="move-heading">
        Move a user to this supplier
      </h2>
      <p className="govuk-body">For someone who already has a supplier account with another company. They will be signed out, and can then sign in as a user of {supplier.name}.</p>
      <Input
        id="move-email"
        name="moveEmail"
        type="email"
        classes="govuk-!-width-two-thirds"
        label={{ text: 'Email address of the user to move', classes: 'govuk-label--s' }}
        autocomplete="off"
        spellcheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        errorMessage={inlineError(move.errors, 'email')}
      />
      <Button type="submit" text="Move user" classes="govuk-button--secondary" disabled={move.loading} />
    </form>
  );
}
