import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { ManualClock } from '../../app/clock.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { importService } from '../services/service.import.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { Brief } from './brief.entity.js';
import { briefApplicationsClosedJob } from './brief.jobs.js';

let app: TestApp;
const DOS5 = 'digital-outcomes-and-specialists-5';
const schema = JSON.parse(readFileSync(path.join(schemasDir, `briefs-${DOS5}-digital-outcomes.json`), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp({ now: '2024-09-05T14:00:00Z' }); // a Thursday
});
afterAll(async () => {
  await app?.close();
});

describe('the DOS cycle', () => {
  it('write → publish → ask → answer → respond → close → award, with the clock moving through the deadlines', async () => {
    const em = app.orm.em.fork();
    const buyerUser = await makeUser(em, { role: Role.BUYER });
    const supplier = await makeSupplier(em, { name: 'Cycle Digital Ltd' });
    const supplierUser = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
    await importService(em, new Date('2024-01-01T00:00:00Z'), {
      supplier,
      framework: await em.findOneOrFail(Framework, { slug: DOS5 }),
      lot: await em.findOneOrFail(Lot, { slug: 'digital-outcomes' }),
      data: { serviceName: 'Outcomes' },
    });
    const asBuyer = () => app.signIn(buyerUser.email);
    const asSupplier = () => app.signIn(supplierUser.email);

    // write
    const answers = {
      ...validAnswers(schema, rng(3)),
      title: 'Digital waste permits alpha',
      essentialRequirements: ['Alpha experience'],
      niceToHaveRequirements: [],
      technicalWeighting: 60,
      culturalWeighting: 10,
      priceWeighting: 30,
    };
    const buyer = await asBuyer();
    const id = (
      await buyer.gql<{ createBrief: { id: string } }>(`mutation ($a: JSONObject) { createBrief(frameworkSlug: "${DOS5}", lotSlug: "digital-outcomes", answers: $a) { id } }`, {
        a: answers,
      })
    ).data!.createBrief.id;
    // publish
    const published = await buyer.gql<{ publishBrief: Record<string, string> }>(
      'mutation ($id: ID!) { publishBrief(id: $id) { status applicationsClosedAt clarificationQuestionsClosedAt } }',
      { id },
    );
    expect(published.data!.publishBrief).toEqual({ status: 'LIVE', applicationsClosedAt: '2024-09-19T23:59:59.000Z', clarificationQuestionsClosedAt: '2024-09-12T23:59:59.000Z' });

    // ask (Monday) and answer
    app.clock.set('2024-09-09T10:00:00Z');
    expect((await (await asSupplier()).gql('mutation ($id: ID!) { askClarificationQuestion(id: $id, question: "Is there an existing team?") }', { id })).data).toEqual({
      askClarificationQuestion: true,
    });
    expect(
      (
        await (
          await asBuyer()
        ).gql('mutation ($id: ID!) { publishClarificationQuestion(id: $id, question: "Is there an existing team?", answer: "Yes, two developers.") { id } }', { id })
      ).errors,
    ).toBeUndefined();
    // The list shows the same answers and questions as the brief's page.
    const QUESTIONS = 'data clarificationQuestions { id question answer publishedAt }';
    const listed = (
      await app.gql<{ opportunities: { nodes: Array<{ id: string; clarificationQuestions: unknown[] }> } }>(`{ opportunities(first: 50) { nodes { id ${QUESTIONS} } } }`)
    ).data!;
    const page = (await app.gql<{ brief: { data: object; clarificationQuestions: unknown[] } }>(`query ($id: ID!) { brief(id: $id) { ${QUESTIONS} } }`, { id })).data!;
    expect(page.brief.clarificationQuestions).toEqual([expect.objectContaining({ question: 'Is there an existing team?', answer: 'Yes, two developers.' })]);
    expect(listed.opportunities.nodes.find((n) => n.id === id)).toEqual({ id, ...page.brief });
    expect(Object.keys(page.brief.data).length).toBeGreaterThan(3);

    // respond
    app.clock.set('2024-09-16T10:00:00Z');
    const s = await asSupplier();
    const rid = (
      await s.gql<{ createBriefResponse: { id: string } }>('mutation ($b: ID!, $a: JSONObject) { createBriefResponse(briefId: $b, answers: $a) { id } }', {
        b: id,
        a: {
          availability: '2024-10-01',
          essentialRequirementsMet: true,
          essentialRequirements: [{ evidence: 'Ran three alphas' }],
          niceToHaveRequirements: [],
          respondToEmailAddress: 'bids@cycle.example.com',
        },
      })
    ).data!.createBriefResponse.id;
    expect(
      (await s.gql<{ submitBriefResponse: { status: string } }>('mutation ($id: ID!) { submitBriefResponse(id: $id) { status } }', { id: rid })).data!.submitBriefResponse.status,
    ).toBe('SUBMITTED');

    // close: one millisecond before and at the deadline, then the closing job tells the buyer
    app.clock.set('2024-09-19T23:59:58.999Z');
    expect((await app.gql<{ brief: { status: string } }>('query ($id: ID!) { brief(id: $id) { status } }', { id })).data!.brief.status).toBe('LIVE');
    app.clock.set('2024-09-20T00:00:30Z');
    expect((await app.gql<{ brief: { status: string } }>('query ($id: ID!) { brief(id: $id) { status } }', { id })).data!.brief.status).toBe('CLOSED');
    await briefApplicationsClosedJob.handle(
      { briefId: Number(id) },
      {
        jobId: 'cycle',
        attempt: 1,
        em: app.orm.em.fork(),
        clock: new ManualClock('2024-09-20T00:00:30Z'),
        logger: app.logger,
        jobs: app.jobs,
        mailer: null,
        search: app.search,
        content: app.content,
      },
    );
    await app.events.drain();
    expect(await app.orm.em.fork().count(EmailMessage, { to: buyerUser.email, template: 'brief-applications-closed' })).toBe(1);

    // award
    const b = await asBuyer();
    expect((await b.gql('mutation ($b: ID!, $r: ID!) { chooseWinningResponse(briefId: $b, responseId: $r) { id } }', { b: id, r: rid })).errors).toBeUndefined();
    const awarded = await b.gql<{ awardContract: { status: string } }>(
      'mutation ($b: ID!, $r: ID!) { awardContract(briefId: $b, responseId: $r, startDate: "2024-10-07", value: "45000.00") { status } }',
      { b: id, r: rid },
    );
    expect(awarded.data!.awardContract.status).toBe('AWARDED');
    const final = await app.gql<{ brief: { status: string; clarificationQuestions: unknown[]; outcome: { result: string; awardValue: string } } }>(
      'query ($id: ID!) { brief(id: $id) { status clarificationQuestions { question answer } outcome { result awardValue } } }',
      { id },
    );
    expect(final.data!.brief).toEqual({
      status: 'AWARDED',
      clarificationQuestions: [{ question: 'Is there an existing team?', answer: 'Yes, two developers.' }],
      outcome: { result: 'AWARDED', awardValue: '45000.00' },
    });
    await app.events.drain();
    expect(await app.orm.em.fork().count(EmailMessage, { to: 'bids@cycle.example.com', template: 'brief-outcome' })).toBe(1);
    expect((await app.orm.em.fork().findOneOrFail(Brief, { id: Number(id) })).closedNoticeSentAt).toBeTruthy();
  });
});
