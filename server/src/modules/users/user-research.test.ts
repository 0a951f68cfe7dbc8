import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { User } from './user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const SET = 'mutation ($o: Boolean!) { setUserResearchOptIn(optedIn: $o) { id userResearchOptedIn } }';

describe('the user research mailing list', () => {
  it('a signed-in user joins and leaves it for their own account, each change audited once', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.SUPPLIER });
    const browser = await app.signIn(user.email);
    expect((await browser.gql(SET, { o: true })).data).toEqual({ setUserResearchOptIn: { id: String(user.id), userResearchOptedIn: true } });
    expect((await browser.gql('{ viewer { userResearchOptedIn } }')).data).toEqual({ viewer: { userResearchOptedIn: true } });
    // Saying the same again changes nothing and records nothing.
    await browser.gql(SET, { o: true });
    expect((await browser.gql(SET, { o: false })).data).toEqual({ setUserResearchOptIn: { id: String(user.id), userResearchOptedIn: false } });
    expect((await app.orm.em.fork().findOneOrFail(User, { id: user.id })).userResearchOptedIn).toBe(false);
    const events = await app.orm.em.fork().find(AuditEvent, { type: AuditType.UPDATE_USER, objectType: 'User', objectId: String(user.id) }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => e.data)).toEqual([{ update: { userResearchOptedIn: true } }, { update: { userResearchOptedIn: false } }]);
  });

  it('needs a signed-in user', async () => {
    const res = await app.gql(SET, { o: true });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
