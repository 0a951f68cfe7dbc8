import { describe, expect, it } from 'vitest';
import { checkDate } from './contract';
import { parseSearchQuery, searchQueryString } from './searchQuery';

describe('a contract date', () => {
  it('needs every part, naming the missing ones', () => {
    expect(checkDate({ day: '', month: '', year: '' }, 'start date')).toEqual({ iso: null, error: 'Enter the start date', parts: ['day', 'month', 'year'] });
    expect(checkDate({ day: '1', month: '', year: '2027' }, 'start date')).toEqual({ iso: null, error: 'The start date must include a month', parts: ['month'] });
    expect(checkDate({ day: ' ', month: '', year: '2027' }, 'end date')).toEqual({ iso: null, error: 'The end date must include a day and month', parts: ['day', 'month'] });
  });

  it('must be a real date', () => {
    expect(checkDate({ day: '31', month: '2', year: '2027' }, 'end date')).toMatchObject({ iso: null, error: 'The end date must be a real date' });
    expect(checkDate({ day: 'a', month: '2', year: '2027' }, 'end date').error).toBe('The end date must be a real date');
    expect(checkDate({ day: '1', month: '2', year: '27' }, 'end date').error).toBe('The end date must be a real date');
    expect(checkDate({ day: '29', month: '2', year: '2028' }, 'end date')).toEqual({ iso: '2028-02-29', error: null, parts: [] });
  });
});

describe('a saved search between the results page and the save pages', () => {
  it('keeps the keywords, lot and filters, and drops the page', () => {
    const query = parseSearchQuery('?q=payroll&lot=cloud-software&serviceCategories=payroll&phoneSupport=true&page=3&parentCategory=x');
    expect(query).toEqual({ q: 'payroll', lot: 'cloud-software', filters: { serviceCategories: ['payroll'], phoneSupport: ['true'] } });
    expect(searchQueryString(query)).toBe('?q=payroll&lot=cloud-software&serviceCategories=payroll&phoneSupport=true');
    expect(parseSearchQuery('')).toEqual({});
    expect(searchQueryString({})).toBe('');
    expect(parseSearchQuery(null)).toBeNull();
  });
});
