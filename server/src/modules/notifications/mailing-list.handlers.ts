import { AuditType } from '../audit/audit.types.js';
import { emailHandler } from './notifications.handlers.js';
import type { EmailToQueue } from './notifications.service.js';

/** The confirmation sent to an address that joined the mailing list. */
export const mailingListConfirmation = (to: string): EmailToQueue => ({
  to,
  template: 'mailing-list-confirmation',
  subject: 'You have signed up for Digital Marketplace email alerts',
  text:
    'Thank you for signing up. We will email this address when a framework opens for applications, and with other news for suppliers selling to the public sector through the Digital Marketplace.' +
    '\n\nDigital Marketplace\nIf you did not sign up, contact the Digital Marketplace support team and we will take this address off the list.',
});

export const mailingListEmailsHandler = emailHandler('notifications.mailing-list', [AuditType.JOIN_MAILING_LIST], (event) => {
  const email = typeof event.data.email === 'string' ? event.data.email : null;
  return email ? [mailingListConfirmation(email)] : [];
});
