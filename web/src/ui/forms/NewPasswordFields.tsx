import { PasswordInput } from '../govuk/PasswordInput';
import { inlineError, type FormErrors } from './formErrors';
import { PASSWORD_HINT } from './passwords';

interface Props {
  /** The new password's field name ("password" or "newPassword"), as the API names it. */
  field: string;
  label: string;
  confirmLabel: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: FormErrors;
}

/** A new password and its confirmation, as every account page asks them (checked by `newPasswordErrors`). */
export function NewPasswordFields({ field, label, confirmLabel, password, confirm, onPassword, onConfirm, errors }: Props) {
  return (
    <>
      <PasswordInput
        id={field}
        name={field}
        label={{ text: label }}
        hint={{ text: PASSWORD_HINT }}
        autocomplete="new-password"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        errorMessage={inlineError(errors, field)}
      />
      <PasswordInput
        id="confirmPassword"
        name="confirmPassword"
        label={{ text: confirmLabel }}
        autocomplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        errorMessage={inlineError(errors, 'confirmPassword')}
      />
    </>
  );
}
