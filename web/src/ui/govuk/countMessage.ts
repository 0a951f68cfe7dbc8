// What a character count counts and the message it shows, apart from the component.

/** How a character count measures text: code units (`length`), graphemes, or words. */
export type CountType = 'length' | 'characters' | 'words';

/** A message by plural category (`one`, `other`, …), with `%{count}` for the number. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>>;

export interface CountTexts {
  charactersUnderLimitText?: PluralText;
  charactersAtLimitText?: string;
  charactersOverLimitText?: PluralText;
  wordsUnderLimitText?: PluralText;
  wordsAtLimitText?: string;
  wordsOverLimitText?: PluralText;
}

const defaults: Required<CountTexts> = {
  charactersUnderLimitText: { one: 'You have %{count} character remaining', other: 'You have %{count} characters remaining' },
  charactersAtLimitText: 'You have 0 characters remaining',
  charactersOverLimitText: { one: 'You have %{count} character too many', other: 'You have %{count} characters too many' },
  wordsUnderLimitText: { one: 'You have %{count} word remaining', other: 'You have %{count} words remaining' },
  wordsAtLimitText: 'You have 0 words remaining',
  wordsOverLimitText: { one: 'You have %{count} word too many', other: 'You have %{count} words too many' },
};

const segmenter = (granularity: 'word' | 'grapheme') => ('Segmenter' in Intl ? new Intl.Segmenter('en', { granularity }) : null);

/**
 * The size of `text` as counted: `maxwords` counts runs of non-space (as GOV.UK's `maxwords` does),
 * `words` counts word-like segments, `characters` counts graphemes (an emoji is one).
 */
export function countText(text: string, countType: CountType, byWhitespace: boolean): number {
  if (countType === 'words') {
    const words = byWhitespace ? null : segmenter('word');
    if (!words) return text.match(/\S+/g)?.length ?? 0;
    return [...words.segment(text)].filter((s) => s.isWordLike).length;
  }
  if (countType === 'characters') {
    const graphemes = segmenter('grapheme');
    return graphemes ? [...graphemes.segment(text)].length : [...text].length;
  }
  return text.length;
}

const plural = new Intl.PluralRules('en');

/** "You have 12 words remaining", "You have 3 words too many", or the given translations of them. */
export function countMessage(remaining: number, countType: CountType, texts: CountTexts): string {
  const kind = countType === 'words' ? 'words' : 'characters';
  if (remaining === 0) return texts[`${kind}AtLimitText`] ?? defaults[`${kind}AtLimitText`];
  const which = remaining < 0 ? 'OverLimitText' : 'UnderLimitText';
  const forms = texts[`${kind}${which}`] ?? defaults[`${kind}${which}`];
  const count = Math.abs(remaining);
  const form = forms[plural.select(count)] ?? forms.other ?? '';
  return form.replace(/%\{count\}/g, String(count));
}

/** The form group's data attributes carrying translated messages, as GOV.UK's macro writes them. */
export function i18nAttributes(texts: CountTexts & { textareaDescriptionText?: string }, withDescription: boolean): Record<string, string> {
  const attrs: Record<string, string> = {};
  const add = (key: string, text: string | PluralText | undefined) => {
    if (typeof text === 'string') attrs[`data-i18n.${key}`] = text;
    else if (text) for (const [rule, message] of Object.entries(text)) if (message !== undefined) attrs[`data-i18n.${key}.${rule}`] = message;
  };
  if (withDescription) add('textarea-description', { other: texts.textareaDescriptionText });
  add('characters-under-limit', texts.charactersUnderLimitText);
  add('characters-at-limit', texts.charactersAtLimitText);
  add('characters-over-limit', texts.charactersOverLimitText);
  add('words-under-limit', texts.wordsUnderLimitText);
  add('words-at-limit', texts.wordsAtLimitText);
  add('words-over-limit', texts.wordsOverLimitText);
  return attrs;
}
