import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle, govukDate } from './words.js';

describe('indefinite articles', () => {
  it('go by the sound of the word', () => {
    expect(['awarded', 'expired', 'open', 'instance', 'hour', 'unsuccessful', 'Outcome'].map(withArticle)).toEqual([
      'an awarded',
      'an expired',
      'an open',
      'an instance',
      'an hour',
      'an unsuccessful',
      'an Outcome',
    ]);
    expect(['live', 'closed', 'withdrawn', 'user', 'unit', 'European', 'one-off', 'day', '6 months', 'cancelled'].map(withArticle)).toEqual([
      'a live',
      'a closed',
      'a withdrawn',
      'a user',
      'a unit',
      'a European',
      'a one-off',
      'a day',
      'a 6 months',
      'a cancelled',
    ]);
    expect([indefiniteArticle('8-hour'), indefiniteArticle('11'), indefiniteArticle('110')]).toEqual(['an', 'an', 'a']);
  });
});

describe('govukDate', () => {
  it('writes dates as GOV.UK does, in London time, from a Date or a calendar date', () => {
    expect(govukDate('2024-05-01')).toBe('1 May 2024');
    expect(govukDate(new Date('2026-03-31T23:30:00Z'))).toBe('1 April 2026');
    expect(govukDate('not a date')).toBe('not a date');
  });
});
