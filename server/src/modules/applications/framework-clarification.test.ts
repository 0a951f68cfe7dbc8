import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { clarificationReference } from './application.service.js';

const ASK = 'mutation ($f: String!, $q: String!) { askFrameworkClarificationQuestion(frameworkSlug: $f, question: $q) }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
  const em = app.orm.em.fork();
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  g13.status = FrameworkStatus.OPEN;
  g13.clarificationQuestionsOpen = true;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

async function supplierUser(): Promise<{ supplier: Supplier; email: string; browser: Browser }> {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { name: `Clarifying Ltd ${Math.random().toString(36).slice(2, 6)}` });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  return { supplier, email: user.email, browser: await app.signIn(user.email) };
}

describe('framework clarification questions (S8)', () => {
  it('emails the question to CCS under an anonymous dated reference and a confirmation to the supplier user', async () => {
    const { supplier, email, browser } = await supplierUser();
    const asked = await browser.gql(ASK, { f: 'g-cloud-13', q: '  Can a service be offered on two lots?  ' });
    expect(asked.errors).toBeUndefined();
    expect(asked.data).toEqual({ askFrameworkClarificationQuestion: true });

    const toCcs = await app.mailbox!.waitFor(app.config.CLARIFICATION_QUESTIONS_EMAIL);
    expect(toCcs.subject).toMatch(/^G-Cloud 13 clarification question \d{4}-\d{2}-\d{2}-[A-Z2-9]{6}$/);
    expect(toCcs.text).toContain('Can a service be offered on two lots?');
    expect(toCcs.text).toContain(supplier.name);
    const confirmation = await app.mailbox!.waitFor(email);
    expect(confirmation.subject).toBe('Your G-Cloud 13 clarification question');
    expect(confirmation.text).toContain('Can a service be offered on two lots?');
    expect(confirmation.text).toContain('/suppliers/frameworks/g-cloud-13/updates');

    const event = await app.orm.em.fork().findOneOrFail(AuditEvent, { type: AuditType.SEND_CLARIFICATION_QUESTION, objectId: String(supplier.id) });
    expect(event.objectType).toBe('Supplier');
    expect(event.data).toMatchObject({ frameworkSlug: 'g-cloud-13', supplierId: supplier.id, question: 'Can a service be offered on two lots?' });
    expect(toCcs.subject).toContain(String(event.data.reference));
  });

  it('refuses an empty or over-long question with a message for the field', async () => {
    const { browser } = await supplierUser();
    for (const [question, message] of [
      ['', 'Enter your question'],
      ['   \n ', 'Enter your question'],
      ['x'.repeat(5001), 'Your question must be 5,000 characters or fewer'],
    ] as const) {
      const refused = await browser.gql(ASK, { f: 'g-cloud-13', q: question });
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { question: message } });
    }
    expect((await browser.gql(ASK, { f: 'g-cloud-13', q: 'y'.repeat(5000) })).errors).toBeUndefined();
  });

  it('refuses once clarification questions have closed, and for a framework that does not exist', async () => {
    const { browser } = await supplierUser();
    const closed = await browser.gql(ASK, { f: 'digital-outcomes-and-specialists-4', q: 'Too late?' });
    expect(closed.errors![0]).toMatchObject({
      message: 'The deadline for asking Digital Outcomes and Specialists 4 clarification questions has passed',
      extensions: { code: 'CONFLICT' },
    });
    expect((await browser.gql(ASK, { f: 'g-cloud-404', q: 'Anyone?' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('gives references of the date in London and six unambiguous characters', () => {
    expect(clarificationReference(new Date('2024-06-30T23:30:00Z'))).toMatch(/^2024-07-01-[A-HJ-NP-Z2-9]{6}$/);
    expect(clarificationReference(new Date('2024-01-15T12:00:00Z'))).toMatch(/^2024-01-15-/);
  });
});
