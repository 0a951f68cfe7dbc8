import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { flash } from '../app/flash';
import { Title } from '../app/Title';
import { FormErrorSummary } from '../forms/FormErrorSummary';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { newPasswordErrors } from '../forms/passwords';
import { Button } from '../govuk/Button';
import { useResetPassword } from '../session/session';

/** The page an emailed reset link opens: a new password, twice. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const reset = useResetPassword();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await reset.submit({ input: { token, password } }, newPasswordErrors(password, confirm));
    if (done) await navigate('/sign-in', { replace: true, ...flash('Your password has been changed. Sign in with your new password.') });
  };

  const { fields } = reset.errors;
  if (fields.token) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>This link has expired</Title>
          <h1 className="govuk-heading-l">This link has expired or has already been used</h1>
          <p className="govuk-body">Password reset links work once, for 24 hours.</p>
          <p className="govuk-body">
            <Link to="/reset-password" className="govuk-link">
              Send a new reset email
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={reset.hasErrors}>Choose a new password</Title>
        <FormErrorSummary errors={reset.errors} submission={reset.submission} />
        <h1 className="govuk-heading-l">Choose a new password</h1>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <NewPasswordFields
            field="password"
            label="New password"
            confirmLabel="Confirm new password"
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            errors={reset.errors}
          />
          <Button type="submit" disabled={reset.loading}>
            Reset password
          </Button>
        </form>
      </div>
    </div>
  );
}
