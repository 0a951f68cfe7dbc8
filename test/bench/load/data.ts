// The load benchmark's data beyond the G-Cloud corpus and the opportunities: supplier users who sign
// in, each applying to the open G-Cloud 14 with one draft service, and the draft's edit pages (a
// manifest section each) answered validly, as the supplier persona saves them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../../server/src/app/clock.js';
import type { initOrm } from '../../../server/src/app/db.js';
import { schemasDir } from '../../../server/src/commands/schemas.js';
import { DraftService } from '../../../server/src/modules/applications/draft-service.entity.js';
import { SupplierFramework } from '../../../server/src/modules/applications/supplier-framework.entity.js';
import { answerKeys, loadManifest } from '../../../server/src/modules/frameworks/content/framework-content.js';
import type { SchemaRegistry } from '../../../server/src/modules/frameworks/content/schema-registry.js';
import { FrameworkFamily, FrameworkStatus } from '../../../server/src/modules/frameworks/framework.entity.js';
import { Lot } from '../../../server/src/modules/frameworks/lot.entity.js';
import { Supplier } from '../../../server/src/modules/suppliers/supplier.entity.js';
import { hashPassword } from '../../../server/src/modules/users/passwords.js';
import { User } from '../../../server/src/modules/users/user.entity.js';
import { answerChange, applyAnswerChange } from '../../../server/src/shared/answers.js';
import { Role } from '../../../server/src/shared/role.js';
import { rng, validAnswers } from '../../../server/seeds/answers.js';
import { upsertFramework } from '../../../server/seeds/reference.js';
import { LOTS } from '../corpus.js';

export const SUPPLIER_PASSWORD = 'bench supplier password 2026';

export interface SupplierLogin {
  email: string;
  draftId: number;
  lot: string;
}

/** A page of a draft service's edit form: its answers, valid against the draft they are saved into. */
export type DraftPage = Record<string, unknown>;

/**
 * `count` supplier users (one per generated supplier, the original's 300 logins), each with an
 * application to the open G-Cloud 14 whose company details are confirmed and one complete-looking
 * draft; and, per lot, the edit pages that validate against every draft of that lot.
 */
export async function generateSuppliers(
  orm: Awaited<ReturnType<typeof initOrm>>,
  registry: SchemaRegistry,
  clock: Clock,
  count: number,
): Promise<{ logins: SupplierLogin[]; pages: Map<string, DraftPage[]> }> {
  const em = orm.em.fork();
  const now = clock.now();
  const lots = await em.find(Lot, { slug: { $in: LOTS } }, { orderBy: { id: 'asc' } });
  // G-Cloud 14 open for applications, as the demo data has it (drafts change only while open).
  const g14 = await upsertFramework(
    em,
    { slug: 'g-cloud-14', name: 'G-Cloud 14', family: FrameworkFamily.G_CLOUD, status: FrameworkStatus.OPEN, lots: LOTS },
    new Map(lots.map((l) => [l.slug, l])),
  );
  g14.status = FrameworkStatus.OPEN;
  await em.flush();
  const suppliers = await em.find(Supplier, {}, { orderBy: { id: 'asc' }, limit: count });
  if (suppliers.length < count) throw new Error(`only ${suppliers.length} suppliers to give logins to, not ${count}`);
  const passwordHash = await hashPassword(SUPPLIER_PASSWORD);
  const r = rng(1414);
  const schemas = new Map(LOTS.map((l) => [l, JSON.parse(readFileSync(path.join(schemasDir, `services-g-cloud-13-${l}.json`), 'utf8')) as never]));
  // Every draft of a lot starts from the same answers, so that a page valid for one is valid for all.
  const base = new Map(LOTS.map((l) => [l, { ...validAnswers(schemas.get(l)!, r), serviceName: `Bench ${l} service` }]));
  const drafts: DraftService[] = [];
  const logins: Array<Omit<SupplierLogin, 'draftId'>> = [];
  suppliers.forEach((supplier, i) => {
    const email = `supplier${i}@bench-supplier.example.com`;
    em.create(User, { name: `Bench Supplier ${i}`, email, role: Role.SUPPLIER, supplier, passwordHash, passwordChangedAt: now, createdAt: now, updatedAt: now });
    em.create(SupplierFramework, { supplier, framework: g14, applicationCompanyDetailsConfirmed: true, createdAt: now, updatedAt: now });
    const lot = lots[i % lots.length]!;
    drafts.push(em.create(DraftService, { supplier, framework: g14, lot, data: { ...base.get(lot.slug)! }, createdAt: now, updatedAt: now }));
    logins.push({ email, lot: lot.slug });
  });
  await em.flush();

  // Pages: each editable section of the edit manifest, answered from a second valid draw; only the
  // pages the API's own partial validation accepts on top of the base answers are kept.
  const pages = new Map<string, DraftPage[]>();
  for (const lot of LOTS) {
    const other = validAnswers(schemas.get(lot)!, r);
    const kept: DraftPage[] = [];
    for (const section of loadManifest('g-cloud-13', 'edit_submission', 'services', lot)) {
      const keys = section.questions.flatMap(answerKeys);
      if (!keys.length) continue;
      const page = Object.fromEntries(keys.map((k) => [k, other[k] ?? null]));
      const change = answerChange(page);
      const next = applyAnswerChange(base.get(lot)!, change);
      if (!Object.keys(registry.validate('services', 'g-cloud-14', lot, change.given, change.keys, next)).length) kept.push(page);
    }
    if (!kept.length) throw new Error(`no valid edit page for ${lot}`);
    pages.set(lot, kept);
  }
  return { logins: logins.map((l, i) => ({ ...l, draftId: drafts[i]!.id })), pages };
}
