import type { ReactNode } from 'react';
import { Details } from '../../govuk/Details';
import type { HintOption, LabelOption } from '../../govuk/field';
import type { LegendOptions } from '../../govuk/Fieldset';
import { escapeHtml } from '../../govuk/props';
import type { FieldErrors } from '../formErrors';
import { isEmailAddress } from '../email';
import { contentHtml, plainText, questionText, type ContentValues } from './content';
import type { Heading, Question, QuestionContext } from './types';

// What every question type shares: its heading (number, text, "(optional)"), hint and advice, and
// the content's messages for what is wrong with an answer.

/** What the content's validations say when it gives no message (dm-frameworks §2.2). */
const DEFAULT_MESSAGES: Record<string, string> = {
  answer_required: 'You need to answer this question.',
  not_a_number: 'Enter a number.',
  invalid_format: 'Enter a real date.',
  not_money_format: 'Enter an amount in pounds and pence, using numbers only, like 99.95.',
  max_items_limit: 'You have given too many answers.',
  under_character_limit: 'Your answer is too long.',
};

export const contentValues = (ctx: QuestionContext, extra: ContentValues['values'] = {}): ContentValues => ({ values: { ...ctx.values, ...extra }, numbers: ctx.numbers });

/** The message the content gives for a failed validation (of one of a pricing question's fields), with its template filled. */
export function messageFor(question: Question, name: string, ctx: QuestionContext, field?: string, fallbackMessage?: string): string {
  const own = question.validations.filter((v) => v.name === name && v.message);
  const found = field ? (own.find((v) => v.field === field) ?? own.find((v) => !v.field)) : (own.find((v) => !v.field) ?? own[0]);
  const words = /^under_(\d+)_words$/.exec(name);
  const fallback = fallbackMessage ?? (words ? `Your answer must be ${words[1]} words or fewer.` : (DEFAULT_MESSAGES[name] ?? DEFAULT_MESSAGES.answer_required!));
  return found?.message ? plainText(found.message, contentValues(ctx)) : fallback;
}

/** Whether a message is the content's generic "answer this" (the error summary then names the question instead). */
export const isGenericMessage = (message: string) => message === DEFAULT_MESSAGES.answer_required;

/** The question's number in a numbered form (declarations); only questions that are not another's part have one. */
export const numberOf = (question: Question, ctx: QuestionContext) => (question.parentId ? undefined : ctx.numbers?.get(question.id));

/** A question's short name, as plain text: for summary keys and the error summary. */
export function questionName(question: Question, ctx: QuestionContext): string {
  return plainText(question.name || question.question || question.id, contentValues(ctx));
}

export interface QuestionHeading {
  /** Inline HTML for the label or legend: number, text, "(optional)". */
  title: string;
  hint?: HintOption;
  /** The content's longer guidance, in a details component. */
  advice: ReactNode;
}

/** A question's label or legend, hint and advice, from its content. */
export function questionHeading(question: Question, ctx: QuestionContext, fallbackTitle?: string): QuestionHeading {
  const text = questionText(question.question || question.name || fallbackTitle, contentValues(ctx));
  const number = numberOf(question, ctx);
  const title = `${number ? `${number}. ` : ''}${text.title || escapeHtml(fallbackTitle ?? '')}${question.optional ? ' (optional)' : ''}`;
  const hintHtml = [text.body, contentHtml(question.hint, contentValues(ctx), 'govuk-hint govuk-!-margin-bottom-0')].filter(Boolean).join('\n');
  const advice = question.questionAdvice ? (
    <Details summaryText="Help with this question" html={contentHtml(question.questionAdvice, contentValues(ctx))} classes="govuk-!-margin-bottom-4" />
  ) : null;
  return { title, hint: hintHtml ? { html: hintHtml } : undefined, advice };
}

const SIZE_CLASS = { l: 'l', m: 'm', s: 's' } as const;

export const legendOf = (title: string, heading: Heading): LegendOptions => ({
  html: title,
  classes: `govuk-fieldset__legend--${SIZE_CLASS[heading.size]}`,
  isPageHeading: heading.isPageHeading,
});

export const labelOf = (title: string, heading: Heading): LabelOption => ({
  html: title,
  classes: `govuk-label--${SIZE_CLASS[heading.size]}`,
  isPageHeading: heading.isPageHeading,
});

/** A field's error message, for a component's `errorMessage`. */
export const errorOf = (errors: FieldErrors, id: string) => (errors[id] ? { text: errors[id] } : undefined);

/** Trims text, and an empty answer is no answer. */
export const textAnswer = (value: string | null | undefined) => {
  const trimmed = (value ?? '').trim();
  return trimmed ? trimmed : null;
};

export const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A summary's answer that runs over lines: each paragraph as GOV.UK body text. */
export function MultilineText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  if (paragraphs.length < 2 && !text.includes('\n')) return <>{text}</>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className="govuk-body">
          {p.split('\n').map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

/** Several answers (checkboxes, a list) in a summary: a bullet list, or the one answer alone. */
export function AnswerList({ items }: { items: ReactNode[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** A word count as GOV.UK's character count makes it: runs of non-space. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The checks on text every text-like question makes: too many words or characters, or the wrong format. */
export function textLimitErrors(question: Question, text: string, id: string, ctx: QuestionContext): FieldErrors {
  const { maxWords, maxLength, format } = question.limits;
  if (maxWords && wordCount(text) > maxWords) return { [id]: messageFor(question, `under_${maxWords}_words`, ctx) };
  if (maxLength && text.length > maxLength) return { [id]: messageFor(question, 'under_character_limit', ctx) };
  if (format === 'email' && text && !isEmailAddress(text))
    return { [id]: messageFor(question, 'invalid_format', ctx, undefined, 'Enter an email address in the correct format, like name@example.com.') };
  return {};
}
