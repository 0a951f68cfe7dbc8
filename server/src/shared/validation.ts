/** An email address as the original service accepted it: something@domain.tld, no spaces. */
export const EMAIL_PATTERN = /^[^@\s]+@[^@.\s]+(\.[^@.\s]+)+$/;
