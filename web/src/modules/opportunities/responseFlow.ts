import type { FormErrors } from '../../ui/forms/formErrors';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { dynamicItems } from '../../ui/forms/questions/dynamicList';
import { dependsMet } from '../../ui/forms/questions/group';
import { questionType } from '../../ui/forms/questions/registry';
import { isBlank, isGenericMessage, questionName } from '../../ui/forms/questions/shared';
import type { TemplateValues } from '../../ui/forms/questions/template';
import type { Answers, QuestionContext } from '../../ui/forms/questions/types';

/** An opportunity as the response pages read it. */
export interface ResponseBrief {
  data: unknown;
  lot: { slug: string };
}

/** A supplier's service as the day rate question reads it (the maximum rate it gave for a role). */
export interface RateService {
  status: string;
  data: unknown;
  lot: { slug: string };
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The highest maximum day rate the supplier gave, in its live services on the brief's lot, for the
 * specialist role the brief asks for: what the day rate question's advice replays (and the API caps
 * the answer at). Null when the brief is not for a specialist or no service states one.
 */
export function maximumDayRate(brief: ResponseBrief, services: readonly RateService[]): string | null {
  const role = record(brief.data).specialistRole;
  if (brief.lot.slug !== 'digital-specialists' || typeof role !== 'string') return null;
  const rates = services
    .filter((s) => s.status === 'PUBLISHED' && s.lot.slug === brief.lot.slug && record(s.data)[`${role}Locations`] !== undefined)
    .map((s) => record(s.data)[`${role}PriceMax`])
    .filter((v): v is string => typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()))
    .map((v) => v.trim());
  if (!rates.length) return null;
  return rates.reduce((a, b) => (Number(b) > Number(a) ? b : a));
}

/** What the content's templates and `depends` read on a response's pages: the brief (with its lot) and the supplier's maximum day rate. */
export function responseValues(brief: ResponseBrief, maxDayRate: string | null): TemplateValues {
  return { brief: { ...record(brief.data), lotSlug: brief.lot.slug }, ...(maxDayRate ? { max_day_rate: maxDayRate } : {}) };
}

/**
 * The response's pages, one question each, in the content's order: the questions of its sections
 * this lot asks (the day rate only of specialists) and that have something to ask (the
 * nice-to-have list only when the brief has nice-to-have requirements).
 */
export function responsePages(form: FrameworkForm, ctx: QuestionContext): string[] {
  return form.sections
    .filter((s) => s.editable)
    .flatMap((s) => s.questionIds)
    .filter((id) => {
      const question = ctx.index.top(id);
      if (!question || !dependsMet(question, ctx)) return false;
      return question.type !== 'dynamic_list' || dynamicItems(question, ctx).length > 0;
    });
}

/** The page after `current`, or null after the last (the answers page comes next). */
export function nextPage(pages: readonly string[], current: string): string | null {
  const i = pages.indexOf(current);
  return i >= 0 && i + 1 < pages.length ? pages[i + 1]! : null;
}

/** The page before `current`, or null on the first (the start page comes before). */
export function previousPage(pages: readonly string[], current: string): string | null {
  const i = pages.indexOf(current);
  return i > 0 ? pages[i - 1]! : null;
}

/** Whether a question has its answer (every key it writes has a value). */
export function isAnswered(id: string, answers: Answers, ctx: QuestionContext): boolean {
  const question = ctx.index.top(id);
  if (!question) return false;
  return questionType(question)
    .keys(question, ctx)
    .every((key) => !isBlank(answers[key]));
}

/**
 * Where carrying on with an application goes: the first page whose question is not answered yet
 * (optional ones included: the supplier has not been asked them), or null when every page is
 * answered (the answers page).
 */
export function resumePage(pages: readonly string[], answers: Answers, ctx: QuestionContext): string | null {
  return pages.find((id) => !isAnswered(id, answers, ctx)) ?? null;
}

const GENERIC = new Set(['Check your answer', 'Answer the follow-up questions']);

/**
 * What stops a response being submitted, as the answers page lists it: a line per question in the
 * order of the pages, linking to the page that asks it; the API's generic messages name the question.
 */
export function missingAnswers(errors: FormErrors, pages: readonly string[], ctx: QuestionContext, pageHref: (questionId: string) => string): FormErrors {
  const keys = Object.keys(errors.fields);
  if (!keys.length) return errors;
  const rank = (key: string) => (pages.includes(key) ? pages.indexOf(key) : pages.length);
  const summary = keys
    .map((key, i) => ({ key, i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map(({ key }) => {
      const message = errors.fields[key]!;
      const question = pages.includes(key) ? ctx.index.top(key) : undefined;
      if (!question) return { text: message };
      const text = GENERIC.has(message) || isGenericMessage(message) ? `${questionName(question, ctx)}: you need to answer this question` : message;
      return { text, href: pageHref(key) };
    });
  return { summary, fields: errors.fields };
}
