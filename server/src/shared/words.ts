/** Vowel letters sounded as consonants ("a user", "a one-off", "a European"). */
const A_BEFORE = /^(?:uni|use|usu|ura|uri|ure|uti|eu|ewe|one\b|once)/i;
/** Consonant letters sounded as vowels: a silent h ("an hour"), and numbers said with a vowel ("an 8", "an 11"). */
const AN_BEFORE = /^(?:hour|honest|honou?r|heir|8|1[18]\b)/i;

/** "a" or "an" before a word, by how it sounds: an awarded brief, a live brief, a user, an hour. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = word.trim();
  if (AN_BEFORE.test(w)) return 'an';
  return /^[aeiou]/i.test(w) && !A_BEFORE.test(w) ? 'an' : 'a';
}

/** The word after its indefinite article: "an awarded", "a closed". */
export const withArticle = (word: string): string => `${indefiniteArticle(word)} ${word}`;

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** A date as GOV.UK writes it ("1 May 2024"), from a Date or an ISO calendar date ("2024-05-01"). */
export function govukDate(date: Date | string): string {
  const d = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : new Date(date);
  return Number.isNaN(d.getTime()) ? String(date) : LONG_DATE.format(d);
}
