import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Service, ServiceStatus } from '../services/service.entity.js';
import { serviceUpdateOf, servicesIndex } from './documents.js';
import { servicePages } from './rebuild.rows.js';
import { serviceTransformations, type Transformation } from './transformations.js';

/**
 * The rebuild's streaming builder (plain rows, no entities, no copies) against the entity-based one
 * the index jobs use, and both against the builder as it was before (a deep copy of a spread, then
 * the rules): the same updates, byte for byte once serialised, for the same rows.
 */
let app: TestApp;
const LOTS = ['cloud-hosting', 'cloud-software', 'cloud-support'];

beforeAll(async () => {
  app = await createTestApp({ seed: true });
});
afterAll(async () => {
  await app?.close();
});

/** The previous builder, kept here as the reference: structuredClone, then the rules applied in place. */
function previousDocument(service: Service, framework: Framework, lot: Lot, supplierName: string, rules: readonly Transformation[]) {
  const d = service.data;
  const doc = structuredClone({
    ...d,
    id: service.serviceId,
    supplierName,
    lot: lot.slug,
    lotName: lot.name,
    frameworkSlug: framework.slug,
    frameworkName: framework.name,
    updatedAt: service.updatedAt.toISOString(),
  }) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]);
  for (const rule of rules) {
    if ('hash_to' in rule) {
      const { field, target_field } = rule.hash_to;
      if (doc[field] !== undefined && doc[field] !== null) doc[target_field ?? field] = createHash('sha256').update(String(doc[field]), 'utf8').digest('hex');
    } else if ('set_conditionally' in rule) {
      const { field, target_field, any_of, set_value } = rule.set_conditionally;
      if (doc[field] !== undefined && list(doc[field]).some((v) => any_of.includes(v))) doc[target_field ?? field] = set_value;
    } else {
      const { field, target_field, any_of, append_value } = rule.append_conditionally;
      if (doc[field] === undefined || !list(doc[field]).some((v) => any_of.includes(v))) continue;
      const target = target_field ?? field;
      doc[target] = [...(doc[target] === undefined || doc[target] === null ? [] : list(doc[target])), ...append_value];
    }
  }
  const searchText = [service.serviceId, d.serviceName, d.serviceDescription, d.serviceFeatures, d.serviceBenefits, supplierName, lot.name]
    .flatMap((p) => (Array.isArray(p) ? p : [p]))
    .filter((p) => typeof p === 'string' && p)
    .join(' ');
  return { document: doc, searchText };
}

describe('rebuild rows', () => {
  it('give the same updates as the entities, and as the builder did before, for generated services', async () => {
    const em = app.orm.em.fork();
    const r = rng(12);
    const suppliers = [await makeSupplier(em, { name: 'Ünïcode & <Sons> Ltd' }), await makeSupplier(em, { name: 'Plain Cloud Ltd' })];
    const now = new Date('2026-03-04T05:06:07.089Z');
    for (const slug of ['g-cloud-13', 'g-cloud-12']) {
      const framework = await em.findOneOrFail(Framework, { slug });
      const lots = await em.find(Lot, { slug: { $in: LOTS } });
      const rows = [];
      for (let i = 0; i < 45; i++) {
        const lot = lots[i % lots.length]!;
        const schema = JSON.parse(readFileSync(path.join(schemasDir, `services-g-cloud-13-${lot.slug}.json`), 'utf8')) as Record<string, unknown>;
        const data: Record<string, unknown> = validAnswers(schema as never, r);
        // Answers that overlap the document's own fields keep their place in it.
        if (i % 5 === 0) data.id = 'answered id';
        if (i % 7 === 0) data.lot = 'answered lot';
        if (i % 4 === 0) data.serviceFeatures = ['Fast', '', 'Ünïcode “quotes”'];
        rows.push({
          serviceId: `${slug === 'g-cloud-13' ? 7 : 6}${String(100_000_000_000_000 + i).slice(1)}`,
          supplier: suppliers[i % 2]!.id,
          framework: framework.id,
          lot: lot.id,
          data,
          status: [ServiceStatus.PUBLISHED, ServiceStatus.PUBLISHED, ServiceStatus.ENABLED, ServiceStatus.DISABLED][i % 4],
          createdAt: now,
          updatedAt: now,
        });
      }
      await em.insertMany(Service, rows as never);
    }
    // Update times with microseconds: the rows' ISO form must truncate them as a Date does.
    await em.execute(`update services set updated_at = updated_at + (id % 1000) * interval '1 microsecond' + (id % 3) * interval '1 day'`);

    for (const slug of ['g-cloud-13', 'g-cloud-12']) {
      const streamed: string[] = [];
      for await (const page of servicePages(app.orm.em.fork(), app.content, slug, 7)) for (const { update } of page) streamed.push(JSON.stringify(update));

      const fork = app.orm.em.fork();
      const services = await fork.find(Service, { framework: { slug } }, { orderBy: { id: 'asc' }, populate: ['framework', 'lot', 'supplier'] });
      const entities = services.map((s) => JSON.stringify(serviceUpdateOf(app.content, s, s.framework.getEntity(), s.lot.getEntity(), s.supplier.getEntity())));
      const rules = serviceTransformations(app.content, slug);
      const previous = services.map((s) => {
        const base = { indexName: servicesIndex(slug), objectType: 'service', objectId: s.serviceId };
        if (s.status !== ServiceStatus.PUBLISHED || s.framework.getEntity().status !== 'live') return JSON.stringify({ action: 'delete', ...base });
        return JSON.stringify({ action: 'upsert', ...base, ...previousDocument(s, s.framework.getEntity(), s.lot.getEntity(), s.supplier.getEntity().name, rules) });
      });

      expect(streamed).toHaveLength(45);
      expect(streamed).toEqual(entities);
      expect(streamed).toEqual(previous);
      // The entities' answers are untouched by building their documents.
      expect(services.every((s) => !('supplierName' in s.data))).toBe(true);
    }
    // Live G-Cloud 13 documents were built (and some removals); expired G-Cloud 12 gives removals only.
    const first = [] as string[];
    for await (const page of servicePages(app.orm.em.fork(), app.content, 'g-cloud-13', 100)) first.push(...page.map((p) => p.update.action));
    expect(first.filter((a) => a === 'upsert')).toHaveLength(23);
  });
});
