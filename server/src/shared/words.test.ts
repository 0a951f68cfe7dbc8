import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle } from './words.js';

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
