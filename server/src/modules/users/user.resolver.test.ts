import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { PASSWORD, allowBuyerDomain, makeUser } from '../../../test/support/factories.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { AuthToken } from './auth-token.entity.js';
import { Role } from '../../shared/role.js';
import { Session } from './session.entity.js';
import { BuyerEmailDomain } from './buyer-email-domain.entity.js';
import { User } from './user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
  await allowBuyerDomain(app.orm.em.fork(), 'example.gov.uk');
});
afterAll(async () => {
  await app?.close();
});

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id email role locked } }';
const VIEWER = '{ viewer { email role } }';
const signIn = (browser: Browser, email: string, password = PASSWORD) => browser.gql(SIGN_IN, { input: { email, password } });
const linkToken = (text: string) => /\/(?:create-account|reset-password)\/(\d+\.[A-Za-z0-9_-]{43})/.exec(text)?.[1];
const count = async (entity: typeof AuthToken | typeof EmailMessage | typeof User | typeof Session, where: object = {}) => app.orm.em.fork().count(entity as never, where as never);

describe('buyer sign-up through an emailed link (real SMTP)', () => {
  it('emails a link, creates the account from it once, and signs the buyer in', async () => {
    const email = 'Jo.Buyer@Health.Example.gov.uk';
    const res = await app.gql('mutation ($e: String!) { requestBuyerAccount(email: $e) }', { e: email });
    expect(res).toEqual({ data: { requestBuyerAccount: true } });
    const mail = await app.mailbox!.waitFor('jo.buyer@health.example.gov.uk');
    expect(mail.subject).toBe('Create your Digital Marketplace buyer account');
    expect(mail.text).toContain('http://marketplace.test/create-account/');
    const token = linkToken(mail.text!)!;

    const link = await app.gql('query ($t: String!) { accountLink(token: $t) { email role } }', { t: token });
    expect(link.data).toEqual({ accountLink: { email: 'jo.buyer@health.example.gov.uk', role: 'BUYER' } });

    const browser = app.browser('web');
    const created = await browser.gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { email role name } }', {
      i: { token, name: 'Jo Buyer', password: 'a long enough passphrase' },
    });
    expect(created.data).toEqual({ createAccount: { email: 'jo.buyer@health.example.gov.uk', role: 'BUYER', name: 'Jo Buyer' } });
    const cookie = created.setCookie.find((c) => c.startsWith('dm_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await browser.gql(VIEWER)).data).toEqual({ viewer: { email: 'jo.buyer@health.example.gov.uk', role: 'BUYER' } });

    const again = await app.browser('web').gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }', {
      i: { token, name: 'Someone else', password: 'another long passphrase' },
    });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { token: expect.stringMatching(/not valid or has expired/) } });

    const audit = await app.orm.em.fork().find(AuditEvent, { type: 'create_user' as never, actorEmail: 'jo.buyer@health.example.gov.uk' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ role: 'buyer', qualifyingBuyerEmailDomain: 'example.gov.uk' });
  });

  it('refuses an address outside the approved public-sector domains, storing nothing', async () => {
    const before = [await count(AuthToken), await count(EmailMessage)];
    const res = await app.gql('mutation { requestBuyerAccount(email: "someone@example.com") }');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { email: expect.stringMatching(/public sector organisation/) } });
    expect([await count(AuthToken), await count(EmailMessage)]).toEqual(before);
  });

  it('does not reveal an existing account: the email says so instead', async () => {
    const existing = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const tokens = await count(AuthToken);
    const res = await app.gql('mutation ($e: String!) { requestBuyerAccount(email: $e) }', { e: existing.email });
    expect(res.data).toEqual({ requestBuyerAccount: true });
    expect((await app.mailbox!.waitFor(existing.email)).subject).toBe('You already have a Digital Marketplace account');
    expect(await count(AuthToken)).toBe(tokens);
  });

  it('rejects weak passwords per field and keeps the link usable', async () => {
    await app.gql('mutation { requestBuyerAccount(email: "weak.password@example.gov.uk") }');
    const token = linkToken((await app.mailbox!.waitFor('weak.password@example.gov.uk')).text!)!;
    const create = (password: string, name = 'Pat') => app.gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }', { i: { token, name, password } });
    expect((await create('short')).errors![0]!.extensions!.fieldErrors).toEqual({ password: 'Password must be 10 characters or more' });
    expect((await create('password123')).errors![0]!.extensions!.fieldErrors).toEqual({ password: 'Enter a password that is harder to guess' });
    expect((await create('weak.password is mine', '  ')).errors![0]!.extensions!.fieldErrors).toEqual({
      name: 'Enter your name',
      password: 'Your password must not contain your email address',
    });
    expect(await count(User, { email: 'weak.password@example.gov.uk' })).toBe(0);
    expect((await create('a much better passphrase')).data).toEqual({ createAccount: { id: expect.any(String) } });
  });
});

