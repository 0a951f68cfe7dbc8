import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ContentCatalogue } from '../../../app/content-port.js';
import { contentFramework } from './schema-catalogue.js';

/**
 * The question content of a framework (the original service's YAML: manifests and question files),
 * kept in server/content/frameworks/<slug>/. Forms and JSON Schemas are both derived from it.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const CONTENT_ROOT = (() => {
  let dir = here;
  while (!existsSync(path.join(dir, 'content', 'frameworks'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('server/content/frameworks not found');
    dir = parent;
  }
  return path.join(dir, 'content', 'frameworks');
})();

export interface Option {
  label: string;
  value?: string;
  options?: Option[];
}

export interface Validation {
  name: string;
  message?: string;
  field?: string;
}

/** One question as written in the YAML, with its id resolved and nested questions loaded. */
export interface Question {
  id: string;
  file: string;
  type: string;
  name?: string;
  question?: string;
  optional?: boolean;
  hidden?: boolean;
  depends?: Array<{ on: string; being: string[] }>;
  followup?: Record<string, Array<string | boolean>>;
  options?: Option[];
  validations?: Validation[];
  number_of_items?: number;
  max_length?: number;
  max_length_in_words?: number;
  limits?: { format?: string; min_value?: number; max_value?: number; integer_only?: boolean; max_length?: number; max_length_in_words?: number };
  fields?: Record<string, string>;
  optional_fields?: string[];
  decimal_place_restriction?: boolean;
  value?: boolean;
  required_value?: boolean;
  /** multiquestion and dynamic_list children, already loaded. */
  questions?: Question[];
  any_of?: string;
}

export interface ManifestSection {
  name: string;
  slug?: string;
  /** Answers to this section may be prefilled from an earlier declaration. */
  prefill: boolean;
  /** Whether this section may be changed (edit manifests mark fixed sections `editable: false`). */
  editable: boolean;
  /** Each question edited on its own page (rather than the whole section on one). */
  editQuestions: boolean;
  description?: string;
  summaryPageDescription?: string;
  /** Briefs: the overview step the section belongs to. */
  step?: number;
  questions: Question[];
}

/** Reads and parses one content file; `manifestOf` passes one that parses each file once per process. */
export type ReadYaml = (file: string) => unknown;
const readYaml: ReadYaml = (file) => parse(readFileSync(file, 'utf8'));

function loadQuestion(dir: string, file: string, read: ReadYaml): Question {
  const raw = read(path.join(dir, `${file}.yml`)) as Record<string, unknown>;
  // YAML 1.1 content writes `"on": lot`; normalise whatever key form it arrived in.
  const depends = (raw.depends as Array<Record<string, unknown>> | undefined)?.map((d) => ({ on: String(d.on ?? d['"on"']), being: (d.being as string[]) ?? [] }));
  const q = { ...raw, id: (raw.id as string | undefined) ?? file, file, depends } as Question;
  if (Array.isArray(raw.questions)) q.questions = (raw.questions as string[]).map((child) => loadQuestion(dir, child, read));
  return q;
}

/** A question applies to a lot unless it depends on other lots. */
export function appliesTo(q: Question, lot: string): boolean {
  return (q.depends ?? []).every((d) => d.on !== 'lot' || d.being.includes(lot));
}

/**
 * A manifest's sections with the questions that apply to `lot` (multiquestion children filtered too),
 * read from the files each time: for the schema generator and boot; requests use `manifestOf`.
 * Throws when the framework has no such manifest (or a question file is missing).
 */
export function loadManifest(framework: string, manifest: string, questionSet: string, lot: string, read: ReadYaml = readYaml): ManifestSection[] {
  const base = path.join(CONTENT_ROOT, framework);
  const sections = read(path.join(base, 'manifests', `${manifest}.yml`)) as Array<{
    name: string;
    slug?: string;
    prefill?: boolean;
    editable?: boolean;
    edit_questions?: boolean;
    description?: string;
    summary_page_description?: string;
    step?: number;
    questions: string[];
  }>;
  const dir = path.join(base, 'questions', questionSet);
  const filter = (q: Question): Question | undefined => {
    if (!appliesTo(q, lot)) return undefined;
    return q.questions ? { ...q, questions: q.questions.map(filter).filter((c): c is Question => c !== undefined) } : q;
  };
  return sections.map((s) => ({
    name: s.name,
    slug: s.slug,
    prefill: Boolean(s.prefill),
    editable: s.editable !== false,
    editQuestions: Boolean(s.edit_questions),
    description: s.description,
    summaryPageDescription: s.summary_page_description,
    step: s.step,
    questions: (s.questions ?? []).map((f) => filter(loadQuestion(dir, f, read))).filter((q): q is Question => q !== undefined),
  }));
}

/**
 * `loadManifest` kept in the process's catalogue: each manifest (per lot) is built once, and each
 * file behind it parsed once however many manifests and lots use it. `framework` is a content
 * framework (see contentFramework). The sections are shared: callers must not change them.
 */
export function manifestOf(content: ContentCatalogue, framework: string, manifest: string, questionSet: string, lot: string): ManifestSection[] {
  const read: ReadYaml = (file) => content.cached(framework, `file:${file}`, () => readYaml(file));
  return content.cached(framework, `manifest:${manifest}:${questionSet}:${lot}`, () => loadManifest(framework, manifest, questionSet, lot, read));
}

/** The value an option stores: its `value`, or its label when it has none. */
export const optionValue = (o: Option): string => o.value ?? o.label;

/** The keys a question stores its answer under: its id, a pricing question's fields, a multiquestion's children. */
export function answerKeys(q: Question): string[] {
  if (q.type === 'multiquestion') return (q.questions ?? []).flatMap(answerKeys);
  if (q.type === 'pricing') return Object.values(q.fields ?? {});
  return [q.id];
}

/** The answer keys of a manifest's editable sections (what an edit form may change). */
export function editableAnswerKeys(sections: readonly ManifestSection[]): Set<string> {
  return new Set(sections.filter((s) => s.editable).flatMap((s) => s.questions.flatMap(answerKeys)));
}

/** Which previous iteration's services a framework's applicants may copy, and which answers are left behind. */
export interface CopyServicesRule {
  sourceFramework: string;
  questionsToExclude: string[];
}

/**
 * `metadata/copy_services.yml` of the framework itself, else of the iteration whose content it uses;
 * null when the framework has no predecessor to copy from. Read once per process.
 */
export function copyServicesRule(content: ContentCatalogue, frameworkSlug: string): CopyServicesRule | null {
  const contentSlug = contentFramework(frameworkSlug);
  return content.cached(contentSlug, `copy-services:${frameworkSlug}`, () => {
    for (const slug of [frameworkSlug, contentSlug]) {
      const file = path.join(CONTENT_ROOT, slug, 'metadata', 'copy_services.yml');
      if (!existsSync(file)) continue;
      const raw = readYaml(file) as { source_framework: string; questions_to_exclude?: string[]; questions_to_copy?: string[] };
      if (raw.questions_to_copy) throw new Error(`${file}: only questions_to_exclude is supported`);
      return { sourceFramework: raw.source_framework, questionsToExclude: raw.questions_to_exclude ?? [] };
    }
    return null;
  });
}
