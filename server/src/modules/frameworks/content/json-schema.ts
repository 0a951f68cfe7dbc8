import { loadManifest, optionValue, type Option, type Question } from './framework-content.js';

/**
 * JSON Schemas (draft-07) generated from the question content, following the original service's
 * generator rules (dm-frameworks §2.6), so that forms and validation share one source.
 */
export type JsonSchema = Record<string, unknown>;

/** A document's id (a UUID, lower case). */
export const DOCUMENT_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
/**
 * An upload question's answer: the id of a document uploaded for it (the documents module checks
 * whose it is and its scan, and takes nothing else as a new answer), or the https address a
 * service imported from the original service kept, so that such a service stays editable.
 */
export const UPLOAD_ANSWER_PATTERN = '^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|https://\\S+)$';
const PRICE_PATTERN = '^\\d{1,15}(?:\\.\\d{1,5})?$';
/** Pounds and pence, more than zero, no leading zeros (contract values). */
const PRICE_PATTERN_2DP = '^[1-9](?:\\d{1,14})?(?:\\.\\d{2})?$|^0\\.(?!00)\\d{2}$';
const PRICE_UNITS = ['Unit', 'Person', 'Licence', 'User', 'Device', 'Instance', 'Server', 'Virtual machine', 'Transaction', 'Megabyte', 'Gigabyte', 'Terabyte'];
const PRICE_INTERVALS = ['Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Quarter', '6 months', 'Year'];
const HOURS_FOR_PRICE = ['1 hour', '2 hours', '3 hours', '4 hours', '5 hours', '6 hours', '7 hours', '8 hours'];
/** Question ids the API sets itself; never part of a supplier's answers. */
const EXCLUDED = new Set(['id', 'lot', 'lotName']);
/** Lot used for content that does not vary by lot (declarations). */
export const ANY_LOT = '';

/**
 * Optional when marked so; also an upload that never asks for an answer (the G-Cloud 13 declaration's
 * "You can choose to upload a statement" has no answer_required rule and no flag). No service upload
 * lacks the rule, so the service schemas are unaffected (the reference comparison checks this).
 */
export const isOptional = (q: Question): boolean => Boolean(q.optional) || (q.type === 'upload' && !(q.validations ?? []).some((v) => v.name === 'answer_required'));

const wordsPattern = (n: number, optional: boolean) => (optional ? `^$|(^(?:\\S+\\s+){0,${n - 1}}\\S+$)` : `^(?:\\S+\\s+){0,${n - 1}}\\S+$`);

function validation(q: Question, name: RegExp): { name: string; message?: string } | undefined {
  return (q.validations ?? []).find((v) => name.test(v.name));
}

export function characterLimit(q: Question): number | undefined {
  if (q.max_length ?? q.limits?.max_length) return q.max_length ?? q.limits?.max_length;
  const message = validation(q, /^under_character_limit$/)?.message;
  const digits = message ? /(\d+)/.exec(message) : null;
  return digits ? Number(digits[1]) : undefined;
}

export function wordLimit(q: Question): number | undefined {
  if (q.max_length_in_words ?? q.limits?.max_length_in_words) return q.max_length_in_words ?? q.limits?.max_length_in_words;
  const words = validation(q, /^under_\d+_words$/)?.name;
  return words ? Number(/under_(\d+)_words/.exec(words)![1]) : undefined;
}

function leaves(options: Option[]): string[] {
  return options.flatMap((o) => (o.options?.length ? leaves(o.options) : [optionValue(o)]));
}

