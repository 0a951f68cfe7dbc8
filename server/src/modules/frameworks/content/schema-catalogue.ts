/**
 * Which schemas exist: one per framework, lot and kind of answer. `schemas:generate` writes them to
 * schemas/<kind>-<framework>-<lot>.json from the question content.
 */
export interface SchemaSpec {
  kind: 'services';
  framework: string;
  frameworkName: string;
  lot: string;
  lotName: string;
  manifest: string;
  questionSet: string;
}

export const SCHEMA_CATALOGUE: readonly SchemaSpec[] = [
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

export const schemaName = (s: Pick<SchemaSpec, 'kind' | 'framework' | 'lot'>) => `${s.kind}-${s.framework}-${s.lot}`;
export const schemaTitle = (s: SchemaSpec) => `${s.frameworkName} ${s.lotName} Service Schema`;
