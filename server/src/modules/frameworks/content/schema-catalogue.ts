/**
 * Which schemas exist: one per framework, lot and kind of answer. `schemas:generate` writes them to
 * schemas/<kind>-<framework>-<lot>.json from the question content.
 */
export type SchemaKind = 'services' | 'declaration';

export interface SchemaSpec {
  kind: SchemaKind;
  framework: string;
  frameworkName: string;
  lot: string;
  lotName: string;
  manifest: string;
  questionSet: string;
}

const SERVICES: SchemaSpec[] = [
  ['cloud-hosting', 'Cloud Hosting'],
  ['cloud-software', 'Cloud Software'],
  ['cloud-support', 'Cloud Support'],
].map(([lot, lotName]) => ({
  kind: 'services' as const,
  framework: 'g-cloud-13',
  frameworkName: 'G-Cloud 13',
  lot: lot!,
  lotName: lotName!,
  manifest: 'edit_submission',
  questionSet: 'services',
}));

const DECLARATIONS: SchemaSpec[] = [
  { kind: 'declaration', framework: 'g-cloud-13', frameworkName: 'G-Cloud 13', lot: '', lotName: '', manifest: 'declaration', questionSet: 'declaration' },
];

export const SCHEMA_CATALOGUE: readonly SchemaSpec[] = [...SERVICES, ...DECLARATIONS];

/** Iterations without content of their own reuse another's (the demo G-Cloud 14 uses G-Cloud 13's). */
const CONTENT_OF: Record<string, string> = { 'g-cloud-14': 'g-cloud-13' };
export const contentFramework = (frameworkSlug: string): string => CONTENT_OF[frameworkSlug] ?? frameworkSlug;

export const schemaName = (s: Pick<SchemaSpec, 'kind' | 'framework' | 'lot'>) => [s.kind, s.framework, s.lot].filter(Boolean).join('-');
export const schemaTitle = (s: SchemaSpec) => (s.kind === 'declaration' ? `${s.frameworkName} Declaration Schema` : `${s.frameworkName} ${s.lotName} Service Schema`);
