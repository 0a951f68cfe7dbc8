import { AuditType } from '../audit/audit.types.js';
import { Framework } from '../frameworks/framework.entity.js';
import { emailHandler } from '../notifications/notifications.handlers.js';
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
