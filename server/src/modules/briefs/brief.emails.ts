import type { EmailToQueue } from '../notifications/notifications.service.js';
import type { Brief } from './brief.entity.js';

/** How emails name a brief: its title, or its number while it has none. */
export const briefTitle = (brief: Brief): string => (typeof brief.data.title === 'string' ? brief.data.title : `opportunity ${brief.id}`);

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
};
