import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { AnswerSchemas } from '../../../app/answer-schemas.js';
import type { FieldErrors } from '../../../app/errors.js';
import { compareMoney, parseMoney, PRICE } from '../../../shared/money.js';
import { loadManifest, type Question } from './framework-content.js';
import { SCHEMA_CATALOGUE, contentFramework, schemaName, type SchemaKind } from './schema-catalogue.js';

// ajv-formats is CommonJS with a default export; under ESM the function may sit on `.default`.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

export type JsonSchema = Record<string, unknown>;

interface Entry {
  schema: JsonSchema;
  full: ValidateFunction;
  /** The same schema with nothing required and no cross-question rules: for saving one page of a draft. */
  partial: ValidateFunction;
  /** Validation messages per question id, from the content. */
  messages: Map<string, Map<string, string>>;
  /** Minimum and maximum price questions that go together (`priceMin`/`priceMax`, `<role>PriceMin`/`<role>PriceMax`). */
  pricePairs: Array<[min: string, max: string]>;
}

function pricePairsOf(schema: JsonSchema): Array<[string, string]> {
  const props = (schema.properties ?? {}) as Record<string, unknown>;
  return Object.keys(props)
    .filter((k) => /(?:^p|P)riceMin$/.test(k))
    .map((min): [string, string] => [min, min.replace(/Min$/, 'Max')])
    .filter(([, max]) => max in props);
}

function messagesFor(framework: string, manifest: string, questionSet: string, lot: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const visit = (q: Question) => {
    for (const v of q.validations ?? []) {
      const id = v.field ?? q.id;
      if (!out.has(id)) out.set(id, new Map());
      if (v.message) out.get(id)!.set(v.name, v.message);
    }
    for (const c of q.questions ?? []) visit(c);
    for (const id of Object.values(q.fields ?? {})) if (!out.has(id)) out.set(id, new Map());
  };
  for (const s of loadManifest(framework, manifest, questionSet, lot)) for (const q of s.questions) visit(q);
  return out;
}

/** What a supplier is told when a group of which one must be answered has none (DOS services). */
const ANY_OF_MESSAGES: Record<string, string> = {
  capability: 'Add at least one team capability your company can provide',
  specialist: 'Add at least one specialist role, with where and at what day rate you can provide it',
};

/** The original's validation key for a JSON Schema error (dm-frameworks §2.6). */
function errorKey(e: ErrorObject, field: string): string {
  switch (e.keyword) {
    case 'required':
    case 'dependencies':
    case 'minLength':
    case 'minItems':
    case 'type':
      return 'answer_required';
    case 'maxItems':
      return 'max_items_limit';
    case 'maxLength':
      return 'under_character_limit';
    case 'pattern': {
      const words = /\{0,(\d+)\}/.exec(String(e.params.pattern));
      return /price/i.test(field) ? 'not_money_format' : words ? `under_${Number(words[1]) + 1}_words` : 'invalid_format';
    }
    case 'enum':
      return 'answer_required';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return 'not_a_number';
    case 'format':
      return 'invalid_format';
    default:
      return 'invalid_answer';
  }
}

/**
 * Every JSON Schema of schemas/, compiled once at boot; an invalid schema stops the process.
 * Validates answers, either all of them (submission) or only the questions being saved (draft).
 */
export class SchemaRegistry implements AnswerSchemas {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly entries = new Map<string, Entry>();

  constructor(schemasDir: string) {
    addFormats(this.ajv);
    const files = new Set(readdirSync(schemasDir).filter((f) => f.endsWith('.json')));
    for (const spec of SCHEMA_CATALOGUE) {
      const name = schemaName(spec);
      if (!files.has(`${name}.json`)) throw new Error(`schemas/${name}.json is missing: run "pnpm --filter @dm/server cli schemas:generate"`);
      const schema = JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;
      let full: ValidateFunction;
      try {
        full = this.ajv.compile(schema);
      } catch (e) {
        throw new Error(`schemas/${name}.json is not a valid JSON Schema: ${(e as Error).message}`, { cause: e });
      }
      const { required: _required, allOf: _allOf, anyOf: _anyOf, ...rest } = schema;
      const partial = this.ajv.compile({ ...rest, $id: undefined });
      this.entries.set(name, { schema, full, partial, messages: messagesFor(spec.framework, spec.manifest, spec.questionSet, spec.lot), pricePairs: pricePairsOf(schema) });
    }
  }

  has(kind: SchemaKind, framework: string, lot = ''): boolean {
    return this.entries.has(schemaName({ kind, framework: contentFramework(framework), lot }));
  }

