import { describe, expect, it } from 'vitest';
import { checkAddress, checkEmail, checkName, checkRegistrationNumber, editHref } from './companyDetails';

describe('company detail checks (AD2, AD9)', () => {
  it('requires a name of at most 255 characters', () => {
    expect(checkName('name', '  ', 'Enter the new name', 'The name')).toEqual({ name: 'Enter the new name' });
    expect(checkName('name', 'x'.repeat(256), 'Enter', 'The name')).toEqual({ name: 'The name must be 255 characters or fewer' });
    expect(checkName('registeredName', 'Harbour Ltd', 'Enter', 'The name')).toEqual({});
  });

  it('asks for exactly one registration number, by the kind chosen', () => {
    expect(checkRegistrationNumber('', '', '')).toEqual({ registrationKind: expect.any(String) });
    expect(checkRegistrationNumber('companies-house', '', 'ignored')).toEqual({ companiesHouseNumber: 'Enter the Companies House number' });
    expect(checkRegistrationNumber('companies-house', '1234567', '')).toEqual({ companiesHouseNumber: expect.stringContaining('8 characters') });
    expect(checkRegistrationNumber('companies-house', 'SC123456', '')).toEqual({});
    expect(checkRegistrationNumber('companies-house', '01234567', '')).toEqual({});
    expect(checkRegistrationNumber('other', '', '')).toEqual({ otherCompanyRegistrationNumber: 'Enter the registration number' });
    expect(checkRegistrationNumber('other', '', 'x'.repeat(256))).toEqual({ otherCompanyRegistrationNumber: expect.stringContaining('255') });
    expect(checkRegistrationNumber('other', '', 'FR 123')).toEqual({});
  });

  it('requires every part of the address, a postcode of at most 15 characters and a listed country', () => {
    const countries = new Set(['country:GB']);
    expect(checkAddress('', '', '', '', countries)).toEqual({
      'registeredAddress.address1': 'Enter the building and street',
      'registeredAddress.city': 'Enter the town or city',
      'registeredAddress.postcode': 'Enter the postcode',
      registrationCountry: 'Choose the country the company is registered in',
    });
    expect(checkAddress('1 Road', 'Leeds', 'L'.repeat(16), 'country:XX', countries)).toEqual({
      'registeredAddress.postcode': 'The postcode must be 15 characters or fewer',
      registrationCountry: 'Choose the country the company is registered in',
    });
    expect(checkAddress('1 Road', 'Leeds', 'LS1 1AA', 'country:GB', countries)).toEqual({});
  });

  it('requires a well-formed email for a move, and links each detail to its page', () => {
    expect(checkEmail('')).toEqual({ moveEmail: expect.any(String) });
    expect(checkEmail('nope')).toEqual({ moveEmail: expect.stringContaining('correct format') });
    expect(checkEmail('a@example.com')).toEqual({});
    expect(editHref('7', 'registrationNumber')).toBe('/suppliers/7/edit/registered-company-number');
    expect(editHref('7', 'dunsNumber')).toBe('/suppliers/7/edit/duns-number');
  });
});
