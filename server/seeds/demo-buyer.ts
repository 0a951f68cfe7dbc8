import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { Framework } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { User } from '../src/modules/users/user.entity.js';
import type { Supplier } from '../src/modules/suppliers/supplier.entity.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { BriefResponse } from '../src/modules/briefs/brief-response.entity.js';
import { BriefUser } from '../src/modules/briefs/brief-user.entity.js';
import { Outcome, OutcomeResult } from '../src/modules/outcomes/outcome.entity.js';
import { newServiceId } from '../src/modules/services/service-id.js';
import { briefDates, requirementsLength } from '../src/modules/briefs/brief.dates.js';
import { Brief } from '../src/modules/briefs/brief.entity.js';
import { BriefClarificationQuestion } from '../src/modules/briefs/clarification-question.entity.js';
import { importService } from '../src/modules/services/service.import.js';
import { ArchivedService } from '../src/modules/services/archived-service.entity.js';
import { Service, ServiceStatus } from '../src/modules/services/service.entity.js';
import { DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry } from '../src/modules/directaward/project.entity.js';
import { rng, validAnswers, type Rng } from './answers.js';
import { briefAnswers, briefCount, SPECIALIST_ROLES } from './catalogue/briefs.js';
import { isoDate } from './catalogue/text.js';

const DAY = 24 * 3600 * 1000;
const DOS_LOTS = ['digital-outcomes', 'digital-specialists', 'user-research-participants'];

/** Weightings within each lot's allowed ranges that add up to 100. */
function weightings(schema: JsonSchema): Record<string, number> {
  const p = schema.properties as Record<string, { minimum: number; maximum: number }>;
  for (let c = p.culturalWeighting!.minimum; c <= p.culturalWeighting!.maximum; c++) {
    for (let pr = p.priceWeighting!.minimum; pr <= p.priceWeighting!.maximum; pr++) {
      const t = 100 - c - pr;
      if (t >= p.technicalWeighting!.minimum && t <= p.technicalWeighting!.maximum) return { technicalWeighting: t, culturalWeighting: c, priceWeighting: pr };
    }
  }
  throw new Error('no weightings add up to 100');
}

/** DOS 5 services for the demo suppliers (every role the requirements ask for), so that they can respond to them. */
async function seedDosServices(tx: EntityManager, now: Date, dos5: Framework, suppliers: Supplier[]): Promise<void> {
  for (const supplier of suppliers.slice(0, 4)) {
    for (const slug of DOS_LOTS) {
      const data: Record<string, unknown> = { serviceName: `${supplier.name} ${slug.replace(/-/g, ' ')}` };
      if (slug === 'digital-specialists') {
        for (const role of SPECIALIST_ROLES)
          Object.assign(data, { [`${role}Locations`]: ['London', 'North West England'], [`${role}PriceMin`]: '400', [`${role}PriceMax`]: '800' });
      }
      await importService(tx, now, { supplier, framework: dos5, lot: await tx.findOneOrFail(Lot, { slug }), data });
    }
  }
}

/** A complete response to `brief` that meets its requirement counts, available before its start date. */
function responseTo(brief: Brief, lotSlug: string, r: Rng, email: string, readSchema: (name: string) => JsonSchema): Record<string, unknown> {
  const answers = validAnswers(readSchema(`brief-responses-digital-outcomes-and-specialists-5-${lotSlug}`), r);
  const essential = (brief.data.essentialRequirements as string[] | undefined) ?? [];
  const nice = (brief.data.niceToHaveRequirements as string[] | undefined) ?? [];
  // Requirements read "Have worked with…": evidence says "We have worked with…".
  const we = (req: string) => `We ${req.replace(/^Have\b/, 'have')}`;
  answers.essentialRequirements = essential.map((req) => ({ evidence: `${we(req)}, most recently for a central government department.` }));
  answers.niceToHaveRequirements = nice.map((req, i) => (i % 2 ? { yesNo: false } : { yesNo: true, evidence: `${we(req)} on 2 projects in the last 3 years.` }));
  answers.respondToEmailAddress = email;
  if ('availability' in answers) answers.availability = isoDate(new Date((brief.publishedAt ?? new Date()).getTime() + 28 * DAY));
  if (lotSlug === 'digital-specialists') answers.dayRate = '650';
  return answers;
}