  /** The question ids a schema knows. */
  questionIds(kind: SchemaKind, framework: string, lot = ''): string[] {
    const entry = this.entries.get(schemaName({ kind, framework: contentFramework(framework), lot }));
    return entry ? Object.keys(entry.schema.properties as object) : [];
  }

  private entry(kind: SchemaKind, framework: string, lot: string): Entry {
    const name = schemaName({ kind, framework: contentFramework(framework), lot });
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`No schema ${name}`);
    return entry;
  }

  /** "Not part of this lot" for each of `keys` that is not a question of the schema; empty when all are. */
  unknownQuestions(kind: SchemaKind, framework: string, lot: string, keys: readonly string[]): FieldErrors {
    const props = this.entry(kind, framework, lot).schema.properties as Record<string, JsonSchema>;
    return Object.fromEntries(keys.filter((f) => !(f in props)).map((f) => [f, 'This question is not part of this lot']));
  }

  /**
   * Field errors keyed by question id, with the content's own messages; empty when valid.
   * With `only` (saving a page), it names the questions being saved or cleared: unknown ones are
   * refused, the answers present are checked, and nothing is required. Rules across questions (a
   * minimum price no more than its maximum) also see `saved`, the answers stored beside the page.
   */
  validate(kind: SchemaKind, framework: string, lot: string, answers: Record<string, unknown>, only?: readonly string[], saved?: Record<string, unknown>): FieldErrors {
    const entry = this.entry(kind, framework, lot);
    if (only) {
      const unknown = this.unknownQuestions(kind, framework, lot, only);
      if (Object.keys(unknown).length) return unknown;
    }
    // A page requires nothing: both validators are compiled once, at boot.
    const validate = only ? entry.partial : entry.full;
    const errors: FieldErrors = {};
    if (!validate(answers)) {
      for (const e of validate.errors ?? []) {
        // Inside a follow-up rule only a missing answer is meaningful; the branch that did not apply is noise.
        if (e.schemaPath.includes('/allOf/') && e.keyword !== 'required') continue;
        // Each branch of "answer at least one of these" is reported once, as the group, below.
        if (e.schemaPath.startsWith('#/anyOf/')) continue;
        if (e.keyword === 'anyOf' && e.instancePath === '') {
          const group = String(((entry.schema.anyOf as JsonSchema[])[0] ?? {}).title ?? '_');
          errors[group] ??= ANY_OF_MESSAGES[group] ?? 'Answer at least one of the questions of this section';
          continue;
        }
        const field =
          e.keyword === 'required' || e.keyword === 'dependencies'
            ? String(e.params.missingProperty)
            : e.keyword === 'additionalProperties'
              ? String(e.params.additionalProperty)
              : (e.instancePath.split('/')[1] ?? '');
        if (!field || errors[field]) continue;
        if (e.keyword === 'additionalProperties') {
          errors[field] = 'This question is not part of this lot';
          continue;
        }
        // A question that allows one answer only (`required_value`: "Do you have all the essential skills?") says why another will not do.
        const refusedValue = e.keyword === 'enum' && e.instancePath === `/${field}` && entry.messages.get(field)?.has('not_required_value');
        const key = refusedValue ? 'not_required_value' : errorKey(e, field);
        errors[field] = entry.messages.get(field)?.get(key) ?? entry.messages.get(field)?.get('answer_required') ?? 'Check your answer';
      }
      // allOf (follow-up) failures have no single property: report the follow-up questions unanswered.
      if (Object.keys(errors).length === 0) errors._ = 'Answer the follow-up questions';
    }
    this.checkPriceRanges(entry, saved ? { ...saved, ...answers } : answers, errors, only);
    return errors;
  }

  /**
   * A minimum price above its maximum (compared as decimals) is an error on the maximum (dm-api
   * §6.3 "price sanity"), unless either already has one. On a page, only pairs it touches.
   */
  private checkPriceRanges(entry: Entry, answers: Record<string, unknown>, errors: FieldErrors, only?: readonly string[]): void {
    for (const [min, max] of entry.pricePairs) {
      if (only && !only.includes(min) && !only.includes(max)) continue;
      if (errors[min] || errors[max]) continue;
      const low = parseMoney(answers[min], PRICE);
      const high = parseMoney(answers[max], PRICE);
      if (low === null || high === null || compareMoney(low, high) <= 0) continue;
      errors[max] = entry.messages.get(max)?.get('max_less_than_min') ?? 'The minimum price cannot be more than the maximum price';
    }
  }
}
