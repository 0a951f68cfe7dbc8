/**
 * Money in the API. Amounts are decimal strings, read and compared exactly (never as JS floats).
 * Every caller reads money through here with its own rule (how many decimals, the bounds, whether
 * a £ sign and thousands separators are accepted); the reading always normalises the same way:
 * leading zeros of the pounds and trailing zeros of the fraction go ("00314.1500" is 314.15).
 */
export interface MoneyRule {
  /** Most digits after the point, once trailing zeros are dropped ("1.50" has one). */
  maxDecimals: number;
  /** The normalised value always has this many decimals (pounds and pence: 2); else as few as needed. */
  fixedDecimals?: number;
  /** The smallest amount accepted, inclusive (a decimal string); 0 when not given. */
  min?: string;
  /** The largest amount accepted, inclusive (a decimal string); unbounded when not given. */
  max?: string;
  /** Accepts "£1,250.50": a leading £ and commas between groups of three digits. */
  symbols?: boolean;
}

/** Why a value is not money under a rule. */
export type MoneyProblem = 'format' | 'decimals' | 'too_small' | 'too_large';

export type MoneyReading = { ok: true; value: string } | { ok: false; problem: MoneyProblem };

/** Service prices and day rates: up to 15 digits of pounds and 5 decimals (the question content's price rule). */
export const PRICE: MoneyRule = { maxDecimals: 5, max: '999999999999999.99999' };

/**
 * A contract's value: pounds and pence, more than nothing, up to what outcomes store
 * (`award_value numeric(11,2)`); always given with two decimals.
 */
export const CONTRACT_VALUE: MoneyRule = { maxDecimals: 2, fixedDecimals: 2, min: '0.01', max: '999999999.99' };

/** What to tell a buyer whose contract value is not pounds and pence within the bounds. */
export function contractValueMessage(problem: MoneyProblem): string {
  if (problem === 'too_large') return `Enter a value of £${formatMoney(CONTRACT_VALUE.max!)} or less`;
  if (problem === 'too_small') return 'Enter a value of more than £0';
  return 'Enter the value in pounds and pence, for example 12500.00';
}

/** Longer input than this is not an amount of money (and is not worth reading). */
const MAX_INPUT_LENGTH = 64;
const DIGITS = /^(\d+)(?:\.(\d+))?$/;

interface Decimal {
  units: bigint;
  scale: number;
}

function decimal(int: string, frac: string): Decimal {
  return { units: BigInt(`${int}${frac}`), scale: frac.length };
}

function splitCanonical(value: string): Decimal {
  const m = DIGITS.exec(value);
  if (!m) throw new Error(`Not a decimal amount: ${value}`);
  return decimal(m[1]!, m[2] ?? '');
}

function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(scale - a.scale);
  const y = b.units * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Reads an amount under a rule: the normalised decimal string, or why it is not acceptable. */
export function readMoney(raw: unknown, rule: MoneyRule): MoneyReading {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, problem: 'format' };
  let text = String(raw).trim();
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, problem: 'format' };
  if (rule.symbols) text = text.replace(/^£\s*/, '').replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, '');
  const m = DIGITS.exec(text);
  if (!m) return { ok: false, problem: 'format' };
  const int = m[1]!.replace(/^0+(?=\d)/, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > rule.maxDecimals) return { ok: false, problem: 'decimals' };
  const amount = decimal(int, frac);
  if (compareDecimals(amount, splitCanonical(rule.min ?? '0')) < 0) return { ok: false, problem: 'too_small' };
  if (rule.max !== undefined && compareDecimals(amount, splitCanonical(rule.max)) > 0) return { ok: false, problem: 'too_large' };
  const decimals = rule.fixedDecimals === undefined ? frac : frac.padEnd(rule.fixedDecimals, '0');
  return { ok: true, value: decimals ? `${int}.${decimals}` : int };
}

/** The normalised amount, or null when the value is not money under the rule. */
export function parseMoney(raw: unknown, rule: MoneyRule): string | null {
  const reading = readMoney(raw, rule);
  return reading.ok ? reading.value : null;
}

/** Compares two amounts exactly (normalised or not): negative, zero or positive. */
export function compareMoney(a: string, b: string): number {
  return compareDecimals(splitCanonical(a.trim()), splitCanonical(b.trim()));
}

/** The largest of some amounts, or null when there are none. */
export function maxMoney(amounts: readonly string[]): string | null {
  return amounts.reduce<string | null>((best, a) => (best === null || compareMoney(a, best) > 0 ? a : best), null);
}

/** A normalised amount with thousands separators, for messages ("999999999.99" → "999,999,999.99"). */
export function formatMoney(value: string): string {
  const [int, frac] = value.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
