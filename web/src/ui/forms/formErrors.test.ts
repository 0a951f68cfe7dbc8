import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiFormErrors, fieldFormErrors, fieldId } from './formErrors';

const refusal = (extensions: Record<string, unknown>, message = 'Check the details you entered') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] } as ConstructorParameters<typeof CombinedGraphQLErrors>[0]);

describe('form errors', () => {
  it('lists the summary in the form’s order, nested fields under their parent, unknown ones last', () => {
    const errors = fieldFormErrors({ extra: 'Extra', 'registeredAddress.city': 'Enter a town or city', name: 'Enter a name' }, ['name', 'registeredAddress']);
    expect(errors.summary).toEqual([
      { text: 'Enter a name', href: '#name' },
      { text: 'Enter a town or city', href: '#registeredAddress-city' },
      { text: 'Extra', href: '#extra' },
    ]);
  });

  it('says a message once when a refusal flags several fields', () => {
    const errors = fieldFormErrors({ email: 'Enter a correct email address and password', password: 'Enter a correct email address and password' }, ['email', 'password']);
    expect(errors.summary).toEqual([{ text: 'Enter a correct email address and password', href: '#email' }]);
    expect(Object.keys(errors.fields)).toEqual(['email', 'password']);
  });

  it('maps the API’s fieldErrors, other refusals and failures of the service', () => {
    expect(apiFormErrors(refusal({ code: 'BAD_USER_INPUT', fieldErrors: { email: 'Enter an email address' } })).fields).toEqual({ email: 'Enter an email address' });
    expect(apiFormErrors(refusal({ code: 'CONFLICT' }, 'Already done')).summary).toEqual([{ text: 'Already done' }]);
    expect(apiFormErrors(refusal({ code: 'INTERNAL_SERVER_ERROR' }, 'Internal server error')).summary[0]!.text).toMatch(/^Sorry, there is a problem/);
    expect(apiFormErrors(new TypeError('Failed to fetch')).summary[0]!.text).toMatch(/^Sorry, there is a problem/);
    const flagged = apiFormErrors(refusal({ code: 'UNAUTHENTICATED' }, 'Wrong'), {
      refusalFields: (code, message) => (code === 'UNAUTHENTICATED' ? { email: message } : undefined),
    });
    expect(flagged).toEqual({ summary: [{ text: 'Wrong', href: '#email' }], fields: { email: 'Wrong' } });
  });

  it('makes ids from field paths', () => {
    expect(fieldId('items.0.name')).toBe('items-0-name');
  });
});
