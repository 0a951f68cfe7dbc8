import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { Outcome, OutcomeResult } from '../outcomes/outcome.entity.js';
import { importService } from '../services/service.import.js';
import { OrganisationSize, Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { BriefResponse } from './brief-response.entity.js';
import { buyersMaximumDayRate } from './brief-response.service.js';

let app: TestApp;
const r = rng(9);
const DOS5 = 'digital-outcomes-and-specialists-5';
const START = '2024-06-03T09:00:00Z';
const CLOSED = '2024-06-18T09:00:00Z';
const briefSchema = JSON.parse(readFileSync(path.join(schemasDir, `briefs-${DOS5}-digital-specialists.json`), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp({ now: START });
});
afterAll(async () => {
  await app?.close();
});

interface Person {
  email: string;
  signIn(): Promise<Browser>;
}

const person = (email: string): Person => ({ email, signIn: () => app.signIn(email) });

/** A buyer with a live digital specialists requirement for developers: 2 essential, 1 nice-to-have. */
async function liveBrief(budgetRange = 'Up to £600 a day') {
  app.clock.set(START);
  const user = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
  const b = await app.signIn(user.email);
  const answers = {
    ...validAnswers(briefSchema, r),
    title: 'Developer for a planning service',
    specialistRole: 'developer',
    requirementsLength: '2 weeks',
    essentialRequirements: ['Node.js', 'PostgreSQL'],
    niceToHaveRequirements: ['GOV.UK Frontend'],
    budgetRange,
    technicalWeighting: 60,
    culturalWeighting: 10,
    priceWeighting: 30,
  };
  const id = (
    await b.gql<{ createBrief: { id: string } }>(`mutation ($a: JSONObject) { createBrief(frameworkSlug: "${DOS5}", lotSlug: "digital-specialists", answers: $a) { id } }`, {
      a: answers,
    })
  ).data!.createBrief.id;
  const published = await b.gql('mutation ($id: ID!) { publishBrief(id: $id) { id } }', { id });
  if (published.errors) throw new Error(published.errors[0]!.message);
  return { id, buyer: person(user.email) };
}

/** A supplier with a live DOS 5 service on a lot (offering the given roles). */
async function dosSupplier(opts: { lot?: string; roles?: string[]; maxRate?: string; name?: string } = {}) {
  const em = app.orm.em.fork();
  const s = await makeSupplier(em, opts.name ? { name: opts.name } : {});
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, s.id, { wrapped: true }) });
  if (opts.lot) {
    const data: Record<string, unknown> = { serviceName: 'Specialists' };
    for (const role of opts.roles ?? []) Object.assign(data, { [`${role}Locations`]: ['London'], [`${role}PriceMin`]: '300', [`${role}PriceMax`]: opts.maxRate ?? '700' });
    await importService(em, new Date(START), {
      supplier: s,
      framework: await em.findOneOrFail(Framework, { slug: DOS5 }),
      lot: await em.findOneOrFail(Lot, { slug: opts.lot }),
      data,
    });
  }
  return { supplier: s, user: person(user.email) };
}

const answers = (extra: Record<string, unknown> = {}) => ({
  availability: '2024-07-01',
  dayRate: '550',
  essentialRequirementsMet: true,
  essentialRequirements: [{ evidence: 'Built three Node.js services for a council' }, { evidence: 'Ran PostgreSQL at scale' }],
  niceToHaveRequirements: [{ yesNo: true, evidence: 'Used it on two services' }],
  respondToEmailAddress: 'bids@supplier.example.com',
  ...extra,
});

const CREATE = 'mutation ($b: ID!, $a: JSONObject) { createBriefResponse(briefId: $b, answers: $a) { id status } }';
const UPDATE = 'mutation ($id: ID!, $a: JSONObject!) { updateBriefResponse(id: $id, answers: $a) { id status } }';
const SUBMIT = 'mutation ($id: ID!) { submitBriefResponse(id: $id) { id status submittedAt } }';

