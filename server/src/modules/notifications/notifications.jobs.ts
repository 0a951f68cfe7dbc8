import { defineJob } from '../../app/jobs.js';
import { EmailMessage, EmailStatus } from './email-message.entity.js';

/** Retries of a delivery before the email is marked failed (and its job dead-lettered). */
export const EMAIL_RETRY_LIMIT = 8;

/**
 * Delivers one queued email. Idempotent: an email already sent or kept is left alone. The run that
 * uses up the retries marks the email failed (an admin may resend it from the outbox).
 */
export const sendEmailJob = defineJob<{ emailId: number }>({
  name: 'email.send',
  queue: { retryLimit: EMAIL_RETRY_LIMIT, retryDelay: 10, retryBackoff: true, retryDelayMax: 3600 },
  async handle({ emailId }, { em, clock, mailer, logger, storage, attempt }) {
    const email = await em.findOne(EmailMessage, { id: emailId });
    if (!email || email.status === EmailStatus.SENT || email.status === EmailStatus.KEPT) return;
    email.attempts += 1;
    if (!mailer) {
      email.status = EmailStatus.KEPT;
      await em.flush();
      logger.info({ emailId, template: email.template }, 'no SMTP configured: email kept in the development outbox');
      return;
    }
    const attachments: Array<{ filename: string; contentType: string; content: import('node:stream').Readable }> = [];
    try {
      for (const a of email.attachments ?? []) {
        const object = await storage?.documents.get(a.storageKey);
        if (!object) throw new Error(`the attachment ${a.fileName} is not in the document storage`);
        attachments.push({ filename: a.fileName, contentType: a.contentType, content: object.body });
      }
      const { messageId } = await mailer.send({ to: email.to, subject: email.subject, text: email.text, attachments });
      email.status = EmailStatus.SENT;
      email.sentAt = clock.now();
      email.providerMessageId = messageId;
      email.lastError = null;
    } catch (err) {
      // Files opened for a message that was not sent are closed (a retry opens them again).
      for (const a of attachments) a.content.destroy();
      email.lastError = err instanceof Error ? err.message : String(err);
      if (attempt > EMAIL_RETRY_LIMIT) email.status = EmailStatus.FAILED;
      await em.flush();
      throw err;
    }
    await em.flush();
  },
});