describe('sign in, lockout and sessions', () => {
  it('locks an account after 5 failed attempts, audits each, and an admin unlock restores it', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.SUPPLIER });
    const browser = app.browser('web');
    for (let i = 1; i <= 5; i++) {
      const res = await signIn(browser, user.email, 'wrong password here');
      expect(res.errors![0]).toMatchObject({ message: 'Enter a correct email address and password', extensions: { code: 'UNAUTHENTICATED' } });
    }
    // The right password now gets exactly the answer a wrong one gets; the owner learns of the lock by email.
    const locked = await signIn(browser, user.email);
    expect(locked.errors).toEqual([expect.objectContaining({ message: 'Enter a correct email address and password', extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(browser.cookies.size).toBe(0);
    const lockMail = await app.mailbox!.waitFor(user.email);
    expect(lockMail.subject).toBe('Your Digital Marketplace account has been locked');
    expect(lockMail.text).toMatch(/reset-password/);
    const failures = await app.orm.em.fork().find(AuditEvent, { type: 'user_auth_failed' as never, objectId: String(user.id) }, { orderBy: { id: 'asc' } });
    expect(failures.map((f) => f.data.failedLoginCount)).toEqual([1, 2, 3, 4, 5, 6]);

    const admin = await makeUser(app.orm.em.fork(), { role: Role.ADMIN });
    const adminBrowser = app.browser('admin');
    expect((await signIn(adminBrowser, admin.email)).data).toMatchObject({ signIn: { role: 'ADMIN' } });
    const unlocked = await adminBrowser.gql('mutation ($id: ID!) { unlockUser(id: $id) { locked } }', { id: String(user.id) });
    expect(unlocked.data).toEqual({ unlockUser: { locked: false } });
    expect((await signIn(browser, user.email)).data).toMatchObject({ signIn: { email: user.email, locked: false } });
  });

  it('gives an unknown address the same answer as a wrong password, and audits nothing', async () => {
    const audits = await app.orm.em.fork().count(AuditEvent);
    const res = await signIn(app.browser('web'), 'nobody@example.gov.uk');
    expect(res.errors![0]).toMatchObject({ message: 'Enter a correct email address and password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(await app.orm.em.fork().count(AuditEvent)).toBe(audits);
  });

  it('keeps admins on the admin site, with a different cookie that the public site ignores', async () => {
    const admin = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY });
    // The right password on the wrong site reads exactly as a wrong password; the owner is emailed where to sign in.
    const onWeb = await signIn(app.browser('web'), admin.email);
    const wrong = await signIn(app.browser('web'), admin.email, 'not the password at all');
    expect(onWeb.errors).toEqual(wrong.errors);
    expect(onWeb.errors![0]).toMatchObject({ message: 'Enter a correct email address and password', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await app.mailbox!.waitFor(admin.email)).text).toMatch(/admin website/);

    const adminBrowser = app.browser('admin');
    const res = await signIn(adminBrowser, admin.email);
    expect(res.setCookie.some((c) => c.startsWith('dm_admin_session='))).toBe(true);
    expect(res.setCookie.some((c) => c.startsWith('dm_session='))).toBe(false);

    // the same cookie value presented to the public site (cookies ignore ports) is not a session there
    const leaked = app.browser('web');
    leaked.cookies.set('dm_session', adminBrowser.cookies.get('dm_admin_session')!);
    expect((await leaked.gql(VIEWER)).data).toEqual({ viewer: null });
    expect((await adminBrowser.gql(VIEWER)).data).toEqual({ viewer: { email: admin.email, role: 'ADMIN_CCS_CATEGORY' } });

    const buyer = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    expect((await signIn(app.browser('admin'), buyer.email)).errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const buyer = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const browser = app.browser('web');
    await signIn(browser, buyer.email);
    const sessions = await count(Session, { user: buyer.id });
    expect(sessions).toBe(1);
    const stolen = browser.cookies.get('dm_session')!;
    expect((await browser.gql('mutation { signOut }')).data).toEqual({ signOut: true });
    expect(browser.cookies.has('dm_session')).toBe(false);
    const replay = app.browser('web');
    replay.cookies.set('dm_session', stolen);
    expect((await replay.gql(VIEWER)).data).toEqual({ viewer: null });
    expect(await count(Session, { user: buyer.id })).toBe(0);
  });

  it('ends sessions when they expire', async () => {
    const buyer = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const browser = app.browser('web');
    await signIn(browser, buyer.email);
    app.clock.advance(9 * 3600_000);
    expect((await browser.gql(VIEWER)).data).toEqual({ viewer: null });
  });
});

describe('password reset', () => {
  it('answers the same for unknown addresses and sends nothing', async () => {
    const emails = await count(EmailMessage);
    expect((await app.gql('mutation { requestPasswordReset(email: "ghost@example.gov.uk") }')).data).toEqual({ requestPasswordReset: true });
    // The lookup happens in an event handler: wait for the worker to have run it before counting.
    const known = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: known.email });
    await app.mailbox!.waitFor(known.email);
    expect(await count(EmailMessage)).toBe(emails + 1);
  });

  it('does the same work in the request for known and unknown addresses: one recorded event', async () => {
    const known = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const statements = async (email: string) => {
      app.queries.length = 0;
      await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: email });
      return app.queries.filter((q) => !/pgboss|rate_limits/.test(q)).map((q) => q.replace(/'[^']*'|\d+/g, '?'));
    };
    expect(await statements(known.email)).toEqual(await statements('nobody.here@example.gov.uk'));
    expect(await statements(known.email)).not.toContainEqual(expect.stringMatching(/from "users"/));
  });

  it('resets from the emailed link once, unlocks the account and signs out other browsers', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.BUYER, failedLoginCount: 5 });
    const other = app.browser('web');
    const em = app.orm.em.fork();
    await em.nativeUpdate(User, { id: user.id }, { failedLoginCount: 0 });
    await signIn(other, user.email);
    await em.nativeUpdate(User, { id: user.id }, { failedLoginCount: 5 });

    await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    const mail = await app.mailbox!.waitFor(user.email);
    expect(mail.subject).toBe('Reset your Digital Marketplace password');
    const token = linkToken(mail.text!)!;
    const reset = (password: string) => app.gql('mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) }', { i: { token, password } });
    expect((await reset('a fresh new passphrase')).data).toEqual({ resetPassword: true });
    expect((await reset('yet another passphrase')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await other.gql(VIEWER)).data).toEqual({ viewer: null });
    expect((await signIn(app.browser('web'), user.email, 'a fresh new passphrase')).data).toMatchObject({ signIn: { locked: false } });
    expect((await app.mailbox!.waitFor(user.email)).subject).toBe('Your Digital Marketplace password has been changed');
  });

  it('refuses an expired link', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.SUPPLIER });
    await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    const token = linkToken((await app.mailbox!.waitFor(user.email)).text!)!;
    app.clock.advance(25 * 3600_000);
    const res = await app.gql('mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) }', { i: { token, password: 'a fresh new passphrase' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { token: expect.any(String) } });
  });

  it('tells a deactivated account it is deactivated instead of sending a link', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.BUYER, active: false });
    await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    const mail = await app.mailbox!.waitFor(user.email);
    expect(mail.subject).toBe('Your Digital Marketplace account is deactivated');
    expect(linkToken(mail.text!)).toBeUndefined();
  });
});

