import type { FieldErrors } from './formErrors';

/** The browser's own checks of a new password and its confirmation; the API checks the rest. */
export function newPasswordErrors(password: string, confirm: string, field = 'password'): FieldErrors {
  const errors: FieldErrors = {};
  if (!password) errors[field] = 'Enter a password';
  else if (password.length < 10) errors[field] = 'Password must be 10 characters or more';
  if (!confirm) errors.confirmPassword = 'Confirm your password';
  else if (password && confirm !== password) errors.confirmPassword = 'The passwords you entered do not match';
  return errors;
}

export const PASSWORD_HINT = 'At least 10 characters. A few unrelated words make a password that is long and easy to remember.';
