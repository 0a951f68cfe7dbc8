import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { ManualClock } from '../../app/clock.js';
import { schemasDir } from '../../commands/schemas.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { importService } from '../services/service.import.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { Brief } from './brief.entity.js';
import { briefClosingScheduleHandler } from './brief.handlers.js';
import { briefApplicationsClosedJob } from './brief.jobs.js';
import { briefStatus, BriefStatus } from './brief.status.js';

let app: TestApp;
const r = rng(5);
const DOS5 = 'digital-outcomes-and-specialists-5';
const schema = JSON.parse(readFileSync(path.join(schemasDir, `briefs-${DOS5}-digital-specialists.json`), 'utf8')) as Record<string, unknown>;
const START = '2024-06-03T09:00:00Z'; // a Monday

beforeAll(async () => {
  app = await createTestApp({ now: START });
});
afterAll(async () => {
  await app?.close();
});

async function buyer(): Promise<{ browser: Browser; email: string }> {
  const user = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
  return { browser: await app.signIn(user.email), email: user.email };
}

/** A supplier with a live DOS 5 service offering developers (eligible for the briefs made here). */
async function supplier(): Promise<Browser> {
  const em = app.orm.em.fork();
  const s = await makeSupplier(em);
  const dos5 = await em.findOneOrFail(Framework, { slug: DOS5 });
  const lot = await em.findOneOrFail(Lot, { slug: 'digital-specialists' });
  await importService(em, new Date(START), { supplier: s, framework: dos5, lot, data: { developerLocations: ['London'], developerPriceMax: '600' } });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, s.id, { wrapped: true }) });
  return app.signIn(user.email);
}

/** A complete digital specialists requirement whose weightings add up to 100. */
function completeAnswers(title: string): Record<string, unknown> {
  return { ...validAnswers(schema, r), title, specialistRole: 'developer', requirementsLength: '2 weeks', technicalWeighting: 60, culturalWeighting: 10, priceWeighting: 30 };
}

const CREATE = `mutation ($a: JSONObject) { createBrief(frameworkSlug: "${DOS5}", lotSlug: "digital-specialists", answers: $a) { id status } }`;
const UPDATE = 'mutation ($id: ID!, $a: JSONObject!) { updateBrief(id: $id, answers: $a) { id data } }';
const PUBLISH = 'mutation ($id: ID!) { publishBrief(id: $id) { status publishedAt applicationsClosedAt clarificationQuestionsClosedAt clarificationQuestionsPublishedBy } }';
const READ = 'query ($id: ID!) { brief(id: $id) { id status data withdrawnReason clarificationQuestions { question answer } users { email } lot { slug } } }';

async function publishedBrief(owner: Browser, title = 'Senior developer for case management'): Promise<string> {
  const id = (await owner.gql<{ createBrief: { id: string } }>(CREATE, { a: { title } })).data!.createBrief.id;
  await owner.gql(UPDATE, { id, a: completeAnswers(title) });
  const res = await owner.gql(PUBLISH, { id });
  if (res.errors) throw new Error(res.errors[0]!.message);
  return id;
}