describe('responding to an opportunity', () => {
  it('is only for eligible suppliers, with the reason when not', async () => {
    const { id } = await liveBrief();
    const notOn = await dosSupplier();
    const otherLot = await dosSupplier({ lot: 'digital-outcomes' });
    const otherRole = await dosSupplier({ lot: 'digital-specialists', roles: ['designer'] });
    for (const [s, reason] of [
      [notOn, 'NOT_ON_FRAMEWORK'],
      [otherLot, 'NO_SERVICE_ON_LOT'],
      [otherRole, 'ROLE_NOT_OFFERED'],
    ] as const) {
      const b = await s.user.signIn();
      const res = await b.gql(CREATE, { b: id });
      expect(res.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', reason });
      expect(
        (await b.gql<{ brief: { myEligibility: unknown } }>('query ($id: ID!) { brief(id: $id) { myEligibility { eligible reason } } }', { id })).data!.brief.myEligibility,
      ).toEqual({ eligible: false, reason });
    }
  });

  it('saves pages with the requirement-count and day-rate rules, submits once complete, once per supplier', async () => {
    const { id } = await liveBrief();
    const s = await dosSupplier({ lot: 'digital-specialists', roles: ['developer'], maxRate: '580' });
    const b = await s.user.signIn();
    const created = await b.gql<{ createBriefResponse: { id: string; status: string } }>(CREATE, { b: id, a: { availability: '2024-07-01' } });
    expect(created.data!.createBriefResponse.status).toBe('DRAFT');
    const rid = created.data!.createBriefResponse.id;
    expect((await b.gql(CREATE, { b: id })).errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });

    const oneShort = await b.gql(UPDATE, { id: rid, a: { essentialRequirements: [{ evidence: 'Only one' }] } });
    expect(oneShort.errors![0]!.extensions!.fieldErrors).toEqual({ essentialRequirements: 'Give evidence for each of the 2 essential requirements' });
    const overOwn = await b.gql(UPDATE, { id: rid, a: { dayRate: '590' } });
    expect(overOwn.errors![0]!.extensions!.fieldErrors).toEqual({ dayRate: 'Day rate cannot be more than the maximum day rate you’ve already provided' });
    const notMoney = await b.gql(UPDATE, { id: rid, a: { dayRate: 'five hundred' } });
    expect(notMoney.errors![0]!.extensions!.fieldErrors).toHaveProperty('dayRate');
    const niceNoEvidence = await b.gql(UPDATE, { id: rid, a: { niceToHaveRequirements: [{ yesNo: true }] } });
    expect(niceNoEvidence.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    expect((await b.gql(SUBMIT, { id: rid })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // null clears an answer of a draft response
    expect((await b.gql(UPDATE, { id: rid, a: { availability: null } })).errors).toBeUndefined();
    expect((await app.orm.em.fork().findOneOrFail(BriefResponse, { id: Number(rid) })).data).not.toHaveProperty('availability');
    expect((await b.gql(UPDATE, { id: rid, a: answers() })).errors).toBeUndefined();
    const submitted = await b.gql<{ submitBriefResponse: { status: string } }>(SUBMIT, { id: rid });
    expect(submitted.data!.submitBriefResponse.status).toBe('SUBMITTED');
    // still editable while live, but it must stay complete
    expect((await b.gql(UPDATE, { id: rid, a: { dayRate: '560' } })).errors).toBeUndefined();
    expect((await b.gql(UPDATE, { id: rid, a: { dayRate: '0579.99000' } })).errors).toBeUndefined();
    const clearedWhenSubmitted = await b.gql(UPDATE, { id: rid, a: { availability: null } });
    expect(clearedWhenSubmitted.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { availability: expect.any(String) } });
    expect((await b.gql(UPDATE, { id: rid, a: { notAQuestion: null } })).errors![0]!.extensions!.fieldErrors).toEqual({ notAQuestion: 'This question is not part of this lot' });

    app.clock.set(CLOSED);
    const late = await (await s.user.signIn()).gql(UPDATE, { id: rid, a: { dayRate: '540' } });
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', deadline: 'applicationsClosedAt', applicationsClosedAt: '2024-06-17T23:59:59.000Z' });
  });

  it("keeps the buyer's maximum day rate when the budget states one amount", async () => {
    expect(buyersMaximumDayRate('Up to £600 a day')).toBe('600');
    expect(buyersMaximumDayRate('£1,200 per day')).toBe('1200');
    expect(buyersMaximumDayRate('Up to £0650.50 a day')).toBe('650.5');
    expect(buyersMaximumDayRate('£400 to £600')).toBeNull();
    expect(buyersMaximumDayRate(undefined)).toBeNull();
    const { id } = await liveBrief('£500 per day');
    const s = await dosSupplier({ lot: 'digital-specialists', roles: ['developer'], maxRate: '700' });
    const res = await (await s.user.signIn()).gql(CREATE, { b: id, a: { dayRate: '550' } });
    expect(res.errors![0]!.extensions!.fieldErrors).toEqual({ dayRate: 'Day rate cannot be more than the buyer’s maximum of £500' });
  });
});

describe('the buyer and the outcome', () => {
  async function closedWithResponses() {
    const { id, buyer } = await liveBrief();
    const responders = [];
    for (const [name, nice] of [
      ['Zeta Digital', false],
      ['Alpha Devs', true],
    ] as const) {
      const s = await dosSupplier({ lot: 'digital-specialists', roles: ['developer'], name });
      const b = await s.user.signIn();
      const rid = (
        await b.gql<{ createBriefResponse: { id: string } }>(CREATE, {
          b: id,
          a: answers({
            niceToHaveRequirements: [nice ? { yesNo: true, evidence: 'Yes, twice' } : { yesNo: false }],
            respondToEmailAddress: `bids@${name.split(' ')[0]!.toLowerCase()}.example.com`,
          }),
        })
      ).data!.createBriefResponse.id;
      await b.gql(SUBMIT, { id: rid });
      responders.push({ ...s, rid });
    }
    const drafter = await dosSupplier({ lot: 'digital-specialists', roles: ['developer'] });
    const draftId = (await (await drafter.user.signIn()).gql<{ createBriefResponse: { id: string } }>(CREATE, { b: id, a: { availability: '2024-07-01' } })).data!
      .createBriefResponse.id;
    return { id, buyer, responders, draftId };
  }

  it('sees submitted responses only after closing, downloads them, and awards in two steps', async () => {
    const { id, buyer, responders, draftId } = await closedWithResponses();
    const RESPONSES = 'query ($id: ID!) { brief(id: $id) { status responseCount responses { id supplier { name } status } } }';
    const live = await (await buyer.signIn()).gql<{ brief: { responses: unknown; responseCount: number } }>(RESPONSES, { id });
    expect(live.data!.brief).toMatchObject({ responses: null, responseCount: 2 });
    // another supplier never sees a competitor's response
    expect((await (await responders[0]!.user.signIn()).gql('query ($id: ID!) { briefResponse(id: $id) { id } }', { id: responders[1]!.rid })).errors![0]!.extensions!.code).toBe(
      'NOT_FOUND',
    );

    app.clock.set(CLOSED);
    const owner = await buyer.signIn();
    const closed = await owner.gql<{ brief: { status: string; responses: Array<{ supplier: { name: string } }> } }>(RESPONSES, { id });
    expect(closed.data!.brief.status).toBe('CLOSED');
    expect(closed.data!.brief.responses.map((x) => x.supplier.name).sort()).toEqual(['Alpha Devs', 'Zeta Digital']);
    const otherBuyer = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.BUYER })).email);
    expect((await otherBuyer.gql<{ brief: { responses: unknown } }>(RESPONSES, { id })).data!.brief.responses).toBeNull();
    expect((await otherBuyer.gql('query ($id: ID!) { briefResponse(id: $id) { id } }', { id: responders[0]!.rid })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const EXPORT = 'query ($id: ID!, $f: ExportFormat!) { briefResponsesExport(briefId: $id, format: $f) { filename contentType base64 } }';
    const csv = (await owner.gql<{ briefResponsesExport: { filename: string; base64: string } }>(EXPORT, { id, f: 'CSV' })).data!.briefResponsesExport;
    expect(csv.filename).toBe('supplier-responses-developer-for-a-planning-service.csv');
    const lines = Buffer.from(csv.base64, 'base64').toString().split('\r\n');
    expect(lines[1]).toBe('Supplier,Alpha Devs,Zeta Digital');
    expect(lines).toContain('Nice-to-have: GOV.UK Frontend,"Yes: Yes, twice",No');
    const ods = (await owner.gql<{ briefResponsesExport: { filename: string; base64: string } }>(EXPORT, { id, f: 'ODS' })).data!.briefResponsesExport;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ods-')), ods.filename);
    writeFileSync(file, Buffer.from(ods.base64, 'base64'));
    expect(execFileSync('unzip', ['-p', file, 'content.xml']).toString()).toContain('<text:p>Essential: Node.js</text:p>');
    expect((await otherBuyer.gql(EXPORT, { id, f: 'CSV' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const CHOOSE = 'mutation ($b: ID!, $r: ID!) { chooseWinningResponse(briefId: $b, responseId: $r) { status } }';
    expect((await owner.gql(CHOOSE, { b: id, r: draftId })).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await owner.gql(CHOOSE, { b: id, r: responders[0]!.rid })).data).toEqual({ chooseWinningResponse: { status: 'PENDING_AWARDED' } });
    expect((await owner.gql(CHOOSE, { b: id, r: responders[1]!.rid })).data).toEqual({ chooseWinningResponse: { status: 'PENDING_AWARDED' } });
    const AWARD = 'mutation ($b: ID!, $r: ID!, $d: String!, $v: String!) { awardContract(briefId: $b, responseId: $r, startDate: $d, value: $v) { status awardDetails } }';
    expect((await owner.gql(AWARD, { b: id, r: responders[0]!.rid, d: '2024-07-01', v: '100.00' })).errors![0]!.extensions!.code).toBe('CONFLICT');
    const badMoney = await owner.gql(AWARD, { b: id, r: responders[1]!.rid, d: '2024-07-01', v: '12,000' });
    expect(badMoney.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { awardedContractValue: expect.any(String) } });
    // More than outcomes can hold is refused as input, not left to the database.
    const huge = await owner.gql(AWARD, { b: id, r: responders[1]!.rid, d: '2024-07-01', v: '1000000000.00' });
    expect(huge.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { awardedContractValue: expect.any(String) } });
    const awarded = await owner.gql(AWARD, { b: id, r: responders[1]!.rid, d: '2024-07-01', v: '0125000.5000' });
    expect(awarded.data).toEqual({ awardContract: { status: 'AWARDED', awardDetails: { awardedContractStartDate: '2024-07-01', awardedContractValue: '125000.50' } } });

    // The public sees who won, and the size of the company.
    await app.orm.em.fork().nativeUpdate(Supplier, { name: 'Alpha Devs' }, { organisationSize: OrganisationSize.MEDIUM });
    const after = await app.gql<{ brief: { status: string; outcome: { result: string; awardValue: string; startDate: string } } }>(
      'query ($id: ID!) { brief(id: $id) { status outcome { result awardValue startDate awardedSupplier { name organisationSize } } } }',
      { id },
    );
    expect(after.data!.brief).toEqual({
      status: 'AWARDED',
      outcome: { result: 'AWARDED', awardValue: '125000.50', startDate: '2024-07-01', awardedSupplier: { name: 'Alpha Devs', organisationSize: 'MEDIUM' } },
    });
    const statuses = await app.gql<{ opportunities: { nodes: Array<{ id: string; status: string }> } }>('{ opportunities(first: 100, status: [AWARDED]) { nodes { id status } } }');
    expect(statuses.data!.opportunities.nodes.map((n) => n.id)).toContain(id);
    await app.events.drain();
    const em = app.orm.em.fork();
    expect(
      (await em.find(EmailMessage, { template: 'brief-outcome', to: { $in: ['bids@alpha.example.com', 'bids@zeta.example.com'] } })).map((e) => [e.to, e.subject]).sort(),
    ).toEqual([
      ['bids@alpha.example.com', 'You’ve won the contract for ‘Developer for a planning service’'],
      ['bids@zeta.example.com', 'The contract for ‘Developer for a planning service’ has been awarded'],
    ]);
    const cancelled = await owner.gql('mutation ($id: ID!) { cancelBrief(id: $id) { id } }', { id });
    expect(cancelled.errors![0]).toMatchObject({ message: 'Cannot change an awarded brief', extensions: { code: 'CONFLICT', briefStatus: 'awarded' } });

    // The status filter runs the status rule in SQL: it agrees with the field for every status.
    const winner = await responders[1]!.user.signIn();
    const loser = await responders[0]!.user.signIn();
    const mine = (b: Browser, status: string) => b.gql<{ myBriefResponses: Array<{ id: string; status: string }> }>(`{ myBriefResponses(status: [${status}]) { id status } }`);
    expect((await mine(winner, 'AWARDED')).data!.myBriefResponses).toEqual([{ id: responders[1]!.rid, status: 'AWARDED' }]);
    expect((await mine(winner, 'SUBMITTED')).data!.myBriefResponses).toEqual([]);
    expect((await mine(loser, 'SUBMITTED')).data!.myBriefResponses).toEqual([{ id: responders[0]!.rid, status: 'SUBMITTED' }]);
    const admin = await app.signIn((await makeUser(em, { role: Role.ADMIN })).email, 'admin');
    const undone = await admin.gql<{ unawardContract: { status: string } }>('mutation ($b: ID!, $r: ID!) { unawardContract(briefId: $b, responseId: $r) { status } }', {
      b: id,
      r: responders[1]!.rid,
    });
    expect(undone.data!.unawardContract.status).toBe('PENDING_AWARDED');
    expect((await mine(await responders[1]!.user.signIn(), 'PENDING_AWARDED')).data!.myBriefResponses.map((x) => x.status)).toEqual(['PENDING_AWARDED']);
    expect(await app.orm.em.fork().count(Outcome, { brief: Number(id) })).toBe(0);
  });

  it('records a cancelled outcome and tells the responders', async () => {
    const { id, buyer } = await closedWithResponses();
    app.clock.set(CLOSED);
    const res = await (
      await buyer.signIn()
    ).gql<{ cancelBrief: { status: string; outcome: { result: string } } }>(
      'mutation ($id: ID!) { cancelBrief(id: $id) { status cancelledAt outcome { result awardedSupplier { name } } } }',
      { id },
    );
    expect(res.data!.cancelBrief).toEqual({ status: 'CANCELLED', cancelledAt: '2024-06-18T09:00:00.000Z', outcome: { result: 'CANCELLED', awardedSupplier: null } });
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(Outcome, { brief: Number(id) })).result).toBe(OutcomeResult.CANCELLED);
    await app.events.drain();
    expect(await em.count(EmailMessage, { template: 'brief-outcome', subject: '‘Developer for a planning service’ has been cancelled' })).toBeGreaterThanOrEqual(2);
  });

  it('lists opportunities with lot, framework, questions and response counts in a bounded number of statements', async () => {
    await closedWithResponses();
    app.queries.length = 0;
    const res = await app.gql<{ opportunities: { nodes: Array<{ responseCount: number }> } }>(
      '{ opportunities(first: 100) { nodes { id status responseCount lot { slug } framework { slug } clarificationQuestions { question } outcome { result } } } }',
    );
    expect(res.data!.opportunities.nodes.length).toBeGreaterThan(3);
    expect(app.queries.length).toBeLessThanOrEqual(5);
  });
});
