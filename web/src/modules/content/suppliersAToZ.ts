/** The A to Z's letters, then "other" (names not starting with a letter), shown as "1–9". */
export const PREFIXES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'other'] as const;

export const A_TO_Z_PATH = '/g-cloud/suppliers';

/** As the original: the first letter, upper case; "other" stays; anything else is "A". */
export function normalisePrefix(value: string | null): string {
  if (value?.toLowerCase() === 'other') return 'other';
  const letter = value?.trim().charAt(0).toUpperCase() ?? '';
  return /^[A-Z]$/.test(letter) ? letter : 'A';
}

export const prefixLabel = (prefix: string) => (prefix === 'other' ? '1–9' : prefix);

/** A page number from the URL (absent is 1); null for anything that is not a whole number from 1. */
export function pageNumber(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export function aToZHref(prefix: string, page = 1): string {
  return `${A_TO_Z_PATH}?prefix=${encodeURIComponent(prefix)}${page > 1 ? `&page=${page}` : ''}`;
}
