import type { ContentCatalogue } from '../../app/content-port.js';
import { notFound } from '../../app/errors.js';
import { manifestOf, optionValue, type ManifestSection, type Option, type Question } from './content/framework-content.js';
import { contentFramework } from './content/schema-catalogue.js';
import { characterLimit, isOptional, wordLimit } from './content/json-schema.js';
import type { Form, FormName, FormOption, FormQuestion, FormSection } from './form.types.js';

/** The question set each form's questions come from. */
const QUESTION_SET: Record<string, string> = {
  edit_submission: 'services',
  edit_service: 'services',
  edit_service_as_admin: 'services',
  declaration: 'declaration',
  edit_brief: 'briefs',
  edit_brief_response: 'brief-responses',
  award_brief: 'briefs',
};

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A choice and the choices nested under it, in order, each naming its parent. */
function options(list: Option[], parentValue: string | null = null): FormOption[] {
  return list.flatMap((o) => {
    const value = optionValue(o);
    return [{ label: o.label, value, description: (o as { description?: string }).description ?? null, parentValue }, ...options(o.options ?? [], value)];
  });
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** A question and its children, in order, as a renderer needs them (the raw content keeps more keys than the Question type names). */
export function formQuestions(q: Question, parentId: string | null = null): FormQuestion[] {
  const raw = q as unknown as Record<string, unknown>;
  const question: FormQuestion = {
    id: q.id,
    type: q.type,
    name: str(q.name),
    question: str(q.question),
    hint: str(raw.hint),
    questionAdvice: str(raw.question_advice),
    optional: isOptional(q),
    options: options(q.options ?? []),
    followup: q.followup ?? null,
    depends: (q.depends ?? []).map((d) => ({ on: d.on, being: d.being })),
    limits: {
      maxLength: characterLimit(q) ?? null,
      maxWords: wordLimit(q) ?? null,
      minValue: num(q.limits?.min_value),
      maxValue: num(q.limits?.max_value),
      integerOnly: q.limits?.integer_only ?? null,
      maxItems: q.number_of_items ?? null,
      format: q.limits?.format ?? null,
    },
    unit: str(raw.unit),
    unitPosition: str(raw.unit_position),
    fields: q.fields ?? null,
    optionalFields: q.optional_fields ?? [],
    decimalPlaceRestriction: Boolean(q.decimal_place_restriction),
    dynamicField: str(raw.dynamic_field),
    anyOf: q.any_of ?? null,
    validations: (q.validations ?? []).map((v) => ({ name: v.name, message: v.message ?? null, field: v.field ?? null })),
    parentId,
    childIds: (q.questions ?? []).map((c) => c.id),
  };
  return [question, ...(q.questions ?? []).flatMap((c) => formQuestions(c, q.id))];
}

function section(s: ManifestSection): FormSection {
  const ids = s.questions.map((q) => q.id);
  const slug = s.slug ?? slugify(s.name);
  const pages = s.editQuestions ? ids.map((id) => ({ slug: id, questionIds: [id] })) : s.editable ? [{ slug, questionIds: ids }] : [];
  return {
    name: s.name,
    slug,
    description: s.description ?? null,
    summaryPageDescription: s.summaryPageDescription ?? null,
    editable: pages.length > 0,
    prefill: s.prefill,
    step: s.step ?? null,
    questionIds: ids,
    pages,
  };
}

/** A form for a framework and lot, from the process's content (NOT_FOUND when the framework has no such form). */
export function buildForm(content: ContentCatalogue, name: FormName, frameworkSlug: string, lotSlug: string | null): Form {
  let sections: ManifestSection[];
  try {
    sections = manifestOf(content, contentFramework(frameworkSlug), name, QUESTION_SET[name]!, lotSlug ?? '');
  } catch {
    throw notFound(`The ${name} form of ${frameworkSlug}`);
  }
  const built = content.cached(contentFramework(frameworkSlug), `form:${name}:${lotSlug ?? ''}`, () => {
    const present = sections.filter((s) => s.questions.length > 0);
    return { sections: present.map(section), questions: present.flatMap((s) => s.questions.flatMap((q) => formQuestions(q))) };
  });
  return { name, frameworkSlug, lotSlug, ...built };
}
