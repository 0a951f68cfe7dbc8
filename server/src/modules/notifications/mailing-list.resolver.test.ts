import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { MailingListSubscription } from './mailing-list-subscription.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

const JOIN = 'mutation ($e: String!) { joinMailingList(email: $e) { id email createdAt } }';
const join = (email: string) => app.gql<{ joinMailingList: { id: string; email: string; createdAt: string } }>(JOIN, { e: email });
const stored = (email: string) => app.orm.em.fork().count(MailingListSubscription, { email });

describe('joining the mailing list (A12)', () => {
  it('stores the address lower-case, audits it and emails a confirmation', async () => {
    const res = await join('  Alerts.Reader@Example.COM ');
    expect(res.errors).toBeUndefined();
    expect(res.data!.joinMailingList.email).toBe('alerts.reader@example.com');
    expect(await stored('alerts.reader@example.com')).toBe(1);
    const mail = await app.mailbox!.waitFor('alerts.reader@example.com');
    expect(mail.subject).toBe('You have signed up for Digital Marketplace email alerts');
    expect(mail.text).toMatch(/framework opens for applications/);
    const events = await app.orm.em.fork().find(AuditEvent, { type: AuditType.JOIN_MAILING_LIST, actorEmail: 'alerts.reader@example.com' });
    expect(events.map((e) => e.data)).toEqual([{ email: 'alerts.reader@example.com' }]);
  });

  it('refuses an address already signed up, in any case, storing nothing twice', async () => {
    expect((await join('twice@example.com')).errors).toBeUndefined();
    for (const again of ['twice@example.com', 'TWICE@Example.com']) {
      const res = await join(again);
      expect(res.data).toBeNull();
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: { email: 'This email address is already signed up for Digital Marketplace email alerts' },
      });
    }
    expect(await stored('twice@example.com')).toBe(1);
    expect(await app.orm.em.fork().count(AuditEvent, { type: AuditType.JOIN_MAILING_LIST, actorEmail: 'twice@example.com' })).toBe(1);
  });

  it('refuses an empty, malformed or over-long address with a field error, storing nothing', async () => {
    const before = await app.orm.em.fork().count(MailingListSubscription);
    const cases: Array<[string, string]> = [
      ['', 'Enter your email address'],
      ['   ', 'Enter your email address'],
      ['not an email', 'Enter an email address in the correct format, like name@example.com'],
      ['name@example', 'Enter an email address in the correct format, like name@example.com'],
      [`${'a'.repeat(310)}@example.com`, 'Your email address must be 320 characters or fewer'],
    ];
    for (const [email, message] of cases) {
      const res = await join(email);
      expect(res.errors![0]!.extensions, email).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { email: message } });
    }
    expect(await app.orm.em.fork().count(MailingListSubscription)).toBe(before);
  });

  it('two sign-ups of one address at once store it once', async () => {
    const results = await Promise.all([join('race@example.com'), join('Race@example.com')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions!.fieldErrors).toEqual({
      email: 'This email address is already signed up for Digital Marketplace email alerts',
    });
    expect(await stored('race@example.com')).toBe(1);
  });
});
