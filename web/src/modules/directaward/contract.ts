/**
 * The contract details form's checks done in the browser (dm-journeys §5.8 step 3): a date must have
 * all its parts and be a real date; the API checks the rest (end after start, the value, the
 * organisation) and says so per field.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export type DatePart = keyof DateParts;

export interface DateCheck {
  /** "YYYY-MM-DD" when the parts make a real date. */
  iso: string | null;
  error: string | null;
  /** The inputs to highlight (all of them when the whole date is wrong). */
  parts: DatePart[];
}

const PARTS: DatePart[] = ['day', 'month', 'year'];

/** Checks one date of the form; `what` names it in messages ("start date"). */
export function checkDate(value: DateParts, what: string): DateCheck {
  const trimmed = { day: value.day.trim(), month: value.month.trim(), year: value.year.trim() };
  const missing = PARTS.filter((p) => !trimmed[p]);
  if (missing.length === 3) return { iso: null, error: `Enter the ${what}`, parts: PARTS };
  if (missing.length) {
    const names = missing.length === 2 ? `a ${missing[0]} and ${missing[1]}` : `a ${missing[0]}`;
    return { iso: null, error: `The ${what} must include ${names}`, parts: missing };
  }
  const { day, month, year } = trimmed;
  const real = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (!real || date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return { iso: null, error: `The ${what} must be a real date`, parts: PARTS };
  }
  return { iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, error: null, parts: [] };
}