/** The properties one (non-multiquestion) question contributes. */
function questionProperties(q: Question): Record<string, JsonSchema> {
  const optional = isOptional(q);
  switch (q.type) {
    case 'text':
    case 'textbox_large': {
      const s: JsonSchema = { type: 'string', minLength: optional ? 0 : 1 };
      if (q.limits?.format) s.format = q.limits.format;
      const max = characterLimit(q);
      if (max) s.maxLength = max;
      const words = wordLimit(q);
      if (words) s.pattern = wordsPattern(words, optional);
      return { [q.id]: s };
    }
    case 'upload':
      // The original stored the file's URL; here the answer is the uploaded document's id.
      return { [q.id]: { type: 'string', pattern: UPLOAD_ANSWER_PATTERN } };
    case 'date':
      return { [q.id]: { type: 'string', format: 'date' } };
    case 'radios':
      return { [q.id]: { enum: (q.options ?? []).map(optionValue) } };
    case 'boolean':
      return { [q.id]: q.required_value !== undefined ? { enum: [q.required_value] } : { type: 'boolean' } };
    case 'checkboxes': {
      const values = (q.options ?? []).map(optionValue);
      return { [q.id]: { type: 'array', uniqueItems: true, minItems: optional ? 0 : 1, maxItems: q.number_of_items ?? values.length, items: { enum: values } } };
    }
    case 'checkbox_tree': {
      const s: JsonSchema = { type: 'array', uniqueItems: true, minItems: optional ? 0 : 1, items: { enum: [...new Set(leaves(q.options ?? []))].sort() } };
      if (q.number_of_items) s.maxItems = q.number_of_items;
      return { [q.id]: s };
    }
    case 'list': {
      const words = wordLimit(q) ?? 10;
      return {
        [q.id]: {
          type: 'array',
          minItems: optional ? 0 : 1,
          maxItems: q.number_of_items ?? 10,
          items: { type: 'string', maxLength: characterLimit(q) ?? 100, pattern: wordsPattern(words, false) },
        },
      };
    }
    case 'boolean_list':
      return { [q.id]: { type: 'array', minItems: optional ? 0 : 1, maxItems: q.number_of_items ?? 10, items: { type: 'boolean' } } };
    case 'number': {
      const integer = Boolean(q.limits?.integer_only);
      const s: JsonSchema = { type: integer ? 'integer' : 'number', minimum: q.limits?.min_value ?? 0 };
      s[integer ? 'maximum' : 'exclusiveMaximum'] = q.limits?.max_value ?? 100;
      return { [q.id]: s };
    }
    case 'pricing':
      return Object.fromEntries(
        Object.entries(q.fields ?? {}).map(([part, id]) => {
          const partOptional = optional || (q.optional_fields ?? []).includes(part);
          if (part === 'price_unit') return [id, { enum: PRICE_UNITS }];
          if (part === 'price_interval') return [id, { enum: partOptional ? ['', ...PRICE_INTERVALS] : PRICE_INTERVALS }];
          if (part === 'hours_for_price') return [id, { enum: HOURS_FOR_PRICE }];
          const pattern = q.decimal_place_restriction ? PRICE_PATTERN_2DP : PRICE_PATTERN;
          return [id, { type: 'string', pattern: partOptional ? `^$|${pattern}` : pattern }];
        }),
      );
    case 'dynamic_list': {
      // One answer object per item of a list the brief gives (e.g. evidence for each essential requirement).
      const children = q.questions ?? [];
      const targets = followupTargets(children);
      const byId = new Map(children.map((c) => [c.id, c]));
      const item: JsonSchema = {
        type: 'object',
        additionalProperties: false,
        properties: Object.assign({}, ...children.map(questionProperties)) as JsonSchema,
        required: children.filter((c) => !targets.has(c.id)).flatMap(requiredOf),
      };
      const rules = children.flatMap((c) => Object.entries(c.followup ?? {}).map(([id, triggers]) => followupRule(c, byId.get(id)!, triggers)));
      if (rules.length) item.allOf = rules;
      return { [q.id]: { type: 'array', minItems: optional ? 0 : 1, items: item } };
    }
    default:
      throw new Error(`No JSON Schema rule for question type "${q.type}" (${q.id})`);
  }
}

