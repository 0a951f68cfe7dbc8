import type { ReactNode } from 'react';
import type { ChoiceItem } from '../../govuk/choices';
import { contentHtml } from './content';
import { contentValues } from './shared';
import type { Question, QuestionContext } from './types';

type Option = Question['options'][number];

/** A choice as a radio or checkbox: its label, its description as the item's hint, and any follow-ups under it. */
export function choiceItem(option: Option, ctx: QuestionContext, reveal: Record<string, ReactNode>): ChoiceItem {
  const conditional = reveal[option.value];
  return {
    value: option.value,
    html: option.label,
    hint: option.description ? { html: contentHtml(option.description, contentValues(ctx), 'govuk-!-margin-0') } : undefined,
    conditional: conditional ? { children: conditional } : undefined,
  };
}

/** The label of a chosen value (the value itself when the content no longer offers it). */
export function optionLabel(question: Question, value: unknown): ReactNode {
  const option = question.options.find((o) => o.value === String(value));
  return option ? <span dangerouslySetInnerHTML={{ __html: option.label }} /> : String(value);
}