/** When each requirement of a lot was published and what happened to it, in days from now: one in every status, and more live ones. */
const PLANS: Array<{ published?: number; withdrawn?: number; cancelled?: number; unsuccessful?: number; awarded?: boolean }> = [
  {},
  { published: -2 },
  { published: -20 },
  { published: -3, withdrawn: -1 },
  { published: -30, cancelled: -10 },
  { published: -40, unsuccessful: -20 },
  { published: -45, awarded: true },
  { published: -1 },
  { published: -6 },
  { published: -10 },
];

/**
 * Requirements from the demo buyer on every DOS 5 lot, one in each status a requirement reaches
 * (draft, live with a published question and a supplier's draft response, closed with responses,
 * withdrawn, cancelled, unsuccessful, awarded) and a few more live ones, with the outcomes recorded.
 */
export async function seedBriefs(tx: EntityManager, clock: Clock, suppliers: Supplier[], readSchema: (name: string) => JsonSchema): Promise<string[]> {
  const dos5 = await tx.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' });
  if (await tx.count(Brief, { framework: dos5.id })) return [];
  const owner = await tx.findOneOrFail(User, { email: 'buyer@example.gov.uk' });
  const now = clock.now().getTime();
  const r = rng(55);
  const days = (n: number) => new Date(now + n * DAY);
  await seedDosServices(tx, days(-60), dos5, suppliers);
  let count = 0;
  let responses = 0;
  for (const slug of DOS_LOTS) {
    const lot = await tx.findOneOrFail(Lot, { slug });
    const schema = readSchema(`briefs-digital-outcomes-and-specialists-5-${slug}`);
    for (const [i, plan] of PLANS.slice(0, briefCount(slug)).entries()) {
      const publishedAt = plan.published === undefined ? null : days(plan.published);
      const { data: answers, city } = briefAnswers(schema, slug, i, publishedAt ?? days(0), r);
      const data = { ...answers, ...weightings(schema) };
      if ('requirementsLength' in (schema.properties as object)) data.requirementsLength = '2 weeks';
      const brief = tx.create(Brief, {
        framework: dos5,
        lot,
        data,
        createdAt: days((plan.published ?? 0) - 1),
        updatedAt: days(plan.published ?? 0),
        publishedAt,
        applicationsClosedAt: publishedAt ? briefDates(publishedAt, requirementsLength(data)).applicationsClosedAt : null,
        withdrawnAt: plan.withdrawn === undefined ? null : days(plan.withdrawn),
        withdrawnReason: plan.withdrawn === undefined ? null : 'The budget for this work was withdrawn.',
        cancelledAt: plan.cancelled === undefined ? null : days(plan.cancelled),
        unsuccessfulAt: plan.unsuccessful === undefined ? null : days(plan.unsuccessful),
        closedNoticeSentAt: publishedAt && (plan.published ?? 0) <= -20 ? days((plan.published ?? 0) + 15) : null,
      });
      tx.create(BriefUser, { brief, user: owner });
      if (plan.published === -2) {
        tx.create(BriefClarificationQuestion, {
          brief,
          question: 'Can the work be done remotely?',
          answer: `Yes, with a day every 2 weeks in our ${city} office.`,
          publishedAt: days(-1),
        });
        tx.create(BriefResponse, { brief, supplier: suppliers[0]!, data: { availability: isoDate(days(30)) }, createdAt: days(-1) });
        responses += 1;
      }
      if (publishedAt && (plan.published ?? 0) <= -20) {
        const made = [suppliers[1]!, suppliers[2]!].map((supplier, n) =>
          tx.create(BriefResponse, {
            brief,
            supplier,
            data: responseTo(brief, slug, r, `bids+${n}@example.com`, readSchema),
            createdAt: days((plan.published ?? 0) + 3),
            submittedAt: days((plan.published ?? 0) + 4),
          }),
        );
        responses += made.length;
        await tx.flush();
        const closed = days((plan.published ?? 0) + 16);
        if (plan.awarded) {
          const award = { awardedContractStartDate: isoDate(days(-5)), awardedContractValue: '87500.00' };
          Object.assign(made[0]!, { awardDetails: award, awardedAt: closed });
          tx.create(Outcome, {
            externalId: newServiceId(),
            result: OutcomeResult.AWARDED,
            brief,
            briefResponse: made[0]!,
            startDate: award.awardedContractStartDate,
            awardValue: award.awardedContractValue,
            awardingOrganisationName: String(data.organisation),
            completedAt: closed,
            createdAt: closed,
          });
        }
        if (plan.cancelled !== undefined)
          tx.create(Outcome, { externalId: newServiceId(), result: OutcomeResult.CANCELLED, brief, completedAt: days(plan.cancelled), createdAt: days(plan.cancelled) });
        if (plan.unsuccessful !== undefined)
          tx.create(Outcome, { externalId: newServiceId(), result: OutcomeResult.NONE_SUITABLE, brief, completedAt: days(plan.unsuccessful), createdAt: days(plan.unsuccessful) });
      }
      count += 1;
    }
  }
  return [`${count} DOS 5 requirements from the demo buyer on every lot in every status, ${responses} supplier responses, outcomes recorded`];
}

