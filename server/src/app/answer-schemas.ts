import type { FieldErrors } from './errors.js';

/** The kinds of answers a JSON Schema checks: one schema per framework, lot and kind. */
export type SchemaKind = 'services' | 'declaration' | 'briefs' | 'brief-responses' | 'brief-awards';

/**
 * The compiled JSON Schemas of schemas/, as requests use them to validate answers. The frameworks
 * module implements it (its SchemaRegistry); the entry points build one at start and hand it down.
 */
export interface AnswerSchemas {
  has(kind: SchemaKind, framework: string, lot?: string): boolean;
  /** The question ids a schema knows. */
  questionIds(kind: SchemaKind, framework: string, lot?: string): string[];
  /** "Not part of this lot" for each of `keys` that is not a question of the schema; empty when all are. */
  unknownQuestions(kind: SchemaKind, framework: string, lot: string, keys: readonly string[]): FieldErrors;
  /**
   * Field errors keyed by question id; empty when valid. With `only` (saving a page) nothing is
   * required and only those questions are checked; `saved` holds the answers stored beside the page.
   */
  validate(kind: SchemaKind, framework: string, lot: string, answers: Record<string, unknown>, only?: readonly string[], saved?: Record<string, unknown>): FieldErrors;
}
