import type { Readable } from 'node:stream';
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Streamed into the message as it is sent. */
  attachments?: Array<{ filename: string; contentType: string; content: Readable }>;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

/** SMTP through nodemailer; without SMTP_URL there is no mailer and emails stay in the dev outbox. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(email) {
      const info = await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text, attachments: email.attachments });
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}
