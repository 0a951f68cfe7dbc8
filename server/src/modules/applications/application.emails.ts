import type { EmailAttachment, EmailToQueue } from '../notifications/notifications.service.js';

/** The email copy of the applications module, in one place. */
export const applicationEmails = {
  applicationStarted: (to: string, startedBy: string, frameworkName: string, link: string): EmailToQueue => ({
    to,
    template: 'framework-application-started',
    subject: `Your organisation has started an application to ${frameworkName}`,
    text: `${startedBy} has started your organisation’s application to ${frameworkName}. You can work on it at ${link}.\n\nDigital Marketplace`,
  }),
  agreementSigned: (to: string, frameworkName: string, signerName: string, signedOn: string, link: string, signaturePage: EmailAttachment): EmailToQueue => ({
    to,
    template: 'framework-agreement-signed',
    subject: `Your organisation has signed its ${frameworkName} framework agreement`,
    text:
      `${signerName} signed your organisation’s ${frameworkName} framework agreement on ${signedOn}. The signature page is attached.\n\n` +
      `Crown Commercial Service will now check the agreement and countersign it. We will email you the countersigned agreement, and you can follow its progress at ${link}.\n\nDigital Marketplace`,
    attachments: [signaturePage],
  }),
  agreementCountersigned: (to: string, frameworkName: string, countersignedOn: string, link: string, agreement: EmailAttachment): EmailToQueue => ({
    to,
    template: 'framework-agreement-countersigned',
    subject: `Your ${frameworkName} framework agreement has been countersigned`,
    text:
      `Crown Commercial Service countersigned your organisation’s ${frameworkName} framework agreement on ${countersignedOn}. The countersigned agreement is attached.\n\n` +
      `You can also download it at ${link}.\n\nDigital Marketplace`,
    attachments: [agreement],
  }),
  clarificationQuestion: (to: string, frameworkName: string, reference: string, supplierName: string, askedBy: string, question: string): EmailToQueue => ({
    to,
    template: 'framework-clarification-question',
    subject: `${frameworkName} clarification question ${reference}`,
    text:
      `A supplier asked a clarification question about ${frameworkName}.\n\nReference: ${reference}\nSupplier: ${supplierName}\nAsked by: ${askedBy}\n\n${question}\n\n` +
      `Publish the answer with the other clarification answers under the reference only: do not name the supplier.`,
  }),
  clarificationQuestionReceived: (to: string, frameworkName: string, question: string, link: string): EmailToQueue => ({
    to,
    template: 'framework-clarification-question-confirmation',
    subject: `Your ${frameworkName} clarification question`,
    text:
      `We have received your clarification question about ${frameworkName}:\n\n${question}\n\n` +
      `The Crown Commercial Service publishes the answers to all clarification questions without saying who asked them. You can read them at ${link}.\n\nDigital Marketplace`,
  }),
};
