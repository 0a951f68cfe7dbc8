import { describe, expect, it } from 'vitest';
import { compareMoney, CONTRACT_VALUE, maxMoney, parseMoney, PRICE, readMoney } from './money.js';

describe('money', () => {
  it('normalises leading zeros and trailing zeros, whatever the rule', () => {
    expect(parseMoney('00314.1500', CONTRACT_VALUE)).toBe('314.15');
    expect(parseMoney('00314.1500', PRICE)).toBe('314.15');
    expect(parseMoney('0650.50000', PRICE)).toBe('650.5');
    expect(parseMoney('000', PRICE)).toBe('0');
    expect(parseMoney('0.000', PRICE)).toBe('0');
    expect(parseMoney('  12.0 ', PRICE)).toBe('12');
    expect(parseMoney(99.95, PRICE)).toBe('99.95');
  });

  it('gives pounds and pence with two decimals, more than nothing, within what outcomes store', () => {
    expect(['1', '314.1', '0.01', '999999999.99', '0000000001.10'].map((v) => parseMoney(v, CONTRACT_VALUE))).toEqual(['1.00', '314.10', '0.01', '999999999.99', '1.10']);
    expect(readMoney('12.345', CONTRACT_VALUE)).toEqual({ ok: false, problem: 'decimals' });
    expect(readMoney('0.00', CONTRACT_VALUE)).toEqual({ ok: false, problem: 'too_small' });
    expect(readMoney('1000000000', CONTRACT_VALUE)).toEqual({ ok: false, problem: 'too_large' });
    expect(readMoney('£1,000', CONTRACT_VALUE)).toEqual({ ok: false, problem: 'format' });
  });

  it('reads a £ sign and thousands separators only where the caller accepts them', () => {
    const symbols = { ...CONTRACT_VALUE, symbols: true };
    expect(['£12,500.5', '£ 1,234,567', '12,500'].map((v) => parseMoney(v, symbols))).toEqual(['12500.50', '1234567.00', '12500.00']);
    expect(['1,2345', '12,50', '£', ',100'].map((v) => parseMoney(v, symbols))).toEqual([null, null, null, null]);
  });

  it('refuses what is not an amount', () => {
    for (const v of ['', ' ', '1e3', '-5', '+5', '.5', '5.', '1 000', 'ten', 'NaN', 'Infinity', '0x10', '1'.repeat(65), null, undefined, true, {}, ['1']]) {
      expect([v, parseMoney(v, PRICE)]).toEqual([v, null]);
    }
  });

  it('keeps day rates and prices to five decimals and fifteen digits of pounds', () => {
    expect(parseMoney('999999999999999.99999', PRICE)).toBe('999999999999999.99999');
    expect(readMoney('1000000000000000', PRICE)).toEqual({ ok: false, problem: 'too_large' });
    expect(readMoney('1.123456', PRICE)).toEqual({ ok: false, problem: 'decimals' });
    expect(parseMoney('1.123450', PRICE)).toBe('1.12345');
  });

  it('compares exactly, beyond what floating point holds', () => {
    expect(compareMoney('200', '100')).toBeGreaterThan(0);
    expect(compareMoney('99.95', '100')).toBeLessThan(0);
    expect(compareMoney('100.00', '0100')).toBe(0);
    expect(compareMoney('0.1', '0.10000')).toBe(0);
    expect(compareMoney('999999999999999.99999', '999999999999999.99998')).toBeGreaterThan(0);
    expect(maxMoney(['5', '12.5', '12.49999'])).toBe('12.5');
    expect(maxMoney([])).toBeNull();
  });
});
