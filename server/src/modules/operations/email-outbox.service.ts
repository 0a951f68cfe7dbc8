import { requireViewer, type AppContext } from '../../app/context.js';
import { conflict, notFound } from '../../app/errors.js';
import { DEAD_LETTER_QUEUE, JOB_SCHEMA, transactionDb } from '../../app/jobs.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { EmailMessage, EmailStatus } from '../notifications/email-message.entity.js';
import { sendEmailJob } from '../notifications/notifications.jobs.js';
import type { EmailOutboxPage } from './email-outbox.types.js';

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox, newest first, optionally in one delivery state (bodies are never read here). */
export async function emailOutbox(ctx: Pick<AppContext, 'em'>, status: EmailStatus | undefined, page: number): Promise<EmailOutboxPage> {
  const where = status ? { status } : {};
  const [messages, totalCount] = await ctx.em.findAndCount(EmailMessage, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: OUTBOX_PAGE_SIZE,
    offset: (page - 1) * OUTBOX_PAGE_SIZE,
    exclude: ['text', 'attachments'],
  });
  // The bodies (one-time links) are not read: the type's fields never include them.
  return { totalCount, page, pageSize: OUTBOX_PAGE_SIZE, messages: messages as EmailMessage[] };
}

/**
 * Sends a failed email again: it is queued with a new delivery job, and the failed delivery job
 * (with its dead-letter copy) is removed, in one transaction with the audit event.
 */
export async function resendEmail(ctx: AppContext, id: number): Promise<EmailMessage> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (tx) => {
    const email = await tx.findOne(EmailMessage, { id });
    if (!email) throw notFound('The email');
    if (email.status !== EmailStatus.FAILED) throw conflict(`Only a failed email can be sent again: this one is ${email.status}`);
    email.status = EmailStatus.QUEUED;
    await tx.flush();
    const db = transactionDb(tx, 'resendEmail');
    const failed = await tx.execute<Array<{ id: string }>>(`select id::text as id from ${JOB_SCHEMA}.job where name = ? and state = 'failed' and data @> ?::jsonb`, [
      sendEmailJob.name,
      JSON.stringify({ emailId: id }),
    ]);
    if (failed.length) {
      await ctx.jobs.boss.deleteJob(
        sendEmailJob.name,
        failed.map((f) => f.id),
        { db },
      );
      await tx.execute(`delete from ${JOB_SCHEMA}.job where name = ? and source_name = ? and source_id = any(?::uuid[]) and state < 'active'`, [
        DEAD_LETTER_QUEUE,
        sendEmailJob.name,
        `{${failed.map((f) => f.id).join(',')}}`,
      ]);
    }
    await ctx.jobs.enqueue(tx, sendEmailJob, { emailId: id });
    recordAudit(tx, ctx.clock.now(), {
      type: AuditType.RESEND_EMAIL,
      actor: viewer,
      objectType: 'EmailMessage',
      objectId: id,
      data: { emailId: id, template: email.template, attempts: email.attempts, error: email.lastError?.slice(0, 500) ?? null },
    });
    return email;
  });
}
