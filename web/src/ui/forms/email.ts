/**
 * The one email-format check the forms use before sending (the API checks again and has the last
 * word): something, an @, something with a dot, and no spaces.
 */
export const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isEmailAddress = (value: string): boolean => EMAIL_FORMAT.test(value);

/** The GOV.UK messages for an email field: missing, or not in the right shape (with an example). */
export function emailAddressError(value: string, example = 'name@example.com'): string | undefined {
  if (!value) return 'Enter an email address';
  if (!isEmailAddress(value)) return `Enter an email address in the correct format, like ${example}`;
  return undefined;
}
