import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../app/jobs.js';
import { EmailMessage } from './email-message.entity.js';
import { sendEmailJob } from './notifications.jobs.js';

export interface EmailToQueue {
  to: string;
  template: string;
  subject: string;
  text: string;
  /** Files from the document storage sent with it (generated agreements). */
  attachments?: EmailAttachment[] | null;
}

/** A stored document attached to an email: read from the document storage when the email is sent. */
export interface EmailAttachment {
  storageKey: string;
  fileName: string;
  contentType: string;
}

/** The columns' sizes (email_messages.to and .subject). */
const ADDRESS_MAX = 320;
const SUBJECT_MAX = 255;

/**
 * Records the email and enqueues its delivery in the caller's transaction: the email goes out
 * exactly when the change that caused it commits.
 */
export async function queueEmail(em: EntityManager, jobs: JobQueue, now: Date, email: EmailToQueue): Promise<EmailMessage | null> {
  // An address that cannot be stored cannot be delivered either (say, a supplier's over-long answer):
  // nothing is queued, rather than failing the handler on every retry and holding up every email after it.
  const to = email.to.trim();
  if (!to || to.length > ADDRESS_MAX) return null;
  // Subjects quote what users typed (company names, titles): a long one is shortened, not refused.
  const subject = email.subject.length > SUBJECT_MAX ? `${email.subject.slice(0, SUBJECT_MAX - 1)}…` : email.subject;
  const message = em.create(EmailMessage, { ...email, to, subject, createdAt: now });
  await em.flush();
  await jobs.enqueue(em, sendEmailJob, { emailId: message.id });
  return message;
}

/** The development outbox: the newest emails, with their bodies, for the CLI and tests. */
export async function latestEmails(em: EntityManager, limit = 10): Promise<EmailMessage[]> {
  return em.find(EmailMessage, {}, { orderBy: { id: 'desc' }, limit });
}
