import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Role } from '../../shared/role.js';
import { Framework, FrameworkStatus } from './framework.entity.js';

let app: TestApp;
let managerEmail: string;
beforeAll(async () => {
  app = await createTestApp({ now: '2025-03-01T10:00:00Z' });
  managerEmail = (await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email;
});
afterAll(async () => {
  await app?.close();
});

const UPDATE =
  'mutation ($slug: String!, $input: UpdateFrameworkInput!) { updateFramework(slug: $slug, input: $input) { status clarificationQuestionsOpen applicationsCloseAt clarificationsCloseAt liveAt expiresAt } }';
/** Signs in afresh each time: these tests move the clock by weeks, past any session. */
async function update(slug: string, input: Record<string, unknown>) {
  const manager: Browser = await app.signIn(managerEmail, 'admin');
  return manager.gql<{ updateFramework: Record<string, unknown> }>(UPDATE, { slug, input });
}
const framework = (slug: string) => app.orm.em.fork().findOneOrFail(Framework, { slug });

describe('framework lifecycle (admin-framework-manager)', () => {
  it('walks a new iteration from coming to live, stamping each milestone with the clock', async () => {
    const em = app.orm.em.fork();
    const g12 = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
    g12.status = FrameworkStatus.COMING;
    g12.applicationsCloseAt = null;
    g12.liveAt = null;
    await em.flush();

    expect((await update('g-cloud-12', { status: 'OPEN', clarificationQuestionsOpen: true })).data!.updateFramework).toMatchObject({
      status: 'OPEN',
      clarificationQuestionsOpen: true,
    });
    app.clock.set('2025-03-20T17:00:00Z');
    expect((await update('g-cloud-12', { clarificationQuestionsOpen: false })).data!.updateFramework).toMatchObject({ clarificationsCloseAt: '2025-03-20T17:00:00.000Z' });
    app.clock.set('2025-04-01T12:00:00Z');
    expect((await update('g-cloud-12', { status: 'PENDING' })).data!.updateFramework).toMatchObject({ status: 'PENDING', applicationsCloseAt: '2025-04-01T12:00:00.000Z' });
    await update('g-cloud-12', { status: 'STANDSTILL' });
    app.clock.set('2025-05-05T00:00:00Z');
    expect((await update('g-cloud-12', { status: 'LIVE' })).data!.updateFramework).toMatchObject({ status: 'LIVE', liveAt: '2025-05-05T00:00:00.000Z' });

    const audit = await app.orm.em.fork().find(AuditEvent, { type: 'framework_update' as never, objectId: String(g12.id) }, { orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.data.update)).toEqual([
      { status: 'open', clarificationQuestionsOpen: true },
      { clarificationQuestionsOpen: false },
      { status: 'pending' },
      { status: 'standstill' },
      { status: 'live' },
    ]);
    expect(audit[2]!.data.applicationsCloseAt).toBe('set when the status became pending');
  });

  it('refuses open clarification questions on a live framework, changing nothing', async () => {
    const before = await framework('g-cloud-13');
    const res = await update('g-cloud-13', { clarificationQuestionsOpen: true, allowDeclarationReuse: false });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'clarificationQuestionsOpen' } });
    expect(res.errors![0]!.message).toMatch(/only be open while a framework is coming, open or pending, not live/);
    const after = await framework('g-cloud-13');
    expect([after.clarificationQuestionsOpen, after.allowDeclarationReuse, after.updatedAt.getTime()]).toEqual([false, before.allowDeclarationReuse, before.updatedAt.getTime()]);
  });

  it('refuses to move to live while clarification questions are still open', async () => {
    await update('g-cloud-11', { status: 'OPEN', clarificationQuestionsOpen: true });
    expect((await update('g-cloud-11', { status: 'LIVE' })).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await update('g-cloud-11', { status: 'LIVE', clarificationQuestionsOpen: false })).data!.updateFramework).toMatchObject({ status: 'LIVE' });
  });

  it('rejects an empty change, no buying route, and an unknown framework', async () => {
    expect((await update('g-cloud-13', {})).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await update('g-cloud-13', { hasDirectAward: false })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { hasDirectAward: expect.any(String) },
    });
    expect((await update('g-cloud-404', { status: 'LIVE' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await update('g-cloud-13', { status: 'ALIVE' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
