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