/** The property names a question must have when answered (empty when it is optional). */
function requiredOf(q: Question): string[] {
  if (isOptional(q)) return [];
  if (q.type === 'multiquestion') return (q.questions ?? []).flatMap((c) => (followupTargets(q.questions ?? []).has(c.id) ? [] : requiredOf(c)));
  if (q.type === 'pricing')
    return Object.entries(q.fields ?? {})
      .filter(([part]) => !(q.optional_fields ?? []).includes(part))
      .map(([, id]) => id);
  return [q.id];
}

function followupTargets(questions: Question[]): Set<string> {
  return new Set(questions.flatMap((q) => Object.keys(q.followup ?? {})));
}

function allValues(q: Question): Array<string | boolean> {
  if (q.type === 'boolean') return [true, false];
  return q.type === 'checkbox_tree' ? [...new Set(leaves(q.options ?? []))].sort() : (q.options ?? []).map(optionValue);
}

/**
 * One `oneOf` per follow-up: either the parent holds a value that does not ask the follow-up and
 * the follow-up is absent, or it holds one that does and both are answered.
 */
function followupRule(parent: Question, child: Question, triggers: Array<string | boolean>): JsonSchema {
  const complement = allValues(parent).filter((v) => !triggers.includes(v));
  const childAbsent = { type: 'null' };
  const required = [parent.id, ...requiredOf(child)];
  if (parent.type === 'checkboxes' || parent.type === 'checkbox_tree') {
    const sorted = [...complement].sort();
    return {
      oneOf: [
        { properties: { [parent.id]: { items: { enum: sorted } }, [child.id]: childAbsent } },
        { properties: { [parent.id]: { not: { items: { enum: sorted } } } }, required },
      ],
    };
  }
  return {
    oneOf: [{ properties: { [parent.id]: { enum: complement }, [child.id]: childAbsent } }, { properties: { [parent.id]: { enum: triggers } }, required }],
  };
}

/** The service (or brief, response…) schema of one framework lot, from a manifest of its content. */
export function generateSchema(opts: { framework: string; manifest: string; questionSet: string; lot: string; title: string }): JsonSchema {
  const sections = loadManifest(opts.framework, opts.manifest, opts.questionSet, opts.lot);
  const top = sections.flatMap((s) => s.questions).filter((q) => !EXCLUDED.has(q.id) && q.type !== 'service_id');
  const all = top.flatMap((q) => (q.type === 'multiquestion' ? (q.questions ?? []) : [q]));
  const byId = new Map(all.map((q) => [q.id, q]));
  const targets = followupTargets(all);

  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  const allOf: JsonSchema[] = [];
  // Groups of optional multiquestions of which one must be answered (a team capability, a specialist
  // role): each member needs its own required parts, which then need each other.
  const anyOf: JsonSchema[] = [];
  const dependencies: Record<string, string[]> = {};
  for (const q of top) {
    if (q.type === 'multiquestion' && q.any_of) {
      const parts = requiredOf({ ...q, optional: false });
      anyOf.push({ title: q.any_of, required: parts });
      if (parts.length > 1) for (const part of parts) dependencies[part] = parts.filter((other) => other !== part);
    }
    const members = q.type === 'multiquestion' ? (q.questions ?? []) : [q];
    for (const m of members) Object.assign(properties, questionProperties(m));
    if (!targets.has(q.id)) for (const r of requiredOf(q)) required.add(r);
    for (const m of members) {
      for (const [childId, triggers] of Object.entries(m.followup ?? {})) {
        const child = byId.get(childId);
        if (!child) throw new Error(`${m.id} follows up with unknown question ${childId}`);
        allOf.push(followupRule(m, child, triggers));
      }
    }
  }
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: opts.title,
    type: 'object',
    additionalProperties: false,
    properties,
    required: [...required].sort(),
  };
  if (allOf.length) schema.allOf = allOf;
  if (anyOf.length) schema.anyOf = anyOf;
  if (Object.keys(dependencies).length) schema.dependencies = dependencies;
  return schema;
}
