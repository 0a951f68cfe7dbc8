import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { createMailer } from '../../app/mailer.js';
import { DEAD_LETTER_QUEUE, JOB_SCHEMA, defineJob } from '../../app/jobs.js';
import { Role } from '../../shared/role.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { EmailMessage, EmailStatus } from '../notifications/email-message.entity.js';
import { EMAIL_RETRY_LIMIT, sendEmailJob } from '../notifications/notifications.jobs.js';

/**
 * The operations API on a real stack: a queue created here whose handler throws for crafted
 * payloads, run by a real pg-boss worker, so jobs fail, are dead-lettered, retried, redriven and
 * discarded for real; and the email outbox with a failed email sent again through a real SMTP server.
 */
const QUEUE = 'test.ops-crafted';
const failing = new Set<string>();
const ran: string[] = [];
const crafted = defineJob<{ key: string }>({
  name: QUEUE,
  queue: { retryLimit: 0 },
  async handle({ key }) {
    if (failing.has(key)) throw new Error(`crafted failure for ${key}`);
    ran.push(key);
  },
});

let app: TestApp;
let admin: Browser;

async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

interface Job {
  id: string;
  queue: string;
  state: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  sourceQueue: string | null;
  sourceId: string | null;
  deadLettered: boolean;
  data: string;
}
const JOB = 'id queue state attempts maxAttempts lastError sourceQueue sourceId deadLettered data';
const OVERVIEW = `{ backgroundJobs { queues { name isDeadLetter deadLetter created retry active stalled failed } failed { ${JOB} } stalled { ${JOB} } deadLettered { ${JOB} } } backgroundJobProblems { failed stalled } }`;
type Overview = {
  backgroundJobs: {
    queues: Array<{ name: string; isDeadLetter: boolean; deadLetter: string | null; failed: number; created: number }>;
    failed: Job[];
    stalled: Job[];
    deadLettered: Job[];
  };
  backgroundJobProblems: { failed: number; stalled: number };
};
const overview = async () => {
  const res = await admin.gql<Overview>(OVERVIEW);
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const job = (queue: string, id: string) => admin.gql<{ backgroundJob: Job }>(`query ($q: String!, $id: ID!) { backgroundJob(queue: $q, id: $id) { ${JOB} } }`, { q: queue, id });
const retry = (queue: string, id: string) =>
  admin.gql<{ retryBackgroundJob: Job }>(`mutation ($q: String!, $id: ID!) { retryBackgroundJob(queue: $q, id: $id) { ${JOB} } }`, { q: queue, id });
const discard = (queue: string, id: string) =>
  admin.gql<{ discardBackgroundJob: boolean }>(`mutation ($q: String!, $id: ID!) { discardBackgroundJob(queue: $q, id: $id) }`, { q: queue, id });

/** Sends a crafted job that fails, and waits until it has failed (and been dead-lettered). */
async function failedJob(key: string): Promise<string> {
  failing.add(key);
  const id = (await app.jobs.boss.send(QUEUE, { key }))!;
  let last: unknown;
  await until(async () => {
    const res = await job(QUEUE, id);
    last = res.errors ?? res.data;
    return res.data?.backgroundJob.state === 'FAILED';
  }, `job ${key} to fail`).catch((e: Error) => {
    throw new Error(`${e.message}: ${JSON.stringify(last)}`);
  });
  return id;
}
const deadLetterCopy = async (id: string) => (await overview()).backgroundJobs.deadLettered.find((j) => j.sourceId === id);

beforeAll(async () => {
  app = await createTestApp({ worker: true });
  await app.jobs.ensureQueues([crafted] as never[]);
  await app.jobs.work([crafted] as never[], { orm: app.orm, clock: app.clock, concurrency: 1, search: app.search, content: app.content });
  const user = await makeUser(app.orm.em.fork(), { role: Role.ADMIN });
  admin = await app.signIn(user.email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

describe('background jobs', () => {
  it('shows a failed job with its error in its queue counts, the failed list, the dead-letter queue and the home counts', async () => {
    const before = (await overview()).backgroundJobProblems.failed;
    const id = await failedJob('shown');
    const o = await overview();
    const queue = o.backgroundJobs.queues.find((q) => q.name === QUEUE)!;
    expect(queue).toMatchObject({ isDeadLetter: false, deadLetter: DEAD_LETTER_QUEUE, failed: 1 });
    expect(o.backgroundJobs.queues[0]).toMatchObject({ name: DEAD_LETTER_QUEUE, isDeadLetter: true });
    expect(o.backgroundJobs.failed.find((j) => j.id === id)).toMatchObject({
      queue: QUEUE,
      state: 'FAILED',
      attempts: 1,
      maxAttempts: 1,
      lastError: 'crafted failure for shown',
      deadLettered: true,
      data: JSON.stringify({ key: 'shown' }),
    });
    expect(o.backgroundJobs.deadLettered.find((j) => j.sourceId === id)).toMatchObject({ queue: DEAD_LETTER_QUEUE, sourceQueue: QUEUE, lastError: 'crafted failure for shown' });
    expect(o.backgroundJobProblems.failed).toBe(before + 1);
    // Tidy for the next tests' counts.
    expect((await discard(QUEUE, id)).errors).toBeUndefined();
  });

  it('retries a failed job: it runs again (and now succeeds), its dead-letter copy is gone, and the retry is audited', async () => {
    const id = await failedJob('retried');
    failing.delete('retried');
    const res = await retry(QUEUE, id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.retryBackgroundJob).toMatchObject({ id, queue: QUEUE });
    await until(async () => (await job(QUEUE, id)).data?.backgroundJob.state === 'COMPLETED', 'the retried job to complete');
    expect(ran).toContain('retried');
    expect(await deadLetterCopy(id)).toBeUndefined();
    expect((await overview()).backgroundJobs.failed.map((j) => j.id)).not.toContain(id);
    const [event] = await app.orm.em.fork().find(AuditEvent, { type: AuditType.RETRY_JOB, objectId: id });
    expect(event!.data).toMatchObject({ queue: QUEUE, jobId: id, state: 'failed', error: 'crafted failure for retried' });
    // A completed job cannot be retried or discarded.
    expect((await retry(QUEUE, id)).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await discard(QUEUE, id)).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('retries a job from the dead-letter queue: a new job on its own queue with a full set of retries; the failed original goes', async () => {
    const id = await failedJob('redriven');
    const copy = (await deadLetterCopy(id))!;
    failing.delete('redriven');
    const res = await retry(DEAD_LETTER_QUEUE, copy.id);
    expect(res.errors).toBeUndefined();
    const created = res.data!.retryBackgroundJob;
    expect(created.queue).toBe(QUEUE);
    expect(created.id).not.toBe(id);
    await until(async () => (await job(QUEUE, created.id)).data?.backgroundJob.state === 'COMPLETED', 'the redriven job to complete');
    expect((await job(QUEUE, id)).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await job(DEAD_LETTER_QUEUE, copy.id)).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('discards a failed job with its dead-letter copy, keeping its payload and error in the audit event', async () => {
    const id = await failedJob('discarded');
    const res = await discard(QUEUE, id);
    expect(res.errors).toBeUndefined();
    expect((await job(QUEUE, id)).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await deadLetterCopy(id)).toBeUndefined();
    const [event] = await app.orm.em.fork().find(AuditEvent, { type: AuditType.DISCARD_JOB, objectId: id });
    expect(event!.data).toMatchObject({ queue: QUEUE, state: 'failed', data: JSON.stringify({ key: 'discarded' }), error: 'crafted failure for discarded' });
  });

  it('discards from the dead-letter queue, with the failed original', async () => {
    const id = await failedJob('discarded-copy');
    const copy = (await deadLetterCopy(id))!;
    expect((await discard(DEAD_LETTER_QUEUE, copy.id)).errors).toBeUndefined();
    expect((await job(QUEUE, id)).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await overview()).backgroundJobs.failed.map((j) => j.id)).not.toContain(id);
  });

  it('refuses a malformed id with a field error, and an unknown job as not found', async () => {
    const bad = await retry(QUEUE, 'not-a-uuid');
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { id: 'Give the id of a job' } });
    const unknown = await discard(QUEUE, '00000000-0000-4000-8000-000000000000');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('counts every real queue with a dead-letter queue set, so that jobs out of retries land there', async () => {
    // pg-boss's own internal queues (__pgboss__…) are not ours.
    const rows = await app.orm.em
      .fork()
      .execute<Array<{ name: string; dead_letter: string | null }>>(`select name, dead_letter from ${JOB_SCHEMA}.queue where name <> ? and name not like '\\_\\_pgboss\\_\\_%'`, [
        DEAD_LETTER_QUEUE,
      ]);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.dead_letter !== DEAD_LETTER_QUEUE).map((r) => r.name)).toEqual([]);
  });
});

describe('the email outbox', () => {
  const OUTBOX = 'query ($s: EmailStatus) { emailOutbox(status: $s) { totalCount messages { id to subject template status attempts lastError createdAt sentAt } } }';
  type Outbox = { emailOutbox: { totalCount: number; messages: Array<{ id: string; to: string; status: string; attempts: number; lastError: string | null }> } };

  it('marks an email failed when its last retry fails (a real SMTP server that refuses connections)', async () => {
    const em = app.orm.em.fork();
    const email = em.create(EmailMessage, { to: 'nobody@example.com', template: 'test', subject: 'Refused', text: 'x', createdAt: app.clock.now() });
    await em.flush();
    // Port 9 (discard) on the loopback: nothing listens, so the connection is refused.
    const mailer = createMailer('smtp://127.0.0.1:9', 'noreply@example.com')!;
    const ctx = { jobId: 'x', em, clock: app.clock, logger: app.logger, jobs: app.jobs, mailer, search: app.search, content: app.content };
    await expect(sendEmailJob.handle({ emailId: email.id }, { ...ctx, attempt: 1 })).rejects.toThrow();
    expect(email).toMatchObject({ status: EmailStatus.QUEUED, attempts: 1 });
    await expect(sendEmailJob.handle({ emailId: email.id }, { ...ctx, attempt: EMAIL_RETRY_LIMIT + 1 })).rejects.toThrow();
    expect(email.status).toBe(EmailStatus.FAILED);
    expect(email.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it('lists emails newest first, filters by state, and sends a failed one again', async () => {
    const em = app.orm.em.fork();
    const at = (m: number) => new Date(Date.UTC(2030, 0, 1, 0, m));
    const sent = em.create(EmailMessage, { to: 'a@example.com', template: 't', subject: 'Sent one', text: 'secret link', status: EmailStatus.SENT, attempts: 1, createdAt: at(1) });
    const failed = em.create(EmailMessage, {
      to: 'resend.me@example.com',
      template: 't',
      subject: 'Failed one',
      text: 'secret link',
      status: EmailStatus.FAILED,
      attempts: 9,
      lastError: 'Greylisted',
      createdAt: at(2),
    });
    await em.flush();
    const all = await admin.gql<Outbox>(OUTBOX, {});
    expect(all.errors).toBeUndefined();
    const ids = all.data!.emailOutbox.messages.map((m) => m.id);
    expect(ids.indexOf(String(failed.id))).toBeLessThan(ids.indexOf(String(sent.id)));
    const onlyFailed = await admin.gql<Outbox>(OUTBOX, { s: 'FAILED' });
    expect(onlyFailed.data!.emailOutbox.messages.every((m) => m.status === 'FAILED')).toBe(true);
    expect(onlyFailed.data!.emailOutbox.messages.find((m) => m.id === String(failed.id))).toMatchObject({ attempts: 9, lastError: 'Greylisted' });

    const resend = (id: string) => admin.gql<{ resendEmail: { status: string } }>('mutation ($id: ID!) { resendEmail(id: $id) { id status } }', { id });
    expect((await resend(String(sent.id))).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await resend('x')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const res = await resend(String(failed.id));
    expect(res.errors).toBeUndefined();
    expect(res.data!.resendEmail.status).toBe('QUEUED');
    const mail = await app.mailbox!.waitFor('resend.me@example.com');
    expect(mail.subject).toBe('Failed one');
    await until(async () => (await app.orm.em.fork().findOne(EmailMessage, { id: failed.id }))?.status === EmailStatus.SENT, 'the email to be sent');
    expect(await app.orm.em.fork().count(AuditEvent, { type: AuditType.RESEND_EMAIL, objectId: String(failed.id) })).toBe(1);
  });
});

describe('agreements to countersign', () => {
  it('is a number for sourcing', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING });
    const sourcing = await app.signIn(user.email, 'admin');
    const res = await sourcing.gql<{ agreementsToCountersign: number }>('{ agreementsToCountersign }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.agreementsToCountersign).toBe(0);
  });
});
