import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAnswers, rng } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { applyingSupplier as applyingSupplierOf, withDocuments as withDocumentsOf } from '../../../test/support/documents.js';
import { schemasDir } from '../../commands/schemas.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { DraftService } from './draft-service.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

const applyingSupplier = () => applyingSupplierOf(app);
const withDocuments = (supplier: Supplier, given: Record<string, unknown>) => withDocumentsOf(app, supplier.id, 'cloud-support', given);

const CREATE = 'mutation ($l: String!) { createDraftService(frameworkSlug: "g-cloud-13", lotSlug: $l) { id status lot { slug } } }';
const UPDATE = 'mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { status data } }';
const SUBMIT = 'mutation ($id: ID!) { submitDraftService(id: $id) { status } }';
const supportSchema = JSON.parse(readFileSync(path.join(schemasDir, 'services-g-cloud-13-cloud-support.json'), 'utf8')) as Record<string, unknown>;

describe('draft services', () => {
  it('are created on a lot of the framework, saved a page at a time, and submitted only when complete', async () => {
    const { browser, supplier } = await applyingSupplier();
    const created = await browser.gql<{ createDraftService: { id: string; status: string } }>(CREATE, { l: 'cloud-support' });
    expect(created.data!.createDraftService).toMatchObject({ status: 'NOT_SUBMITTED', lot: { slug: 'cloud-support' } });
    const id = created.data!.createDraftService.id;

    const page = await browser.gql(UPDATE, { id, a: { serviceName: '  Agile coaching  ', serviceDescription: 'Coaching teams to deliver digital services' } });
    expect(page.data).toEqual({
      updateDraftService: { status: 'NOT_SUBMITTED', data: { serviceName: 'Agile coaching', serviceDescription: 'Coaching teams to deliver digital services' } },
    });

    const bad = await browser.gql(UPDATE, { id, a: { serviceName: 'x'.repeat(101), APIHosting: true } });
    expect(bad.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { APIHosting: 'This question is not part of this lot' },
    });
    const tooLong = await browser.gql(UPDATE, { id, a: { serviceName: 'x'.repeat(101) } });
    expect(tooLong.errors![0]!.extensions!.fieldErrors).toEqual({ serviceName: 'Your service name must be 100 characters or fewer.' });
    expect((await app.orm.em.fork().findOneOrFail(DraftService, { id: Number(id) })).data.serviceName).toBe('Agile coaching');

    const incomplete = await browser.gql(SUBMIT, { id });
    expect(incomplete.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0]!.extensions!.fieldErrors).toHaveProperty('priceMin', 'Minimum price requires an answer.');

    const complete = await withDocuments(supplier, validAnswers(supportSchema as never, rng(11)));
    expect((await browser.gql(UPDATE, { id, a: complete })).errors).toBeUndefined();
    expect((await browser.gql(SUBMIT, { id })).data).toEqual({ submitDraftService: { status: 'SUBMITTED' } });
    expect((await browser.gql(SUBMIT, { id })).errors![0]!.extensions!.code).toBe('CONFLICT');

    const audit = await app.orm.em.fork().find(AuditEvent, { objectType: 'DraftService', objectId: id }, { orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.type)).toEqual(['create_draft_service', 'update_draft_service', 'update_draft_service', 'complete_draft_service']);
  });

  it('refuses a lot the framework does not have, and frameworks that are not open', async () => {
    const { browser } = await applyingSupplier();
    expect((await browser.gql(CREATE, { l: 'digital-outcomes' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { lot: expect.any(String) } });
    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    g13.status = FrameworkStatus.PENDING;
    await em.flush();
    try {
      expect((await browser.gql(CREATE, { l: 'cloud-hosting' })).errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', frameworkStatus: 'pending' } });
    } finally {
      g13.status = FrameworkStatus.OPEN;
      await em.flush();
    }
  });

  it('belong to their supplier alone', async () => {
    const a = await applyingSupplier();
    const b = await applyingSupplier();
    const id = (await a.browser.gql<{ createDraftService: { id: string } }>(CREATE, { l: 'cloud-hosting' })).data!.createDraftService.id;
    expect((await b.browser.gql('query ($id: ID!) { draftService(id: $id) { data } }', { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.browser.gql(UPDATE, { id, a: { serviceName: 'Taken over' } })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.browser.gql('mutation ($id: ID!) { deleteDraftService(id: $id) }', { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.browser.gql<{ draftServices: unknown[] }>('{ draftServices(frameworkSlug: "g-cloud-13") { id } }')).data!.draftServices).toEqual([]);
    expect((await a.browser.gql<{ draftServices: Array<{ id: string }> }>('{ draftServices(frameworkSlug: "g-cloud-13") { id } }')).data!.draftServices).toEqual([{ id }]);
    expect((await a.browser.gql('mutation ($id: ID!) { deleteDraftService(id: $id) }', { id })).data).toEqual({ deleteDraftService: true });
    expect(await app.orm.em.fork().count(DraftService, { id: Number(id) })).toBe(0);
  });
});

describe('draft service answers', () => {
  const MISSING = 'query ($id: ID!) { draftService(id: $id) { status data missingAnswers } }';

  async function completeDraft(browser: Browser, supplier: Supplier): Promise<string> {
    const id = (await browser.gql<{ createDraftService: { id: string } }>(CREATE, { l: 'cloud-support' })).data!.createDraftService.id;
    const saved = await browser.gql(UPDATE, { id, a: await withDocuments(supplier, { ...validAnswers(supportSchema as never, rng(5)), priceMin: '10', priceMax: '20' }) });
    if (saved.errors) throw new Error(saved.errors[0]!.message);
    return id;
  }

  it('refuses a minimum price above the maximum, on the page and at submission, storing nothing', async () => {
    const { browser, supplier } = await applyingSupplier();
    const id = await completeDraft(browser, supplier);
    const page = await browser.gql(UPDATE, { id, a: { priceMin: '200', priceMax: '100' } });
    expect(page.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { priceMax: 'Minimum price must be less than maximum price.' } });
    // compared as decimals, not as text or floats
    expect((await browser.gql(UPDATE, { id, a: { priceMin: '99.5', priceMax: '100.00' } })).errors).toBeUndefined();
    expect((await browser.gql(UPDATE, { id, a: { priceMin: '100', priceMax: '0100.000' } })).errors).toBeUndefined();
    // one half of the pair on the page is checked against the other half already saved
    const half = await browser.gql(UPDATE, { id, a: { priceMax: '99.99999' } });
    expect(half.errors![0]!.extensions!.fieldErrors).toEqual({ priceMax: 'Minimum price must be less than maximum price.' });
    expect((await app.orm.em.fork().findOneOrFail(DraftService, { id: Number(id) })).data).toMatchObject({ priceMin: '100', priceMax: '0100.000' });

    // answers stored before the rule existed are still refused when the draft is marked complete
    const em = app.orm.em.fork();
    const draft = await em.findOneOrFail(DraftService, { id: Number(id) });
    draft.data = { ...draft.data, priceMin: '200', priceMax: '100' };
    await em.flush();
    const submitted = await browser.gql(SUBMIT, { id });
    expect(submitted.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { priceMax: 'Minimum price must be less than maximum price.' } });
    expect((await browser.gql<{ draftService: { missingAnswers: Record<string, string> } }>(MISSING, { id })).data!.draftService.missingAnswers).toEqual({
      priceMax: 'Minimum price must be less than maximum price.',
    });
    expect((await app.orm.em.fork().findOneOrFail(DraftService, { id: Number(id) })).status).toBe('not-submitted');
  });

  it('clears an answer given as null, making a complete draft incomplete and naming the question', async () => {
    const { browser, supplier } = await applyingSupplier();
    const id = await completeDraft(browser, supplier);
    expect((await browser.gql(SUBMIT, { id })).data).toEqual({ submitDraftService: { status: 'SUBMITTED' } });

    const cleared = await browser.gql<{ updateDraftService: { status: string; data: Record<string, unknown> } }>(UPDATE, { id, a: { serviceName: null, priceMax: null } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateDraftService.status).toBe('NOT_SUBMITTED');
    expect(cleared.data!.updateDraftService.data).not.toHaveProperty('serviceName');
    expect(cleared.data!.updateDraftService.data).not.toHaveProperty('priceMax');
    const stored = await app.orm.em.fork().findOneOrFail(DraftService, { id: Number(id) });
    expect(Object.keys(stored.data)).not.toContain('serviceName');
    const missing = await browser.gql<{ draftService: { missingAnswers: Record<string, string> } }>(MISSING, { id });
    expect(missing.data!.draftService.missingAnswers).toEqual({ serviceName: 'Enter the service name.' });
    const submit = await browser.gql(SUBMIT, { id });
    expect(submit.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { serviceName: 'Enter the service name.' } });

    // a page may set some answers and clear others; an empty page and unknown questions are still refused
    const mixed = await browser.gql<{ updateDraftService: { data: Record<string, unknown> } }>(UPDATE, { id, a: { serviceName: 'Back again', serviceDescription: null } });
    expect(mixed.data!.updateDraftService.data).toMatchObject({ serviceName: 'Back again' });
    expect(mixed.data!.updateDraftService.data).not.toHaveProperty('serviceDescription');
    expect((await browser.gql(UPDATE, { id, a: {} })).errors![0]).toMatchObject({ message: 'Answer at least one question', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await browser.gql(UPDATE, { id, a: { APIHosting: null } })).errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { APIHosting: 'This question is not part of this lot' },
    });
    const audit = await app.orm.em.fork().find(AuditEvent, { objectType: 'DraftService', objectId: id, type: AuditType.UPDATE_DRAFT_SERVICE }, { orderBy: { id: 'desc' } });
    expect(audit[0]!.data).toMatchObject({ updated: ['serviceName', 'serviceDescription'] });
  });
});

describe('drafts for admins who run applications', () => {
  it('lists every supplier’s drafts with supplier, lot and what is missing, in a bounded number of statements', async () => {
    for (let i = 0; i < 4; i++) {
      const { browser } = await applyingSupplier();
      for (const lot of ['cloud-hosting', 'cloud-software']) await browser.gql(CREATE, { l: lot });
    }
    const manager = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    const query = (first: number) =>
      manager.gql<{
        frameworkDraftServices: {
          totalCount: number;
          nodes: Array<{ status: string; supplier: { name: string }; lot: { slug: string }; framework: { slug: string }; missingAnswers: Record<string, string> }>;
        };
      }>(
        `{ frameworkDraftServices(frameworkSlug: "g-cloud-13", first: ${first}) { totalCount nodes { id status supplier { name } lot { slug } framework { slug } missingAnswers } } }`,
      );
    app.queries.length = 0;
    const page = (await query(100)).data!.frameworkDraftServices;
    expect(page.nodes.length).toBeGreaterThanOrEqual(8);
    expect(page.nodes.every((n) => n.supplier.name && n.framework.slug === 'g-cloud-13')).toBe(true);
    expect(page.nodes.every((n) => (Object.keys(n.missingAnswers).length === 0) === (n.status === 'SUBMITTED'))).toBe(true);
    const statements = app.queries.length;
    // session, framework, count, drafts, lots, suppliers, frameworks: the same for 2 drafts or 100.
    expect(statements).toBeLessThanOrEqual(7);
    app.queries.length = 0;
    await query(2);
    expect(app.queries.length).toBe(statements);
    const filtered = await manager.gql<{ frameworkDraftServices: { nodes: Array<{ lot: { slug: string } }> } }>(
      '{ frameworkDraftServices(frameworkSlug: "g-cloud-13", lotSlug: "cloud-software", status: [NOT_SUBMITTED]) { nodes { lot { slug } } } }',
    );
    expect(new Set(filtered.data!.frameworkDraftServices.nodes.map((n) => n.lot.slug))).toEqual(new Set(['cloud-software']));
  });
});
