import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { EmailMessage } from './email-message.entity.js';
import { MailingListSubscription } from './mailing-list-subscription.entity.js';
import { mailingListEmailsHandler } from './mailing-list.handlers.js';
import { MailingListResolver } from './mailing-list.resolver.js';
import { sendEmailJob } from './notifications.jobs.js';

export const notificationsModule: ModuleDefinition = {
  name: 'notifications',
  entities: [EmailMessage, MailingListSubscription],
  resolvers: [MailingListResolver],
  jobs: [sendEmailJob as never],
  handlers: [mailingListEmailsHandler],
  // The mailing list is read by no visitor.
  unseenEvents: [AuditType.JOIN_MAILING_LIST],
};
