// Generated DOS 5 opportunities for the benchmarks: buyers, and briefs on every DOS lot in a
// realistic mix of states, with published questions, supplier responses and outcomes. Every brief's
// and every response's answers are valid against their lot's JSON Schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { systemClock, type Clock } from '../../server/src/app/clock.js';
import type { initOrm } from '../../server/src/app/db.js';
import { schemasDir } from '../../server/src/commands/schemas.js';
import { BriefResponse } from '../../server/src/modules/briefs/brief-response.entity.js';
import { BriefUser } from '../../server/src/modules/briefs/brief-user.entity.js';
import { briefDates, requirementsLength } from '../../server/src/modules/briefs/brief.dates.js';
import { Brief } from '../../server/src/modules/briefs/brief.entity.js';
import { BriefClarificationQuestion } from '../../server/src/modules/briefs/clarification-question.entity.js';
import { SchemaRegistry } from '../../server/src/modules/frameworks/content/schema-registry.js';
import { Framework } from '../../server/src/modules/frameworks/framework.entity.js';
import { Lot } from '../../server/src/modules/frameworks/lot.entity.js';
import { Outcome, OutcomeResult } from '../../server/src/modules/outcomes/outcome.entity.js';
import { newServiceId } from '../../server/src/modules/services/service-id.js';
import { Supplier } from '../../server/src/modules/suppliers/supplier.entity.js';
import { hashPassword } from '../../server/src/modules/users/passwords.js';
import { User } from '../../server/src/modules/users/user.entity.js';
import { Role } from '../../server/src/shared/role.js';
import { rng, validAnswers, type Rng } from '../../server/seeds/answers.js';

/** Every generated buyer signs in with this password. */
export const OPPORTUNITY_BUYER_PASSWORD = 'bench buyer password';

const FRAMEWORK = 'digital-outcomes-and-specialists-5';
const DOS_LOTS = ['digital-outcomes', 'digital-specialists', 'user-research-participants'];
const SUBJECTS = ['planning applications', 'school admissions', 'waste permits', 'benefits checks', 'road maintenance', 'court bookings', 'housing repairs', 'grant funding'];
const KINDS = ['Discovery for', 'Alpha for', 'Beta for', 'Research into', 'Specialists for', 'Redesign of'];
const ORGANISATIONS = ['Ministry of Justice', 'Department for Education', 'HM Revenue and Customs', 'Leeds City Council', 'NHS Digital', 'Environment Agency', 'Home Office'];
const DAY = 24 * 3600 * 1000;

type Plan = 'draft' | 'live' | 'closed' | 'withdrawn' | 'awarded' | 'cancelled' | 'unsuccessful';
/** Out of 20: mostly live, then closed and finished ones, a few drafts and withdrawals. */
const MIX: Plan[] = [...Array<Plan>(11).fill('live'), 'closed', 'closed', 'closed', 'awarded', 'awarded', 'cancelled', 'unsuccessful', 'withdrawn', 'draft'];

/** Inserts rows in one statement; their ids in order (the ORM's insertMany returns only the first). */
type Em = ReturnType<Awaited<ReturnType<typeof initOrm>>['em']['fork']>;
async function insertReturningIds(em: Em, entity: Parameters<ReturnType<Em['getDriver']>['nativeInsertMany']>[0], rows: object[]): Promise<number[]> {
  const res = await em.getDriver().nativeInsertMany(entity, rows as never);
  return (res.rows ?? []).map((r) => Number((r as { id: unknown }).id));
}

/** Weightings within the lot's ranges that add up to 100. */
function weightings(schema: Record<string, unknown>): Record<string, number> {
  const p = schema.properties as Record<string, { minimum: number; maximum: number } | undefined>;
  if (!p.culturalWeighting || !p.priceWeighting || !p.technicalWeighting) return {};
  for (let c = p.culturalWeighting.minimum; c <= p.culturalWeighting.maximum; c++)
    for (let pr = p.priceWeighting.minimum; pr <= p.priceWeighting.maximum; pr++) {
      const t = 100 - c - pr;
      if (t >= p.technicalWeighting.minimum && t <= p.technicalWeighting.maximum) return { technicalWeighting: t, culturalWeighting: c, priceWeighting: pr };
    }
  throw new Error('no weightings add up to 100');
}

/** A submitted response's answers: the lot's questions, evidence for every requirement. */
function responseAnswers(schema: Record<string, unknown>, brief: Record<string, unknown>, lot: string, r: Rng, n: number): Record<string, unknown> {
  const answers = validAnswers(schema as never, r);
  answers.essentialRequirements = ((brief.essentialRequirements as string[] | undefined) ?? []).map((req) => ({ evidence: `We delivered ${req.toLowerCase()} last year.` }));
  answers.niceToHaveRequirements = ((brief.niceToHaveRequirements as string[] | undefined) ?? []).map((req, i) =>
    i % 2 ? { yesNo: false } : { yesNo: true, evidence: `Our team has worked on ${req.toLowerCase()}.` },
  );
  answers.respondToEmailAddress = `bids+${n}@supplier-${n}.example.com`;
  if (lot === 'digital-specialists') answers.dayRate = String(400 + (n % 5) * 100);
  return answers;
}