/** The demo buyer's direct award projects, one at each stage from searching to an outcome. */
export async function seedDirectAward(tx: EntityManager, clock: Clock): Promise<string[]> {
  const buyer = await tx.findOneOrFail(User, { email: 'buyer@example.gov.uk' });
  if (await tx.count(DirectAwardProjectUser, { user: buyer.id })) return [];
  const now = clock.now().getTime();
  const days = (n: number) => new Date(now + n * DAY);
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const hosting = await tx.find(Service, { framework: g13.id, lot: { slug: 'cloud-hosting' }, status: ServiceStatus.PUBLISHED }, { orderBy: { id: 'asc' }, limit: 4 });
  const snapshots = await Promise.all(hosting.map((svc) => tx.findOneOrFail(ArchivedService, { service: svc.id }, { orderBy: { id: 'desc' } })));
  const stages = ['Searching', 'Search ended', 'Results downloaded', 'Assessing services', 'Contract awarded', 'Work cancelled'];
  for (const [i, stage] of stages.entries()) {
    const project = tx.create(DirectAwardProject, { externalId: newServiceId(), name: `Hosting for the ${stage.toLowerCase()} project`, createdAt: days(-30 + i) });
    tx.create(DirectAwardProjectUser, { project, user: buyer });
    const search = tx.create(DirectAwardSearch, { project, createdBy: buyer, query: { q: 'hosting', lot: 'cloud-hosting' }, createdAt: days(-30 + i) });
    if (i >= 1 && i <= 4) {
      project.lockedAt = days(-20 + i);
      search.searchedAt = project.lockedAt;
      for (const snapshot of snapshots) tx.create(DirectAwardSearchResultEntry, { search, archivedService: snapshot });
    }
    if (i >= 2 && i <= 4) project.downloadedAt = days(-18 + i);
    if (i >= 3 && i <= 4) project.readyToAssessAt = days(-15 + i);
    if (i === 4 && snapshots[0]) {
      tx.create(Outcome, {
        externalId: newServiceId(),
        result: OutcomeResult.AWARDED,
        directAwardProject: project,
        directAwardSearch: search,
        directAwardArchivedService: snapshots[0],
        startDate: days(5).toISOString().slice(0, 10),
        endDate: days(370).toISOString().slice(0, 10),
        awardValue: '48000.00',
        awardingOrganisationName: 'Leeds City Council',
        completedAt: days(-2),
        createdAt: days(-3),
      });
    }
    if (i === 5) tx.create(Outcome, { externalId: newServiceId(), result: OutcomeResult.CANCELLED, directAwardProject: project, completedAt: days(-1), createdAt: days(-1) });
  }
  return [`${stages.length} direct award projects for the demo buyer, one at each stage`];
}

/**
 * The evaluating journey buyer's requirements (evaluator@example.gov.uk), dated from the clock at
 * the first load: one live with questions still open (a supplier asks, the buyer publishes the
 * answer), one closed with responses awaiting the outcome, one live with responses that closes in 4
 * days (the award journey restarts its stack past that), and one closed to be cancelled. Only
 * Agile Delivery Partners and Bright Research Studio respond: the suppliers of the supplier journeys
 * have made no applications.
 */
