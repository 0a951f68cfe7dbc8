import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../app/flash';
import { accountHref, useSite } from '../app/site';
import { Title } from '../app/Title';
import { FormErrorSummary } from '../forms/FormErrorSummary';
import { inlineError } from '../forms/formErrors';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { newPasswordErrors } from '../forms/passwords';
import { BackLink } from '../govuk/BackLink';
import { Button } from '../govuk/Button';
import { PasswordInput } from '../govuk/PasswordInput';
import { useChangePassword, useViewer } from '../session/session';

/** Changes the signed-in user's password; the API emails them that it changed. */
export function ChangePasswordPage() {
  const change = useChangePassword();
  const navigate = useNavigate();
  // Back to where this user's account is (a buyer's dashboard, a supplier's "Your account").
  const account = accountHref(useSite(), useViewer().data?.viewer?.role);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = newPasswordErrors(newPassword, confirm, 'newPassword');
    if (!currentPassword) errors.currentPassword = 'Enter your current password';
    if (await change.submit({ input: { currentPassword, newPassword } }, errors)) await navigate(account, flash('Your password has been changed'));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={change.hasErrors}>Change your password</Title>
        <BackLink href={account}>Back to your account</BackLink>
        <FormErrorSummary errors={change.errors} submission={change.submission} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <PasswordInput
            id="currentPassword"
            name="currentPassword"
            label={{ text: 'Current password' }}
            autocomplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
            errorMessage={inlineError(change.errors, 'currentPassword')}
          />
          <NewPasswordFields
            field="newPassword"
            label="New password"
            confirmLabel="Confirm new password"
            password={newPassword}
            confirm={confirm}
            onPassword={setNew}
            onConfirm={setConfirm}
            errors={change.errors}
          />
          <Button type="submit" disabled={change.loading}>
            Change password
          </Button>
        </form>
      </div>
    </div>
  );
}
