import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { allowBuyerDomain } from './support/factories.js';

const lines: string[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true, logLines: lines });
  await allowBuyerDomain(app.orm.em.fork(), 'example.gov.uk');
});
afterAll(async () => {
  await app?.close();
});

describe('logs (at debug level) never contain passwords or one-time tokens', () => {
  it('through sign-up, sign-in, failed sign-in and password reset', async () => {
    const password = 'Secret-Passphrase-Do-Not-Log-1';
    const newPassword = 'Another-Secret-Passphrase-2';
    await app.gql('mutation { requestBuyerAccount(email: "log.check@example.gov.uk") }');
    const token = /create-account\/(\S+)/.exec((await app.mailbox!.waitFor('log.check@example.gov.uk')).text!)![1]!;
    const browser = app.browser('web');
    await browser.gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }', { i: { token, name: 'Log Check', password } });
    await app.browser('web').gql('mutation ($i: SignInInput!) { signIn(input: $i) { id } }', { i: { email: 'log.check@example.gov.uk', password: 'not-the-password-x' } });
    await app.gql('mutation { requestPasswordReset(email: "log.check@example.gov.uk") }');
    const resetToken = /reset-password\/(\S+)/.exec((await app.mailbox!.waitFor('log.check@example.gov.uk')).text!)![1]!;
    await app.gql('mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) }', { i: { token: resetToken, password: newPassword } });
    await app.mailbox!.waitFor('log.check@example.gov.uk');

    const cookie = browser.cookies.get('dm_session')!;
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [password, newPassword, 'not-the-password-x', token, token.split('.')[1]!, resetToken, cookie]) {
      expect(all).not.toContain(secret);
    }
  });
});