const EVALUATOR_PLANS: Array<{ lot: string; index: number; title: string; published: number; responders: number[] }> = [
  { lot: 'digital-outcomes', index: 6, title: 'Report fly-tipping with a photo and a map', published: -1, responders: [] },
  { lot: 'digital-outcomes', index: 9, title: 'Clearer flood warning messages', published: -20, responders: [1, 2] },
  { lot: 'digital-outcomes', index: 4, title: 'Accessible benefits eligibility checker', published: -10, responders: [2, 1] },
  { lot: 'user-research-participants', index: 8, title: 'Residents reporting noise at night', published: -25, responders: [1] },
];

export async function seedEvaluatorBriefs(tx: EntityManager, clock: Clock, suppliers: Supplier[], readSchema: (name: string) => JsonSchema): Promise<string[]> {
  if (!(await seedJourneyBriefs(tx, clock, suppliers, readSchema, 'evaluator@example.gov.uk', EVALUATOR_PLANS, 77))) return [];
  return [`${EVALUATOR_PLANS.length} DOS 5 requirements for the evaluating journey buyer (live with questions open, closed with responses, live with responses, closed to cancel)`];
}

/**
 * A live requirement of its own buyer (withdrawn-buyer@example.gov.uk) that a support admin
 * withdraws in the AD14 journey, so that no other journey's opportunity disappears.
 */
const WITHDRAWN_PLANS: typeof EVALUATOR_PLANS = [{ lot: 'user-research-participants', index: 3, title: 'Parents applying for school transport', published: -3, responders: [] }];

export async function seedWithdrawnBrief(tx: EntityManager, clock: Clock, suppliers: Supplier[], readSchema: (name: string) => JsonSchema): Promise<string[]> {
  if (!(await seedJourneyBriefs(tx, clock, suppliers, readSchema, 'withdrawn-buyer@example.gov.uk', WITHDRAWN_PLANS, 78))) return [];
  return ['a live DOS 5 requirement for the admin withdrawal journey'];
}

/** A journey buyer's requirements from its plans; false when the buyer has some already (re-running changes nothing). */
async function seedJourneyBriefs(
  tx: EntityManager,
  clock: Clock,
  suppliers: Supplier[],
  readSchema: (name: string) => JsonSchema,
  email: string,
  plans: typeof EVALUATOR_PLANS,
  seed: number,
): Promise<boolean> {
  const buyer = await tx.findOneOrFail(User, { email });
  if (await tx.count(BriefUser, { user: buyer.id })) return false;
  const dos5 = await tx.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' });
  const now = clock.now().getTime();
  const r = rng(seed);
  const days = (n: number) => new Date(now + n * DAY);
  for (const plan of plans) {
    const lot = await tx.findOneOrFail(Lot, { slug: plan.lot });
    const schema = readSchema(`briefs-digital-outcomes-and-specialists-5-${plan.lot}`);
    const publishedAt = days(plan.published);
    const { data: answers } = briefAnswers(schema, plan.lot, plan.index, publishedAt, r);
    const data: Record<string, unknown> = { ...answers, ...weightings(schema), title: plan.title };
    if ('requirementsLength' in (schema.properties as object)) data.requirementsLength = '2 weeks';
    const brief = tx.create(Brief, {
      framework: dos5,
      lot,
      data,
      createdAt: days(plan.published - 2),
      updatedAt: publishedAt,
      publishedAt,
      applicationsClosedAt: briefDates(publishedAt, requirementsLength(data)).applicationsClosedAt,
      closedNoticeSentAt: plan.published <= -20 ? days(plan.published + 15) : null,
    });
    tx.create(BriefUser, { brief, user: buyer });
    for (const [n, s] of plan.responders.entries()) {
      tx.create(BriefResponse, {
        brief,
        supplier: suppliers[s]!,
        data: responseTo(brief, plan.lot, r, `opportunities+${s}@example.com`, readSchema),
        createdAt: days(plan.published + 2 + n),
        submittedAt: days(plan.published + 3 + n),
      });
    }
  }
  return true;
}
