import type { EmailToQueue } from '../notifications/notifications.service.js';

/** What each supplier who responded to a brief is told when its outcome is recorded (one template). */
export const outcomeEmails = {
  won: (to: string, title: string, briefId: number, startDate: string): EmailToQueue => ({
    to,
    template: 'brief-outcome',
    subject: `You’ve won the contract for ‘${title}’`,
    text: `The buyer has awarded you the contract for ‘${title}’ (opportunity ${briefId}), starting ${startDate}.`,
  }),
  lost: (to: string, title: string, briefId: number): EmailToQueue => ({
    to,
    template: 'brief-outcome',
    subject: `The contract for ‘${title}’ has been awarded`,
    text: `The buyer has awarded the contract for ‘${title}’ (opportunity ${briefId}) to another supplier. Thank you for applying.`,
  }),
  cancelled: (to: string, title: string, briefId: number): EmailToQueue => ({
    to,
    template: 'brief-outcome',
    subject: `‘${title}’ has been cancelled`,
    text: `The buyer cancelled ‘${title}’ (opportunity ${briefId}). No contract will be awarded. Thank you for applying.`,
  }),
  noneSuitable: (to: string, title: string, briefId: number): EmailToQueue => ({
    to,
    template: 'brief-outcome',
    subject: `No supplier was chosen for ‘${title}’`,
    text: `The buyer found no suitable supplier for ‘${title}’ (opportunity ${briefId}). Thank you for applying.`,
  }),
};
