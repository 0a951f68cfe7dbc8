import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../app/jobs.js';
import { EmailMessage } from './email-message.entity.js';
import { sendEmailJob } from './notifications.jobs.js';

export interface EmailToQueue {
  to: string;
  template: string;
  subject: string;
  text: string;
}

/**
 * Records the email and enqueues its delivery in the caller's transaction: the email goes out
 * exactly when the change that caused it commits.
 */
export async function queueEmail(em: EntityManager, jobs: JobQueue, now: Date, email: EmailToQueue): Promise<EmailMessage> {
  const message = em.create(EmailMessage, { ...email, createdAt: now });
  await em.flush();
  await jobs.enqueue(em, sendEmailJob, { emailId: message.id });
  return message;
}

/** The development outbox: the newest emails, with their bodies, for the CLI and tests. */
export async function latestEmails(em: EntityManager, limit = 10): Promise<EmailMessage[]> {
  return em.find(EmailMessage, {}, { orderBy: { id: 'desc' }, limit });
}