describe('admin invitations', () => {
  it('lets an admin-manager invite a colleague, who creates an account on the admin site', async () => {
    const manager = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_MANAGER });
    const browser = app.browser('admin');
    await signIn(browser, manager.email);
    const invite = (email: string, role: string) => browser.gql('mutation ($i: InviteAdminUserInput!) { inviteAdminUser(input: $i) }', { i: { email, role } });
    expect((await invite('someone@gmail.com', 'ADMIN')).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { email: expect.stringMatching(/crowncommercial/) },
    });
    expect((await invite('new.manager@crowncommercial.gov.uk', 'ADMIN_MANAGER')).errors![0]!.extensions).toMatchObject({ fieldErrors: { role: expect.any(String) } });
    expect((await invite(manager.email, 'ADMIN')).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await invite('sam.sourcing@crowncommercial.gov.uk', 'ADMIN_CCS_SOURCING')).data).toEqual({ inviteAdminUser: true });

    const mail = await app.mailbox!.waitFor('sam.sourcing@crowncommercial.gov.uk');
    expect(mail.text).toContain('http://admin.marketplace.test/create-account/');
    const invited = app.browser('admin');
    const created = await invited.gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { role } }', {
      i: { token: linkToken(mail.text!)!, name: 'Sam Sourcing', password: 'sourcing passphrase 1' },
    });
    expect(created.data).toEqual({ createAccount: { role: 'ADMIN_CCS_SOURCING' } });
    expect((await invited.gql(VIEWER)).data).toEqual({ viewer: { email: 'sam.sourcing@crowncommercial.gov.uk', role: 'ADMIN_CCS_SOURCING' } });
  });

  it('an admin-manager lists admin users only; a support admin lists everyone', async () => {
    const manager = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_MANAGER });
    const support = await makeUser(app.orm.em.fork(), { role: Role.ADMIN });
    const m = app.browser('admin');
    const s = app.browser('admin');
    await signIn(m, manager.email);
    await signIn(s, support.email);
    const list = '{ users(first: 100) { totalCount nodes { role } } }';
    const managerView = (await m.gql<{ users: { nodes: Array<{ role: string }> } }>(list)).data!.users.nodes.map((u) => u.role);
    expect(managerView.every((r) => r.startsWith('ADMIN'))).toBe(true);
    const supportView = (await s.gql<{ users: { nodes: Array<{ role: string }> } }>(list)).data!.users.nodes.map((u) => u.role);
    expect(supportView).toContain('BUYER');
    expect(supportView).toContain('SUPPLIER');
  });

  it('reads one account by id with the same visibility: an admin-manager gets admins only, a buyer is not found to them', async () => {
    const manager = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_MANAGER });
    const support = await makeUser(app.orm.em.fork(), { role: Role.ADMIN });
    const colleague = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING, name: 'Sol Sourcing' });
    const buyer = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const m = app.browser('admin');
    const s = app.browser('admin');
    await signIn(m, manager.email);
    await signIn(s, support.email);
    const one = (c: typeof m, id: number | string) =>
      c.gql<{ user: { email: string; role: string; name: string } }>('query ($id: ID!) { user(id: $id) { email role name } }', { id: String(id) });
    expect((await one(m, colleague.id)).data).toEqual({ user: { email: colleague.email, role: 'ADMIN_CCS_SOURCING', name: 'Sol Sourcing' } });
    expect((await one(m, buyer.id)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await one(s, buyer.id)).data!.user.email).toBe(buyer.email);
    expect((await one(s, 99999999)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await one(s, 'nope')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('never reads password hashes outside the code that checks them: lists and the viewer select named columns', async () => {
    const support = await makeUser(app.orm.em.fork(), { role: Role.ADMIN });
    const s = app.browser('admin');
    const ofUsers = () => app.queries.filter((q) => /from "users"/.test(q));
    // A read of the hash: the column by name, or every column of the table.
    const readsHash = (q: string) => q.includes('password_hash') || /select "\w+"\.\*/.test(q);
    app.queries.length = 0;
    expect((await signIn(s, support.email)).errors).toBeUndefined();
    // Signing in reads it once, to check it.
    expect(ofUsers().filter(readsHash)).toHaveLength(1);
    app.queries.length = 0;
    expect((await s.gql('{ users(first: 100) { totalCount nodes { email role } } }')).errors).toBeUndefined();
    expect((await s.gql(VIEWER)).data).toEqual({ viewer: { email: support.email, role: 'ADMIN' } });
    expect(ofUsers()).not.toEqual([]);
    expect(ofUsers().filter(readsHash)).toEqual([]);
  });

  it('an admin-manager renames, changes the role of and suspends an admin account, with field errors, audit and ended sessions', async () => {
    const manager = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_MANAGER });
    const colleague = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING, name: 'Sol Old' });
    const otherManager = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_MANAGER });
    const buyer = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const m = app.browser('admin');
    await signIn(m, manager.email);
    const c = app.browser('admin');
    await signIn(c, colleague.email);
    const update = (id: number, input: Record<string, unknown>) =>
      m.gql<{ updateAdminUser: { name: string; role: string; active: boolean } }>(
        'mutation ($id: ID!, $i: UpdateAdminUserInput!) { updateAdminUser(id: $id, input: $i) { name role active } }',
        {
          id: String(id),
          i: input,
        },
      );

    const bad = await update(colleague.id, { name: '  ', role: 'ADMIN_MANAGER', active: true });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { name: 'Enter a name', role: 'Choose one of the admin roles' } });
    expect((await app.orm.em.fork().findOneOrFail(User, { id: colleague.id })).name).toBe('Sol Old');

    expect((await update(colleague.id, { name: ' Sol New ', role: 'ADMIN_CCS_CATEGORY', active: true })).data).toEqual({
      updateAdminUser: { name: 'Sol New', role: 'ADMIN_CCS_CATEGORY', active: true },
    });
    expect((await c.gql(VIEWER)).data).toEqual({ viewer: { email: colleague.email, role: 'ADMIN_CCS_CATEGORY' } });
    expect((await update(colleague.id, { name: 'Sol New', role: 'ADMIN_CCS_CATEGORY', active: false })).data!.updateAdminUser.active).toBe(false);
    expect((await c.gql(VIEWER)).data).toEqual({ viewer: null });

    for (const id of [otherManager.id, buyer.id, manager.id, 999999]) {
      expect((await update(id, { name: 'X', role: 'ADMIN', active: true })).errors![0]!.extensions!.code, String(id)).toBe('NOT_FOUND');
    }
    const audit = await app.orm.em.fork().find(AuditEvent, { objectType: 'User', objectId: String(colleague.id), type: AuditType.UPDATE_USER }, { orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.data)).toEqual([{ update: { name: 'Sol New', role: 'admin-ccs-category' } }, { update: { active: false } }]);
  });

  it('a support admin cannot deactivate an admin, and sees it as not found', async () => {
    const support = await makeUser(app.orm.em.fork(), { role: Role.ADMIN });
    const other = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING });
    const b = app.browser('admin');
    await signIn(b, support.email);
    const res = await b.gql('mutation ($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: String(other.id) });
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await app.orm.em.fork().findOneOrFail(User, { id: other.id })).active).toBe(true);
  });
});

