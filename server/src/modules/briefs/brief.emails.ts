import type { EmailToQueue } from '../notifications/notifications.service.js';

/** The email copy of the briefs module, in one place (content designers read and change it here). */
export const briefEmails = {
  applicationsClosed: (to: string, title: string, briefId: number, closedAt: Date): EmailToQueue => ({
    to,
    template: 'brief-applications-closed',
    subject: `‘${title}’ has closed for applications`,
    text: `Applications for ‘${title}’ (opportunity ${briefId}) closed at ${closedAt.toISOString()}.\n\nYou can now review the suppliers’ responses, shortlist and award the contract, or tell us the requirement was cancelled or unsuccessful.`,
  }),
  clarificationQuestion: (to: string, title: string, briefId: number, question: string): EmailToQueue => ({
    to,
    template: 'brief-clarification-question',
    subject: `You’ve received a new supplier question about ‘${title}’`,
    text: `A supplier asked a question about ‘${title}’ (opportunity ${briefId}):\n\n${question}\n\nIf you answer it, publish the question and answer on the opportunity so that every supplier sees them. Answers are due by the date shown on your requirement.`,
  }),
  clarificationQuestionCopy: (to: string, title: string, briefId: number, question: string): EmailToQueue => ({
    to,
    template: 'brief-clarification-question-copy',
    subject: `Your question about ‘${title}’`,
    text: `You asked the buyer of ‘${title}’ (opportunity ${briefId}):\n\n${question}\n\nThe buyer will publish the question and answer on the opportunity if they answer it.`,
  }),
  /** What each responder is told when the outcome is recorded. */
  outcome: {
    won: (title: string, briefId: number, startDate: string) => ({
      subject: `You’ve won the contract for ‘${title}’`,
      text: `The buyer has awarded you the contract for ‘${title}’ (opportunity ${briefId}), starting ${startDate}.`,
    }),
    lost: (title: string, briefId: number) => ({
      subject: `The contract for ‘${title}’ has been awarded`,
      text: `The buyer has awarded the contract for ‘${title}’ (opportunity ${briefId}) to another supplier. Thank you for applying.`,
    }),
    cancelled: (title: string, briefId: number) => ({
      subject: `‘${title}’ has been cancelled`,
      text: `The buyer cancelled ‘${title}’ (opportunity ${briefId}). No contract will be awarded. Thank you for applying.`,
    }),
    noneSuitable: (title: string, briefId: number) => ({
      subject: `No supplier was chosen for ‘${title}’`,
      text: `The buyer found no suitable supplier for ‘${title}’ (opportunity ${briefId}). Thank you for applying.`,
    }),
  },
};
