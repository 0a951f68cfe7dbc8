import { describe, expect, it } from 'vitest';
import { emailAddressError, isEmailAddress } from './email';

describe('email addresses', () => {
  it.each(['name@example.com', 'first.last@department.gov.uk', 'a+b@x.io'])('takes %s', (value) => {
    expect(isEmailAddress(value)).toBe(true);
    expect(emailAddressError(value)).toBeUndefined();
  });

  it.each(['name', 'name@example', '@example.com', 'name@exa mple.com', 'a@b@c.com'])('refuses %s', (value) => {
    expect(isEmailAddress(value)).toBe(false);
    expect(emailAddressError(value, 'name@crowncommercial.gov.uk')).toBe('Enter an email address in the correct format, like name@crowncommercial.gov.uk');
  });

  it('asks for an address when there is none', () => {
    expect(emailAddressError('')).toBe('Enter an email address');
  });
});
