import { describe, expect, it } from 'vitest';
import { searchWords, toTsquery } from './search.keywords.js';

describe('keywords in the simple query syntax', () => {
  it('splits words as the standard tokenizer does', () => {
    expect(searchWords(`citizen/appointment citizen~appointment e-mail U.S.A 3.5 don't a@b.com (x) *`)).toEqual([
      'citizen',
      'appointment',
      'citizen',
      'appointment',
      'e',
      'mail',
      'U.S.A',
      '3.5',
      "don't",
      'a',
      'b.com',
      'x',
    ]);
  });

  it('reads operators left to right, as the original parser', () => {
    const cases: Array<[string, string | null]> = [
      ['a b', `('a' & 'b')`],
      ['a b | c', `(('a' & 'b') | 'c')`],
      ['a | b c', `(('a' | 'b') & 'c')`],
      ['a |b', `('a' | 'b')`],
      ['a+b', `('a' & 'b')`],
      ['a +| b', `('a' & 'b')`],
      ['a -b', `('a' & !'b')`],
      ['a - b', `('a' & 'b')`],
      ['--a', `'a'`],
      ['a \\-b', `('a' & 'b')`],
      ['"a | b" c', `(('a' <-> 'b') & 'c')`],
      ['-"a b"', `!('a' <-> 'b')`],
      ['"a -b', `('a' & !'b')`],
      ['a\\ b', `('a' & 'b')`],
      ['a~b', `('a' & 'b')`],
      ['a | !!! b', `('a' | 'b')`],
      ["it's", `'it''s'`],
      ['!!! ""', null],
      ['', null],
    ];
    for (const [q, tsquery] of cases) expect(toTsquery(q), q).toBe(tsquery);
  });
});
