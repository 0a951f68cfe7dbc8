import type { FormSection, FrameworkForm } from '../../ui/forms/frameworkForm';
import { plainText } from '../../ui/forms/questions/content';
import { dependsMet } from '../../ui/forms/questions/group';
import { questionContext } from '../../ui/forms/questions/model';
import { questionType } from '../../ui/forms/questions/registry';
import { questionName } from '../../ui/forms/questions/shared';
import type { Answers, Question, QuestionContext } from '../../ui/forms/questions/types';
import { editHref, requirementHref } from './paths';

// What a draft requirement still needs (dm-journeys B5–B7, B11), from the brief form of its lot
// and the API's `missingAnswers` (what a full check still finds missing or wrong, by answer key).

/** A section's state on the task list. */
export type SectionTag = 'Done' | 'To do' | 'In progress' | 'Optional';

const answered = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
const owns = (keys: readonly string[], key: string) => keys.some((k) => key === k || key.startsWith(`${k}-`));

/** The section's questions that apply to the lot (in order). */
export function sectionQuestions(section: FormSection, ctx: QuestionContext): Question[] {
  return section.questionIds.map((id) => ctx.index.top(id)).filter((q): q is Question => Boolean(q && dependsMet(q, ctx)));
}

/** The answer keys of a question (a multiquestion's children's too). */
const keysOf = (question: Question, ctx: QuestionContext) => questionType(question).keys(question, ctx).concat(question.id);

/** Whether the question has any answer. */
export const hasAnswer = (question: Question, ctx: QuestionContext, data: Answers) => keysOf(question, ctx).some((key) => answered(data[key]));

/** The section's questions that the API still finds missing or wrong. */
export function missingQuestions(section: FormSection, ctx: QuestionContext, missing: Answers): Question[] {
  const keys = Object.keys(missing);
  return sectionQuestions(section, ctx).filter((q) => keys.some((key) => owns(keysOf(q, ctx), key)));
}

/**
 * A section's tag: Done (nothing required missing, and something answered or required), To do
 * (required and nothing answered), In progress (some answers, something required still missing),
 * Optional (only optional questions, none answered).
 */
export function sectionTag(section: FormSection, ctx: QuestionContext, data: Answers, missing: Answers): SectionTag {
  const questions = sectionQuestions(section, ctx);
  const anyAnswered = questions.some((q) => hasAnswer(q, ctx, data));
  if (missingQuestions(section, ctx, missing).length) return anyAnswered ? 'In progress' : 'To do';
  if (!anyAnswered && questions.every((q) => q.optional)) return 'Optional';
  return 'Done';
}

/** The sections a buyer edits (those with questions for the lot), by step of the task list (1 write, 2 evaluate, 3 publish). */
export function sectionsOfStep(form: FrameworkForm, step: number): FormSection[] {
  return form.sections.filter((s) => s.editable && s.questionIds.length > 0 && (s.step ?? 1) === step);
}

/** Every section a buyer edits, in order. */
export const editableSections = (form: FrameworkForm) => form.sections.filter((s) => s.editable && s.questionIds.length > 0);

/** A section is edited one question per page; one with several questions also has a summary page. */
export const hasSummary = (section: FormSection) => section.questionIds.length > 1;

/** Where a section's task list link goes: its summary, or its one question. */
export function sectionHref(id: string, framework: string, lot: string, section: FormSection): string {
  return hasSummary(section) ? requirementHref(framework, lot, id, `/${section.slug}`) : editHref(framework, lot, id, section.slug, section.questionIds[0]!);
}

/** A question still to answer, and where to answer it. */
export interface MissingQuestion {
  id: string;
  name: string;
  href: string;
  optional: boolean;
}

/** Every question the API still finds missing or wrong, in the form's order, each linked to its page. */
export function missingList(form: FrameworkForm, missing: Answers, id: string): MissingQuestion[] {
  const ctx = questionContext(form);
  return editableSections(form).flatMap((section) =>
    missingQuestions(section, ctx, missing).map((q) => ({
      id: q.id,
      name: questionName(q, ctx),
      href: editHref(form.frameworkSlug, form.lotSlug ?? '', id, section.slug, q.id),
      optional: q.optional,
    })),
  );
}

/** How many questions are still to answer: required ones the API finds missing; optional ones left empty. */
export function unansweredCounts(form: FrameworkForm, data: Answers, missing: Answers): { required: number; optional: number } {
  const ctx = questionContext(form);
  const sections = editableSections(form);
  const required = new Set(sections.flatMap((s) => missingQuestions(s, ctx, missing).map((q) => q.id))).size;
  const optional = sections.flatMap((s) => sectionQuestions(s, ctx)).filter((q) => q.optional && !hasAnswer(q, ctx, data)).length;
  return { required, optional };
}

/** The section and question of an edit page's address, if the form has them (else the page is a 404). */
export function findQuestion(form: FrameworkForm, sectionSlug: string, questionId: string): { section: FormSection; question: Question } | null {
  const ctx = questionContext(form);
  const section = editableSections(form).find((s) => s.slug === sectionSlug);
  const question = section && sectionQuestions(section, ctx).find((q) => q.id === questionId);
  return section && question ? { section, question } : null;
}

/** The requirement's title, or a stand-in until it has one. */
export function requirementTitle(data: unknown): string {
  const title = data && typeof data === 'object' ? (data as Record<string, unknown>).title : undefined;
  return typeof title === 'string' && title.trim() ? title : 'Untitled requirement';
}

/** The section's name as text. */
export const sectionName = (section: FormSection) => plainText(section.name);