describe('writing and publishing a brief', () => {
  it('saves pages, refuses bad answers and weightings that do not add up, and publishes only when complete', async () => {
    app.clock.set(START);
    const { browser } = await buyer();
    const created = await browser.gql<{ createBrief: { id: string; status: string } }>(CREATE, { a: { title: 'Content designer' } });
    expect(created.data!.createBrief.status).toBe('DRAFT');
    const id = created.data!.createBrief.id;

    const tooLong = await browser.gql(UPDATE, { id, a: { title: 'x'.repeat(101) } });
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { title: expect.any(String) } });
    const weights = await browser.gql(UPDATE, { id, a: { technicalWeighting: 60, culturalWeighting: 20, priceWeighting: 30 } });
    expect(weights.errors![0]!.extensions!.fieldErrors).toEqual({
      technicalWeighting: 'The weightings must add up to 100%',
      culturalWeighting: 'The weightings must add up to 100%',
      priceWeighting: 'The weightings must add up to 100%',
    });

    const early = await browser.gql(PUBLISH, { id });
    expect(early.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.message).toMatch(/summary/);
    expect(Object.keys(early.errors![0]!.extensions!.fieldErrors!)).toEqual(expect.arrayContaining(['summary', 'essentialRequirements', 'startDate']));
    expect((await app.orm.em.fork().findOneOrFail(Brief, { id: Number(id) })).publishedAt).toBeNull();

    await browser.gql(UPDATE, { id, a: completeAnswers('Content designer') });
    const published = await browser.gql<{ publishBrief: Record<string, string> }>(PUBLISH, { id });
    expect(published.data!.publishBrief).toEqual({
      status: 'LIVE',
      publishedAt: '2024-06-03T09:00:00.000Z',
      applicationsClosedAt: '2024-06-17T23:59:59.000Z',
      clarificationQuestionsClosedAt: '2024-06-10T23:59:59.000Z',
      clarificationQuestionsPublishedBy: '2024-06-14T23:59:59.000Z',
    });
    expect((await browser.gql(PUBLISH, { id })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', briefStatus: 'live' });
    expect((await browser.gql(UPDATE, { id, a: { title: 'Changed' } })).errors![0]).toMatchObject({ message: 'Cannot update a live brief', extensions: { code: 'CONFLICT' } });

    // The closing job is scheduled for the deadline, by the briefs handler of the publishing event.
    await app.events.drain();
    const jobs = await app.orm.em
      .fork()
      .execute<Array<{ start_after: Date }>>(`select start_after from pgboss.job where name = 'briefs.applications-closed' and data->>'briefId' = ?`, [id]);
    expect(jobs.map((j) => new Date(j.start_after).toISOString())).toEqual(['2024-06-17T23:59:59.000Z']);
  });

  it("tells a draft's buyer what is still missing and the dates it would have if published now", async () => {
    app.clock.set(START);
    const { browser } = await buyer();
    const id = (await browser.gql<{ createBrief: { id: string } }>(CREATE, { a: { title: 'Tester' } })).data!.createBrief.id;
    const READ_PLAN =
      'query ($id: ID!) { brief(id: $id) { missingAnswers timetableIfPublishedNow { publishedAt clarificationQuestionsClosedAt clarificationQuestionsPublishedBy applicationsClosedAt } } }';
    type Plan = { brief: { missingAnswers: Record<string, string>; timetableIfPublishedNow: Record<string, string> | null } };
    const draft = (await browser.gql<Plan>(READ_PLAN, { id })).data!.brief;
    expect(Object.keys(draft.missingAnswers)).toEqual(expect.arrayContaining(['summary', 'specialistRole', 'essentialRequirements']));
    expect(draft.missingAnswers).not.toHaveProperty('title');
    expect(draft.timetableIfPublishedNow).toEqual({
      publishedAt: '2024-06-03T09:00:00.000Z',
      clarificationQuestionsClosedAt: '2024-06-10T23:59:59.000Z',
      clarificationQuestionsPublishedBy: '2024-06-14T23:59:59.000Z',
      applicationsClosedAt: '2024-06-17T23:59:59.000Z',
    });
    expect((await browser.gql(UPDATE, { id, a: { ...completeAnswers('Tester'), requirementsLength: '1 week' } })).errors).toBeUndefined();
    const complete = (await browser.gql<Plan>(READ_PLAN, { id })).data!.brief;
    expect(complete.missingAnswers).toEqual({});
    expect(complete.timetableIfPublishedNow).toMatchObject({ clarificationQuestionsClosedAt: '2024-06-05T23:59:59.000Z', applicationsClosedAt: '2024-06-10T23:59:59.000Z' });
    expect((await browser.gql(PUBLISH, { id })).errors).toBeUndefined();
    expect((await browser.gql<Plan>(READ_PLAN, { id })).data!.brief.timetableIfPublishedNow).toBeNull();
  });

  it('clears answers given as null, so a draft that lost an answer cannot be published', async () => {
    app.clock.set(START);
    const { browser } = await buyer();
    const id = (await browser.gql<{ createBrief: { id: string } }>(CREATE, { a: { title: 'Service designer' } })).data!.createBrief.id;
    expect((await browser.gql(UPDATE, { id, a: completeAnswers('Service designer') })).errors).toBeUndefined();
    const cleared = await browser.gql<{ updateBrief: { data: Record<string, unknown> } }>(UPDATE, { id, a: { summary: null, organisation: null } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateBrief.data).not.toHaveProperty('summary');
    expect((await app.orm.em.fork().findOneOrFail(Brief, { id: Number(id) })).data).not.toHaveProperty('summary');
    const early = await browser.gql(PUBLISH, { id });
    expect(early.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(early.errors![0]!.extensions!.fieldErrors!).sort()).toEqual(['organisation', 'summary']);
    expect((await browser.gql(UPDATE, { id, a: {} })).errors![0]).toMatchObject({ message: 'Answer at least one question', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await browser.gql(UPDATE, { id, a: { notAQuestion: null } })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { notAQuestion: expect.any(String) },
    });
  });

  it('is private while a draft, can be shared with another buyer, copied and deleted', async () => {
    app.clock.set(START);
    const owner = await buyer();
    const colleague = await buyer();
    const id = (await owner.browser.gql<{ createBrief: { id: string } }>(CREATE, { a: { title: 'Delivery manager' } })).data!.createBrief.id;
    expect((await app.gql(READ, { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await colleague.browser.gql(UPDATE, { id, a: { title: 'Mine' } })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const admin = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN })).email, 'admin');
    expect((await admin.gql<{ brief: { users: Array<{ email: string }> } }>(READ, { id })).data!.brief.users).toEqual([{ email: owner.email }]);

    expect((await owner.browser.gql('mutation ($id: ID!, $e: String!) { addBriefUser(id: $id, email: $e) { id } }', { id, e: colleague.email })).errors).toBeUndefined();
    expect((await colleague.browser.gql(UPDATE, { id, a: { title: 'Delivery manager (6 months)' } })).errors).toBeUndefined();
    const notBuyer = await owner.browser.gql('mutation ($id: ID!, $e: String!) { addBriefUser(id: $id, email: $e) { id } }', { id, e: 'nobody@example.gov.uk' });
    expect(notBuyer.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    await owner.browser.gql(UPDATE, { id, a: { startDate: '2024-07-01' } });
    const copy = await owner.browser.gql<{ copyBrief: { id: string; data: Record<string, unknown>; isACopy: boolean } }>(
      'mutation ($id: ID!) { copyBrief(id: $id) { id data isACopy } }',
      { id },
    );
    expect(copy.data!.copyBrief).toMatchObject({ isACopy: true, data: { title: 'Delivery manager (6 months) copy' } });
    expect(copy.data!.copyBrief.data).not.toHaveProperty('startDate');
    expect((await colleague.browser.gql<{ myBriefs: Array<{ id: string }> }>('{ myBriefs { id } }')).data!.myBriefs.map((b) => b.id)).toEqual([copy.data!.copyBrief.id, id]);

    expect((await owner.browser.gql('mutation ($id: ID!) { deleteBrief(id: $id) }', { id })).data).toEqual({ deleteBrief: true });
    expect((await owner.browser.gql(READ, { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('after publication', () => {
  it('withdraws with a reason; cancels or marks unsuccessful only once closed; admins reopen unsuccessful ones', async () => {
    app.clock.set(START);
    const owner = await buyer();
    let browser = owner.browser;
    const email = owner.email;
    const a = await publishedBrief(browser);
    const b = await publishedBrief(browser);
    expect((await browser.gql('mutation ($id: ID!) { cancelBrief(id: $id) { status } }', { id: a })).errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      briefStatus: 'live',
    });
    expect((await browser.gql('mutation ($id: ID!) { withdrawBrief(id: $id, reason: "  ") { status } }', { id: a })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const withdrawn = await browser.gql<{ withdrawBrief: { status: string } }>('mutation ($id: ID!) { withdrawBrief(id: $id, reason: "Budget withdrawn") { status } }', { id: a });
    expect(withdrawn.data!.withdrawBrief.status).toBe('WITHDRAWN');
    expect((await app.gql<{ brief: { withdrawnReason: string } }>(READ, { id: a })).data!.brief.withdrawnReason).toBe('Budget withdrawn');
    // Support admins withdraw any live opportunity (DOS administration); other admins cannot.
    const c = await publishedBrief(browser);
    const sourcing = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING })).email, 'admin');
    expect((await sourcing.gql('mutation ($id: ID!) { withdrawBrief(id: $id, reason: "x") { status } }', { id: c })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const categoryAdmin = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
    const byAdmin = await categoryAdmin.gql<{ withdrawBrief: { status: string } }>('mutation ($id: ID!) { withdrawBrief(id: $id, reason: "Posted in error") { status } }', {
      id: c,
    });
    expect(byAdmin.data!.withdrawBrief.status).toBe('WITHDRAWN');
    expect((await categoryAdmin.gql('mutation ($id: ID!) { withdrawBrief(id: $id, reason: "Again") { status } }', { id: c })).errors![0]!.extensions!.code).toBe('CONFLICT');

    app.clock.set('2024-06-17T23:59:58.999Z');
    expect((await app.gql<{ brief: { status: string } }>(READ, { id: b })).data!.brief.status).toBe('LIVE');
    app.clock.set('2024-06-17T23:59:59.000Z');
    expect((await app.gql<{ brief: { status: string } }>(READ, { id: b })).data!.brief.status).toBe('CLOSED');
    browser = await app.signIn(email); // sessions last hours, not weeks
    expect((await browser.gql('mutation ($id: ID!) { withdrawBrief(id: $id, reason: "Too late") { status } }', { id: b })).errors![0]!.extensions!.code).toBe('CONFLICT');
    const unsuccessful = await browser.gql<{ markBriefUnsuccessful: { status: string } }>('mutation ($id: ID!) { markBriefUnsuccessful(id: $id) { status } }', { id: b });
    expect(unsuccessful.data!.markBriefUnsuccessful.status).toBe('UNSUCCESSFUL');
    const category = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
    expect(
      (await category.gql<{ reopenUnsuccessfulBrief: { status: string } }>('mutation ($id: ID!) { reopenUnsuccessfulBrief(id: $id) { status } }', { id: b })).data!
        .reopenUnsuccessfulBrief.status,
    ).toBe('CLOSED');
    expect((await browser.gql<{ cancelBrief: { status: string } }>('mutation ($id: ID!) { cancelBrief(id: $id) { status } }', { id: b })).data!.cancelBrief.status).toBe(
      'CANCELLED',
    );
  });

  it('takes supplier questions privately until the deadline and shows the answers the buyer publishes', async () => {
    app.clock.set(START);
    const owner = await buyer();
    const id = await publishedBrief(owner.browser, 'Data architect');
    const ASK = 'mutation ($id: ID!, $q: String!) { askClarificationQuestion(id: $id, question: $q) }';
    app.clock.set('2024-06-10T23:59:59.000Z');
    const s = await supplier();
    expect((await s.gql(ASK, { id, q: 'Is remote working possible?' })).data).toEqual({ askClarificationQuestion: true });
    await app.events.drain();
    const email = await app.orm.em.fork().findOneOrFail(EmailMessage, { to: owner.email, template: 'brief-clarification-question' });
    expect(email.text).toContain('Is remote working possible?');
    // The supplier gets a copy of what it asked.
    expect(await app.orm.em.fork().count(EmailMessage, { template: 'brief-clarification-question-copy', text: { $like: '%Is remote working possible?%' } })).toBe(1);
    expect((await s.gql(ASK, { id, q: 'word '.repeat(101) })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const stranger = await app.signIn(
      (
        await makeUser(app.orm.em.fork(), {
          role: Role.SUPPLIER,
          supplier: app.orm.em.fork().getReference(Supplier, (await makeSupplier(app.orm.em.fork())).id, { wrapped: true }),
        })
      ).email,
    );
    expect((await stranger.gql(ASK, { id, q: 'Can we apply?' })).errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ON_FRAMEWORK' });

    app.clock.set('2024-06-11T00:00:00.000Z');
    const late = await s.gql(ASK, { id, q: 'And on Fridays?' });
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', deadline: 'clarificationQuestionsClosedAt', clarificationQuestionsClosedAt: '2024-06-10T23:59:59.000Z' });

    const answered = await (
      await app.signIn(owner.email)
    ).gql('mutation ($id: ID!) { publishClarificationQuestion(id: $id, question: "Is remote working possible?", answer: "Yes, 3 days a week.") { id } }', { id });
    expect(answered.errors).toBeUndefined();
    expect((await app.gql<{ brief: { clarificationQuestions: unknown[] } }>(READ, { id })).data!.brief.clarificationQuestions).toEqual([
      { question: 'Is remote working possible?', answer: 'Yes, 3 days a week.' },
    ]);

    // The questions received stay private: its buyers read them (not who asked), nobody else does.
    const RECEIVED = 'query ($id: ID!) { brief(id: $id) { receivedClarificationQuestions { question askedAt } } }';
    expect(
      (await (await app.signIn(owner.email)).gql<{ brief: { receivedClarificationQuestions: unknown[] } }>(RECEIVED, { id })).data!.brief.receivedClarificationQuestions,
    ).toEqual([{ question: 'Is remote working possible?', askedAt: '2024-06-10T23:59:59.000Z' }]);
    for (const other of [s, (await buyer()).browser]) {
      expect((await other.gql<{ brief: { receivedClarificationQuestions: unknown } }>(RECEIVED, { id })).data!.brief.receivedClarificationQuestions).toBeNull();
    }
    expect((await app.gql<{ brief: { receivedClarificationQuestions: unknown } }>(RECEIVED, { id })).data!.brief.receivedClarificationQuestions).toBeNull();
  });

  it('closes once in effect, however often the publishing event is delivered', async () => {
    app.clock.set(START);
    const owner = await buyer();
    const id = Number(await publishedBrief(owner.browser, 'Scrum master'));
    await app.events.drain();
    // The event delivered again, as if the handler's position had not moved: a second job is scheduled…
    const published = {
      id: 0,
      txid: '0',
      type: 'update_brief_status',
      objectType: 'Brief',
      objectId: String(id),
      actorId: null,
      actorEmail: null,
      data: { briefId: id, briefPreviousStatus: 'draft', briefStatus: 'live' },
      createdAt: new Date(START),
    };
    await app.orm.em.fork().transactional((em) =>
      briefClosingScheduleHandler.handle([published], {
        jobId: 'test',
        attempt: 1,
        em,
        clock: app.clock,
        logger: app.logger,
        jobs: app.jobs,
        mailer: null,
        search: app.search,
        content: app.content,
      }),
    );
    const jobs = await app.orm.em
      .fork()
      .execute<Array<{ data: { briefId: number } }>>(`select data from pgboss.job where name = 'briefs.applications-closed' and data->>'briefId' = ?`, [String(id)]);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    // …and every job scheduled runs, yet the brief closes and its buyers are told once.
    for (const job of jobs) {
      await briefApplicationsClosedJob.handle(job.data, {
        jobId: 'test',
        attempt: 1,
        em: app.orm.em.fork(),
        clock: new ManualClock('2024-06-18T00:00:10Z'),
        logger: app.logger,
        jobs: app.jobs,
        mailer: null,
        search: app.search,
        content: app.content,
      });
    }
    await app.events.drain();
    expect(await app.orm.em.fork().count(EmailMessage, { to: owner.email, template: 'brief-applications-closed' })).toBe(1);
    expect(await app.orm.em.fork().count(AuditEvent, { type: AuditType.BRIEF_APPLICATIONS_CLOSED, objectId: String(id) })).toBe(1);
  });

  it('tells the buyers when applications close, once, from the scheduled job', async () => {
    app.clock.set(START);
    const owner = await buyer();
    const id = Number(await publishedBrief(owner.browser, 'Agile coach'));
    const run = (now: string) =>
      briefApplicationsClosedJob.handle(
        { briefId: id },
        {
          jobId: 'test',
          attempt: 1,
          em: app.orm.em.fork(),
          clock: new ManualClock(now),
          logger: app.logger,
          jobs: app.jobs,
          mailer: null,
          search: app.search,
          content: app.content,
        },
      );
    await expect(run('2024-06-17T23:59:58Z')).rejects.toThrow(/not yet/);
    await run('2024-06-18T00:00:10Z');
    await run('2024-06-18T00:00:20Z');
    await app.events.drain();
    const emails = await app.orm.em.fork().find(EmailMessage, { to: owner.email, template: 'brief-applications-closed' });
    expect(emails).toHaveLength(1);
    expect((await app.orm.em.fork().findOneOrFail(Brief, { id })).closedNoticeSentAt?.toISOString()).toBe('2024-06-18T00:00:10.000Z');
  });
});

describe('opportunities', () => {
  it('filters by status with the same rule as the status field, orders live first, newest first, in bounded statements', async () => {
    app.clock.set(START);
    const { email } = await buyer();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      app.clock.set(new Date(Date.parse(START) + i * 4 * 86_400_000));
      ids.push(await publishedBrief(await app.signIn(email), `Opportunity ${i}`));
    }
    app.clock.set('2024-06-22T12:00:00Z'); // the first two have closed, the last two are live
    await (await app.signIn(email)).gql('mutation ($id: ID!) { cancelBrief(id: $id) { id } }', { id: ids[0] });
    const list = (args: string) =>
      app.gql<{ opportunities: { totalCount: number; nodes: Array<{ id: string; status: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
        `{ opportunities(${args}) { totalCount nodes { id status lot { slug } framework { slug } clarificationQuestions { question } } pageInfo { endCursor hasNextPage } } }`,
      );
    const all = (await list('first: 100')).data!.opportunities;
    const mine = all.nodes.filter((n) => ids.includes(n.id));
    expect(mine.map((n) => [n.id, n.status])).toEqual([
      [ids[3], 'LIVE'],
      [ids[2], 'LIVE'],
      [ids[1], 'CLOSED'],
      [ids[0], 'CANCELLED'],
    ]);
    const statuses = [...new Set(all.nodes.map((n) => n.status))];
    for (const status of statuses) {
      const filtered = (await list(`first: 100, status: [${status}]`)).data!.opportunities;
      expect(filtered.nodes.map((n) => n.id).sort()).toEqual(
        all.nodes
          .filter((n) => n.status === status)
          .map((n) => n.id)
          .sort(),
      );
    }
    // the pure rule and the SQL rule agree for every brief, at this moment
    const now = app.clock.now();
    for (const b of await app.orm.em.fork().find(Brief, { publishedAt: { $ne: null } })) {
      expect(all.nodes.find((n) => n.id === String(b.id))?.status).toBe(briefStatus({ ...b, hasAwardedResponse: false }, now).toUpperCase());
    }
    const page = (await list('first: 2')).data!.opportunities;
    const next = (await list(`first: 2, after: "${page.pageInfo.endCursor}"`)).data!.opportunities;
    expect([...page.nodes, ...next.nodes].map((n) => n.id)).toEqual(all.nodes.slice(0, 4).map((n) => n.id));

    app.queries.length = 0;
    await list('first: 100');
    // ids, count, briefs, awarded responses, lots, frameworks, questions
    expect(app.queries.length).toBeLessThanOrEqual(7);
    expect(BriefStatus.LIVE).toBe('live');
  });
});
