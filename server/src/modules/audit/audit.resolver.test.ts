import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { recordAudit, ukDayStart } from './audit.service.js';
import { AuditType } from './audit.types.js';

const EVENTS = `query ($type: AuditType, $objectType: String, $objectId: String, $email: String, $from: String, $to: String, $after: String) {
  auditEvents(type: $type, objectType: $objectType, objectId: $objectId, actorEmail: $email, from: $from, to: $to, first: 2, after: $after) {
    totalCount nodes { id type actorEmail objectType objectId createdAt data } pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  totalCount: number;
  nodes: Array<{ id: string; type: string; actorEmail: string | null; objectId: string | null; createdAt: string; data: Record<string, unknown> }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let app: TestApp;
let support: Browser;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  const user = await makeUser(em, { role: Role.ADMIN });
  support = await app.signIn(user.email, 'admin');
  // Events of two people around a UK midnight in summer time (23:00 UTC is midnight in London).
  const at = (iso: string, email: string, type: AuditType, objectId: string) =>
    recordAudit(em, new Date(iso), { type, actorEmail: email, objectType: 'Supplier', objectId, data: { note: `${email} ${iso}` } });
  at('2024-05-31T12:00:00Z', 'ada@example.com', AuditType.SUPPLIER_UPDATE, '701');
  at('2024-06-01T22:59:00Z', 'ada@example.com', AuditType.SUPPLIER_UPDATE, '701');
  at('2024-06-01T23:01:00Z', 'ada@example.com', AuditType.SUPPLIER_UPDATE, '702');
  at('2024-06-02T10:00:00Z', 'bo@example.com', AuditType.SUPPLIER_UPDATE, '702');
  at('2024-06-02T11:00:00Z', 'ada@example.com', AuditType.REGISTER_FRAMEWORK_INTEREST, '701');
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

const list = async (variables: Record<string, unknown>) => support.gql<{ auditEvents: Page }>(EVENTS, variables);
const notes = (page: Page) => page.nodes.map((n) => n.data.note);

describe('the audit events filters (the audit browser)', () => {
  it('filter by the acting user (any case) and by UK days, both ends included, newest first, a page at a time', async () => {
    const ada = (await list({ email: ' ADA@example.com ' })).data!.auditEvents;
    expect(ada.totalCount).toBe(4);
    expect(notes(ada)).toEqual(['ada@example.com 2024-06-02T11:00:00Z', 'ada@example.com 2024-06-01T23:01:00Z']);
    expect(ada.pageInfo.hasNextPage).toBe(true);
    const next = (await list({ email: 'ada@example.com', after: ada.pageInfo.endCursor })).data!.auditEvents;
    expect(notes(next)).toEqual(['ada@example.com 2024-06-01T22:59:00Z', 'ada@example.com 2024-05-31T12:00:00Z']);
    expect(next.pageInfo.hasNextPage).toBe(false);

    // 2 June in the UK runs from 23:00 UTC on 1 June to 23:00 UTC on 2 June.
    const june2 = (await list({ from: '2024-06-02', to: '2024-06-02', type: 'SUPPLIER_UPDATE' })).data!.auditEvents;
    expect(june2.totalCount).toBe(2);
    expect(notes(june2)).toEqual(['bo@example.com 2024-06-02T10:00:00Z', 'ada@example.com 2024-06-01T23:01:00Z']);
    const upTo1 = (await list({ to: '2024-06-01', email: 'ada@example.com' })).data!.auditEvents;
    expect(notes(upTo1)).toEqual(['ada@example.com 2024-06-01T22:59:00Z', 'ada@example.com 2024-05-31T12:00:00Z']);
    const object = (await list({ objectType: 'Supplier', objectId: '702', from: '2024-06-01' })).data!.auditEvents;
    expect(object.totalCount).toBe(2);
    expect((await list({ email: 'nobody@example.com' })).data!.auditEvents.totalCount).toBe(0);
    // Arguments given as null filter nothing, as a form's empty fields send them.
    const none = { type: null, objectType: null, objectId: null, email: null, from: null, to: null, after: null };
    expect((await list(none)).data!.auditEvents.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('refuse a range that ends before it starts, and dates that are not real, with the field at fault', async () => {
    const backwards = await list({ from: '2024-06-02', to: '2024-06-01' });
    expect(backwards.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { to: 'The end date must be the same as or after the start date' } });
    const unreal = await list({ from: '2024-02-30', to: 'yesterday' });
    expect(unreal.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { from: 'The start date must be a real date, as YYYY-MM-DD', to: 'The end date must be a real date, as YYYY-MM-DD' },
    });
  });

  it('open one event by id; NOT_FOUND for one that does not exist', async () => {
    const first = (await list({ email: 'bo@example.com' })).data!.auditEvents.nodes[0]!;
    const one = await support.gql<{ auditEvent: { id: string; actorEmail: string } }>('query ($id: ID!) { auditEvent(id: $id) { id actorEmail } }', { id: first.id });
    expect(one.data!.auditEvent).toEqual({ id: first.id, actorEmail: 'bo@example.com' });
    for (const id of ['999999', 'x', '99999999999']) {
      const missing = await support.gql('query ($id: ID!) { auditEvent(id: $id) { id } }', { id });
      expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
  });

  it('know where UK days start, in summer and winter time and across the clock changes', () => {
    expect(ukDayStart('2024-06-02')!.toISOString()).toBe('2024-06-01T23:00:00.000Z');
    expect(ukDayStart('2024-01-15')!.toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(ukDayStart('2024-03-31')!.toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(ukDayStart('2024-10-27')!.toISOString()).toBe('2024-10-26T23:00:00.000Z');
    expect(ukDayStart('2024-02-30')).toBeNull();
    expect(ukDayStart('2024-6-1')).toBeNull();
  });
});
