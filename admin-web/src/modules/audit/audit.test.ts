import { describe, expect, it } from 'vitest';
import { approvable, dateOf, describeFilters, eventsHref, eventsVariables, filtersFromParams, pagesFromParams, partsOf, readFilterForm, typeLabel } from './audit';

const blank = { day: '', month: '', year: '' };
const form = { type: '', objectType: '', objectId: '', user: '', from: blank, to: blank };

describe('the audit event filters', () => {
  it('read dates typed in three boxes, refusing ones that do not exist', () => {
    expect(dateOf({ day: '1', month: '6', year: '2024' })).toBe('2024-06-01');
    expect(dateOf(blank)).toBe('');
    expect(dateOf({ day: '30', month: '2', year: '2024' })).toBeNull();
    expect(dateOf({ day: '1', month: '', year: '2024' })).toBeNull();
    expect(dateOf({ day: '1', month: '6', year: '24' })).toBeNull();
    expect(partsOf('2024-06-01')).toEqual({ day: '1', month: '6', year: '2024' });
  });

  it('say what is wrong with the form, by field', () => {
    expect(readFilterForm({ ...form, objectId: '12' }).errors).toEqual({ objectType: 'Choose the kind of object the id belongs to' });
    expect(readFilterForm({ ...form, user: 'not an email' }).errors).toEqual({ user: 'Enter an email address in the correct format, like name@example.com' });
    expect(readFilterForm({ ...form, from: { day: '2', month: '6', year: '2024' }, to: { day: '1', month: '6', year: '2024' } }).errors).toEqual({
      to: 'The end date must be the same as or after the start date',
    });
    expect(readFilterForm({ ...form, from: { day: '31', month: '6', year: '2024' } }).errors).toEqual({ from: 'The start date must be a real date' });
    expect(readFilterForm({ ...form, type: 'USER_SIGNED_IN', user: ' ada@example.com ', from: { day: '1', month: '6', year: '2024' } })).toEqual({
      filters: { type: 'USER_SIGNED_IN', user: 'ada@example.com', from: '2024-06-01' },
      errors: {},
    });
  });

  it('round-trip through the address, with the cursors of earlier pages for "Previous"', () => {
    const href = eventsHref({ type: 'USER_SIGNED_IN' as never, user: 'ada@example.com', from: '2024-06-01' }, ['aWQ6MTA', 'aWQ6NQ']);
    const params = new URL(href, 'http://admin.test').searchParams;
    expect(filtersFromParams(params)).toEqual({ type: 'USER_SIGNED_IN', user: 'ada@example.com', from: '2024-06-01' });
    expect(pagesFromParams(params)).toEqual(['aWQ6MTA', 'aWQ6NQ']);
    expect(eventsVariables(filtersFromParams(params), pagesFromParams(params))).toMatchObject({ type: 'USER_SIGNED_IN', actorEmail: 'ada@example.com', after: 'aWQ6NQ' });
    expect(filtersFromParams(new URLSearchParams('type=NOT_A_TYPE&objectId=3'))).toEqual({ objectId: '3' });
    expect(eventsHref({})).toBe('/audit-events');
  });

  it('describe the filters in words', () => {
    expect(describeFilters({ type: 'USER_SIGNED_IN' as never, objectType: 'Supplier', objectId: '7', user: 'a@b.com', from: '2024-06-01', to: '2024-06-01' }, (d) => d)).toBe(
      'of type ‘User signed in’, about supplier 7, by a@b.com, on 2024-06-01',
    );
    expect(typeLabel('UPDATE_SERVICE')).toBe('Update service');
  });
});

describe('approving from the audit browser', () => {
  const edit = { type: 'UPDATE_SERVICE', acknowledged: false, objectType: 'Service', objectId: '123456789012345' };
  const as = (role: string) => ({ id: 1, role }) as never;
  it('is offered on a waiting supplier edit of a service, to the category admins who review edits only', () => {
    expect(approvable(edit, as('ADMIN_CCS_CATEGORY'))).toBe(true);
    expect(approvable(edit, as('ADMIN'))).toBe(false);
    expect(approvable({ ...edit, acknowledged: true }, as('ADMIN_CCS_CATEGORY'))).toBe(false);
    expect(approvable({ ...edit, type: 'UPDATE_SERVICE_ADMIN' }, as('ADMIN_CCS_CATEGORY'))).toBe(false);
    expect(approvable({ ...edit, objectId: null }, as('ADMIN_CCS_CATEGORY'))).toBe(false);
  });
});
