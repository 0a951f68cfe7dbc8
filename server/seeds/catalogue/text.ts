import type { Rng } from '../answers.js';

/** "1 May 2024": a date inside prose, as GOV.UK writes it (never 2024-05-01). */
export const govukDate = (d: Date): string => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(d);

/** The value of a date question (schema format `date`). */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** An ISO date anywhere in a text. */
export const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** The word a text says twice in a row ("hosting hosting"), or null. */
export function repeatedWord(text: string): string | null {
  return /\b(\w+)\s+\1\b/i.exec(text)?.[1] ?? null;
}

/** A copy of `xs` in an order drawn from `r`. */
export function shuffled<T>(xs: readonly T[], r: Rng): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `n` different items of `xs` (all of them when there are fewer). */
export const someOf = <T>(xs: readonly T[], n: number, r: Rng): T[] => shuffled(xs, r).slice(0, n);

/** `{name}`-style placeholders filled from `vars` (a missing one is an authoring mistake). */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (!(k in vars)) throw new Error(`no value for {${k}} in "${template}"`);
    return vars[k]!;
  });
}

/** The first letter in lower case, unless the word is an acronym or a name ("AWS", "Drupal"). */
export function lowerFirst(text: string): string {
  const first = text.split(' ')[0]!;
  return /^[A-Z][a-z]*$/.test(first) && !KEEP_CASE.has(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
const KEEP_CASE = new Set(['Drupal', 'WordPress', 'Redis', 'MongoDB', 'Microsoft', 'Salesforce', 'ServiceNow', 'Azure', 'Google', 'Agile', 'Scrum', 'OpenSearch', 'VMware']);

/** Parses a vocabulary line: fields split by `|`, lists within a field by `;`. */
export const fields = (line: string): string[][] =>
  line.split('|').map((f) =>
    f
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean),
  );
