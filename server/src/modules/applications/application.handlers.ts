import { AuditType } from '../audit/audit.types.js';
import { Framework } from '../frameworks/framework.entity.js';
import { emailHandler } from '../notifications/notifications.handlers.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { User } from '../users/user.entity.js';
import { applicationEmails } from './application.emails.js';

/** A supplier started an application: every active user of the supplier is told. */
export const applicationEmailsHandler = emailHandler('applications.emails', [AuditType.REGISTER_FRAMEWORK_INTEREST], async (event, { em, config }) => {
  const supplierId = Number(event.data.supplierId);
  const framework = await em.findOne(Framework, { slug: String(event.data.frameworkSlug) });
  if (!framework || !Number.isInteger(supplierId)) return [];
  const colleagues = await em.find(User, { supplier: supplierId, active: true }, { orderBy: { id: 'asc' } });
  const link = `${config?.WEB_URL ?? ''}/suppliers/frameworks/${framework.slug}`;
  return colleagues.map((user) => applicationEmails.applicationStarted(user.email, event.actorEmail ?? 'A colleague', framework.name, link));
});

/**
 * A supplier asked a framework clarification question: the question goes to the Crown Commercial
 * Service's mailbox under its reference, and the user who asked gets a confirmation. Opportunity
 * questions (the same event type, with a brief) are the briefs module's.
 */
export const clarificationQuestionEmailsHandler = emailHandler('applications.clarification-emails', [AuditType.SEND_CLARIFICATION_QUESTION], async (event, { em, config }) => {
  const { frameworkSlug, question, reference } = event.data;
  if (event.data.briefId !== undefined || typeof frameworkSlug !== 'string' || typeof question !== 'string' || typeof reference !== 'string') return [];
  const framework = await em.findOne(Framework, { slug: frameworkSlug });
  if (!framework) return [];
  const supplier = Number.isInteger(event.data.supplierId) ? await em.findOne(Supplier, { id: event.data.supplierId as number }) : null;
  const asker = event.actorId === null ? null : await em.findOne(User, { id: event.actorId });
  const link = `${config?.WEB_URL ?? ''}/suppliers/frameworks/${framework.slug}/updates`;
  return [
    applicationEmails.clarificationQuestion(
      config?.CLARIFICATION_QUESTIONS_EMAIL ?? 'clarification-questions@marketplace.localhost',
      framework.name,
      reference,
      supplier?.name ?? 'Unknown supplier',
      asker?.email ?? event.actorEmail ?? 'unknown',
      question,
    ),
    ...(asker?.active ? [applicationEmails.clarificationQuestionReceived(asker.email, framework.name, question, link)] : []),
  ];
});
