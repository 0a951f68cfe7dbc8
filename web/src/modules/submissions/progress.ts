import type { FormSection, FrameworkForm } from '../../ui/forms/frameworkForm';
import { dependsMet } from '../../ui/forms/questions/group';
import { questionType } from '../../ui/forms/questions/registry';
import type { Answers, QuestionContext } from '../../ui/forms/questions/types';

// What a draft service still needs (dm-journeys S7), worked out from the API's `missingAnswers`
// (keyed by answer) and the content's questions: by question, so that a price's four fields count once.

const answered = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Whether an answer key of `missing` belongs to one of the question's keys (a list item's `key-0` too). */
const owns = (keys: readonly string[], key: string) => keys.some((k) => key === k || key.startsWith(`${k}-`));

/** The ids of the section's questions that full validation still finds unanswered or wrong. */
export function missingInSection(section: FormSection, ctx: QuestionContext, missing: Answers): string[] {
  const keys = Object.keys(missing);
  return section.questionIds.filter((id) => {
    const question = ctx.index.top(id);
    if (!question || !dependsMet(question, ctx)) return false;
    const own = questionType(question).keys(question, ctx);
    return keys.some((key) => owns(own, key) || key === id);
  });
}

/** The section's optional questions that have no answer yet (they do not stop the draft being completed). */
export function optionalUnanswered(section: FormSection, ctx: QuestionContext, data: Answers): string[] {
  return section.questionIds.filter((id) => {
    const question = ctx.index.top(id);
    if (!question?.optional || !dependsMet(question, ctx)) return false;
    return !questionType(question)
      .keys(question, ctx)
      .some((key) => answered(data[key]));
  });
}

/** How many questions of the whole form still need an answer: each question once, and any key no question owns. */
export function missingCount(form: FrameworkForm, ctx: QuestionContext, missing: Answers): number {
  const counted = new Set(form.sections.flatMap((s) => missingInSection(s, ctx, missing)));
  const owned = form.sections
    .flatMap((s) => s.questionIds)
    .flatMap((id) => {
      const question = ctx.index.top(id);
      return question ? questionType(question).keys(question, ctx).concat(id) : [id];
    });
  const stray = Object.keys(missing).filter((key) => !owns(owned, key));
  return counted.size + stray.length;
}

/** "1 unanswered question", "3 unanswered questions". */
export const unansweredText = (n: number) => `${n} unanswered question${n === 1 ? '' : 's'}`;

/** A draft's progress as the lot page lists it. */
export function progressText(status: string, missing: number): string {
  if (status === 'SUBMITTED') return 'Marked as complete';
  return missing ? unansweredText(missing) : 'Service can be marked as complete';
}

/**
 * Where saving one page of a section goes: G-Cloud asks the section's questions one page after
 * another, then returns to the summary; other frameworks return after each page.
 */
export function nextPageOf(section: FormSection, pageSlug: string, continues: boolean): string | null {
  if (!continues) return null;
  const index = section.pages.findIndex((p) => p.slug === pageSlug);
  return index >= 0 ? (section.pages[index + 1]?.slug ?? null) : null;
}

/** The sections a supplier edits: those with pages (others, such as the lot's own attributes, are only shown). */
export const editableSections = (form: FrameworkForm) => form.sections.filter((s) => s.pages.length > 0);

/** A draft's name: its service name, or the lot's with "service" until it has one. */
export function draftName(data: unknown, lotName: string): string {
  const name = data && typeof data === 'object' ? (data as Record<string, unknown>).serviceName : undefined;
  return typeof name === 'string' && name.trim() ? name : `Unnamed ${lotName} service`;
}
