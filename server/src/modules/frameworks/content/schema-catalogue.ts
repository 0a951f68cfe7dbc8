import type { SchemaKind } from '../../../app/answer-schemas.js';

/**
 * Which schemas exist: one per framework, lot and kind of answer (SchemaKind, declared in app/ with
 * the AnswerSchemas port). `schemas:generate` writes them to schemas/<kind>-<framework>-<lot>.json
 * from the question content.
 */
export type { SchemaKind };

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

const DOS_LOTS = [
  ['digital-outcomes', 'Digital outcomes'],
  ['digital-specialists', 'Digital specialists'],
  ['user-research-participants', 'User research participants'],
] as const;

/** DOS 5 buying: the buyer's brief, suppliers' responses and the award details, per lot. */
const BUYING: SchemaSpec[] = (
  [
    ['briefs', 'edit_brief', 'briefs'],
    ['brief-responses', 'edit_brief_response', 'brief-responses'],
    ['brief-awards', 'award_brief', 'briefs'],
  ] as const
).flatMap(([kind, manifest, questionSet]) =>
  DOS_LOTS.map(([lot, lotName]) => ({
    kind,
    framework: 'digital-outcomes-and-specialists-5',
    frameworkName: 'Digital Outcomes and Specialists 5',
    lot,
    lotName,
    manifest,
    questionSet,
  })),
);

/** DOS 5 services: what a supplier offers on each lot (one service each, but studios). */
const DOS_SERVICES: SchemaSpec[] = [...DOS_LOTS, ['user-research-studios', 'User research studios'] as const].map(([lot, lotName]) => ({
  kind: 'services' as const,
  framework: 'digital-outcomes-and-specialists-5',
  frameworkName: 'Digital Outcomes and Specialists 5',
  lot,
  lotName,
  manifest: 'edit_submission',
  questionSet: 'services',
}));

export const SCHEMA_CATALOGUE: readonly SchemaSpec[] = [...SERVICES, ...DOS_SERVICES, ...DECLARATIONS, ...BUYING];

/** Iterations without content of their own reuse another's (the demo G-Cloud 14 uses G-Cloud 13's). */
const CONTENT_OF: Record<string, string> = { 'g-cloud-14': 'g-cloud-13' };
export const contentFramework = (frameworkSlug: string): string => CONTENT_OF[frameworkSlug] ?? frameworkSlug;

export const schemaName = (s: Pick<SchemaSpec, 'kind' | 'framework' | 'lot'>) => [s.kind, s.framework, s.lot].filter(Boolean).join('-');
const TITLE_OF: Record<SchemaKind, string> = {
  services: 'Service',
  declaration: 'Declaration',
  briefs: 'Brief',
  'brief-responses': 'Brief Response',
  'brief-awards': 'Brief Award',
};
export const schemaTitle = (s: SchemaSpec) => [s.frameworkName, s.lotName, TITLE_OF[s.kind], 'Schema'].filter(Boolean).join(' ');
