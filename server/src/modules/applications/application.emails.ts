import type { EmailToQueue } from '../notifications/notifications.service.js';

/** The email copy of the applications module, in one place. */
export const applicationEmails = {
  applicationStarted: (to: string, startedBy: string, frameworkName: string, link: string): EmailToQueue => ({
    to,
    template: 'framework-application-started',
    subject: `Your organisation has started an application to ${frameworkName}`,
    text: `${startedBy} has started your organisation’s application to ${frameworkName}. You can work on it at ${link}.\n\nDigital Marketplace`,
  }),
};