/**
 * Buyers, and `count` DOS 5 briefs spread over the DOS lots: about 55% live (published in the last
 * ten days), 15% closed, 10% awarded, 5% each cancelled, unsuccessful, withdrawn and draft. Published
 * briefs have published questions on every third, and responses from the suppliers (created here
 * when `suppliers` is given, otherwise the existing ones); finished ones have their completed outcome.
 * Inserted in bulk, a few statements per table.
 */
export async function generateOpportunities(
  orm: Awaited<ReturnType<typeof initOrm>>,
  opts: { count: number; buyers: number; suppliers?: number; seed?: number },
  clock: Clock = systemClock,
): Promise<{ briefIds: number[]; buyerEmails: string[] }> {
  const em = orm.em.fork();
  const r = rng(opts.seed ?? 2005);
  const now = clock.now();
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const registry = new SchemaRegistry(schemasDir);
  const read = (kind: string, lot: string) => JSON.parse(readFileSync(path.join(schemasDir, `${kind}-${FRAMEWORK}-${lot}.json`), 'utf8')) as Record<string, unknown>;
  const briefSchemas = Object.fromEntries(DOS_LOTS.map((l) => [l, read('briefs', l)]));
  const responseSchemas = Object.fromEntries(DOS_LOTS.map((l) => [l, read('brief-responses', l)]));

  const dos5 = await em.findOneOrFail(Framework, { slug: FRAMEWORK });
  const lots = await em.find(Lot, { slug: { $in: DOS_LOTS } });
  const lotBySlug = new Map(lots.map((l) => [l.slug, l]));

  // One hash for every buyer: hashing is deliberately slow.
  const passwordHash = await hashPassword(OPPORTUNITY_BUYER_PASSWORD);
  const tag = opts.seed ?? 2005;
  const buyerEmails = Array.from({ length: opts.buyers }, (_, i) => `buyer-${tag}-${i}@bench.gov.uk`);
  const buyerIds = await insertReturningIds(
    em,
    User,
    buyerEmails.map((email, i) => ({ name: `Bench Buyer ${i}`, email, role: Role.BUYER, passwordHash, passwordChangedAt: now, createdAt: now, updatedAt: now })),
  );

  let supplierIds: number[];
  if (opts.suppliers) {
    supplierIds = await insertReturningIds(
      em,
      Supplier,
      Array.from({ length: opts.suppliers }, (_, i) => ({
        name: `Opportunity Supplier ${tag}-${i}`,
        dunsNumber: String(700_000_000 + tag * 1000 + i),
        createdAt: now,
        updatedAt: now,
      })),
    );
  } else {
    supplierIds = (await em.find(Supplier, {}, { fields: ['id'], orderBy: { id: 'asc' } })).map((s) => s.id);
  }

  // Briefs: answers valid against their lot's schema, dates from the real publication rule.
  const plans: Array<{ plan: Plan; lot: string; data: Record<string, unknown>; publishedAt: Date | null }> = [];
  const briefRows = [];
  let invalid = 0;
  for (let i = 0; i < opts.count; i++) {
    const plan = MIX[(i * 7 + r.int(0, 3)) % MIX.length]!;
    const lot = DOS_LOTS[i % DOS_LOTS.length]!;
    const schema = briefSchemas[lot]!;
    const props = schema.properties as object;
    const data: Record<string, unknown> = {
      ...validAnswers(schema as never, r),
      ...weightings(schema),
      title: `${r.pick(KINDS)} ${r.pick(SUBJECTS)} ${i}`.slice(0, 100),
      organisation: r.pick(ORGANISATIONS),
    };
    if ('requirementsLength' in props) data.requirementsLength = '2 weeks';
    if (Object.keys(registry.validate('briefs', FRAMEWORK, lot, data)).length) invalid++;
    // Live ones were published in the last ten days (two weeks to apply); the rest 20 to 90 days ago.
    const published = plan === 'draft' ? null : plan === 'live' || plan === 'withdrawn' ? -r.int(0, 9) - r.next() : -r.int(20, 90);
    const publishedAt = published === null ? null : at(published);
    const closes = publishedAt ? briefDates(publishedAt, requirementsLength(data)).applicationsClosedAt : null;
    const finished = closes ? new Date(closes.getTime() + r.int(2, 8) * DAY) : null;
    plans.push({ plan, lot, data, publishedAt });
    briefRows.push({
      framework: dos5.id,
      lot: lotBySlug.get(lot)!.id,
      data,
      createdAt: at((published ?? 0) - r.int(1, 10)),
      updatedAt: publishedAt ?? now,
      publishedAt,
      applicationsClosedAt: closes,
      withdrawnAt: plan === 'withdrawn' ? at(published! + 1) : null,
      withdrawnReason: plan === 'withdrawn' ? 'The budget for this work was withdrawn.' : null,
      cancelledAt: plan === 'cancelled' ? finished : null,
      unsuccessfulAt: plan === 'unsuccessful' ? finished : null,
      closedNoticeSentAt: closes && closes < now ? closes : null,
    });
  }
  if (invalid) throw new Error(`${invalid} generated briefs are not valid against their lot's schema`);
  const briefIds = await insertReturningIds(em, Brief, briefRows);

  await em.insertMany(
    BriefUser,
    briefIds.flatMap((id, i) => {
      const owner = buyerIds[i % buyerIds.length]!;
      // Every tenth brief has a second buyer working on it.
      return i % 10 === 0 && buyerIds.length > 1
        ? [
            { brief: id, user: owner },
            { brief: id, user: buyerIds[(i + 1) % buyerIds.length]! },
          ]
        : [{ brief: id, user: owner }];
    }) as never,
  );

  const questions = [];
  const responses: Array<Record<string, unknown>> = [];
  /** The response to award, per brief index. */
  const winners = new Map<number, number>();
  for (const [i, { plan, lot, data, publishedAt }] of plans.entries()) {
    if (!publishedAt) continue;
    if (i % 3 === 0)
      for (let q = 0; q < 1 + (i % 2); q++)
        questions.push({
          brief: briefIds[i]!,
          question: `Can the work on ${r.pick(SUBJECTS)} be done remotely (${q + 1})?`,
          answer: 'Yes, with a day a fortnight in our office.',
          publishedAt: new Date(publishedAt.getTime() + (q + 1) * DAY),
        });
    if (!supplierIds.length) continue;
    const live = plan === 'live' || plan === 'withdrawn';
    const howMany = Math.min(supplierIds.length, live ? r.int(0, 3) : r.int(1, 6));
    const first = r.int(0, supplierIds.length - 1);
    for (let n = 0; n < howMany; n++) {
      // Live briefs have some responses still in draft; closed ones only submitted ones count.
      const submitted = !live || n % 2 === 0;
      const answers = submitted ? responseAnswers(responseSchemas[lot]!, data, lot, r, n) : { availability: '2025-01-06' };
      if (submitted && Object.keys(registry.validate('brief-responses', FRAMEWORK, lot, answers)).length) invalid++;
      if (plan === 'awarded' && n === 0) winners.set(i, responses.length);
      responses.push({
        brief: briefIds[i]!,
        supplier: supplierIds[(first + n) % supplierIds.length]!,
        data: answers,
        createdAt: new Date(publishedAt.getTime() + DAY),
        submittedAt: submitted ? new Date(publishedAt.getTime() + 2 * DAY) : null,
      });
    }
  }
  if (invalid) throw new Error(`${invalid} generated responses are not valid against their lot's schema`);
  if (questions.length) await em.insertMany(BriefClarificationQuestion, questions as never);

  const outcomes = [];
  for (const [i, row] of briefRows.entries()) {
    const { plan } = plans[i]!;
    const finished = row.applicationsClosedAt ? new Date(row.applicationsClosedAt.getTime() + 5 * DAY) : now;
    if (plan === 'awarded' && winners.has(i)) {
      Object.assign(responses[winners.get(i)!]!, {
        awardedAt: finished,
        awardDetails: { awardedContractStartDate: finished.toISOString().slice(0, 10), awardedContractValue: '87500.00' },
      });
    }
    if (plan === 'cancelled' || plan === 'unsuccessful')
      outcomes.push({
        externalId: newServiceId(),
        result: plan === 'cancelled' ? OutcomeResult.CANCELLED : OutcomeResult.NONE_SUITABLE,
        brief: briefIds[i]!,
        completedAt: row.cancelledAt ?? row.unsuccessfulAt,
        createdAt: row.cancelledAt ?? row.unsuccessfulAt,
      });
  }
  const responseIds = responses.length ? await insertReturningIds(em, BriefResponse, responses) : [];
  for (const [i, index] of winners) {
    const response = responses[index]!;
    outcomes.push({
      externalId: newServiceId(),
      result: OutcomeResult.AWARDED,
      brief: briefIds[i]!,
      briefResponse: responseIds[index]!,
      startDate: (response.awardDetails as Record<string, string>).awardedContractStartDate,
      awardValue: '87500.00',
      awardingOrganisationName: String(plans[i]!.data.organisation),
      completedAt: response.awardedAt,
      createdAt: response.awardedAt,
    });
  }
  if (outcomes.length) await em.insertMany(Outcome, outcomes as never);
  return { briefIds, buyerEmails };
}