describe('buyer email domains', () => {
  it('admins add and remove domains, with validation and audit', async () => {
    const admin = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY });
    const b = app.browser('admin');
    await signIn(b, admin.email);
    expect((await b.gql('mutation { addBuyerEmailDomain(domain: "not a domain") { id } }')).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { domain: expect.any(String) },
    });
    expect((await b.gql('mutation { addBuyerEmailDomain(domain: "Co.UK") { id } }')).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { domain: expect.stringContaining('co.uk is a public suffix') },
    });
    const added = await b.gql<{ addBuyerEmailDomain: { id: string; domain: string } }>('mutation { addBuyerEmailDomain(domain: "@FireRescue.Example.ORG") { id domain } }');
    expect(added.data!.addBuyerEmailDomain.domain).toBe('firerescue.example.org');
    expect((await b.gql('mutation { addBuyerEmailDomain(domain: "firerescue.example.org") { id } }')).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await app.gql('mutation { requestBuyerAccount(email: "crew@station.firerescue.example.org") }')).data).toEqual({ requestBuyerAccount: true });
    expect((await b.gql('mutation ($id: ID!) { removeBuyerEmailDomain(id: $id) }', { id: added.data!.addBuyerEmailDomain.id })).data).toEqual({ removeBuyerEmailDomain: true });
    expect((await app.gql('mutation { requestBuyerAccount(email: "crew2@station.firerescue.example.org") }')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const audit = await b.gql<{ auditEvents: { nodes: Array<{ type: string; data: { domain: string } }> } }>(
      '{ auditEvents(objectType: "BuyerEmailDomain") { nodes { type data } } }',
    );
    expect(audit.data!.auditEvents.nodes.map((n) => n.type)).toEqual(['REMOVE_BUYER_EMAIL_DOMAIN', 'ADD_BUYER_EMAIL_DOMAIN']);
  });

  it('refuses a sub-domain of a domain already approved, naming it, but accepts a parent domain', async () => {
    const admin = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY });
    const b = app.browser('admin');
    await signIn(b, admin.email);
    const add = (domain: string) => b.gql<{ addBuyerEmailDomain: { domain: string } }>('mutation ($d: String!) { addBuyerEmailDomain(domain: $d) { domain } }', { d: domain });
    expect((await add('council.example.net')).data!.addBuyerEmailDomain.domain).toBe('council.example.net');
    const before = await app.orm.em.fork().count(BuyerEmailDomain, {});
    for (const sub of ['approved.council.example.net', 'a.b.council.example.net']) {
      const res = await add(sub);
      expect(res.errors![0]).toMatchObject({
        message: `${sub} is already covered by the approved domain council.example.net`,
        extensions: { code: 'CONFLICT', coveringDomain: 'council.example.net' },
      });
    }
    expect(await app.orm.em.fork().count(BuyerEmailDomain, {})).toBe(before);
    expect((await add('approved.gov.uk')).errors![0]).toMatchObject({
      message: 'approved.gov.uk is already covered by the approved domain gov.uk',
      extensions: { code: 'CONFLICT' },
    });
    // Only whole labels cover: notcouncil.example.net is another domain; a parent is allowed.
    expect((await add('notcouncil.example.net')).errors).toBeUndefined();
    expect((await add('example.net')).errors).toBeUndefined();
    expect((await add('other.example.net')).errors![0]!.message).toBe('other.example.net is already covered by the approved domain example.net');
  });
});
