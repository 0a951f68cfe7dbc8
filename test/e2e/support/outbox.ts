import pg from 'pg';
import { inject } from 'vitest';

/** An email the stack sent (kept in its development outbox: no SMTP server is configured). */
export interface SentEmail {
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/**
 * Waits for the newest email to `to` (optionally whose subject matches, sent after `since`) and
 * returns it. Journeys read emailed links this way, and call no other API.
 */
export async function waitForEmail(to: string, opts: { subject?: RegExp; since?: Date; timeoutMs?: number } = {}): Promise<SentEmail> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
    for (;;) {
      const { rows } = await client.query<{ to: string; subject: string; text: string; created_at: Date }>(
        'SELECT "to", subject, text, created_at FROM email_messages WHERE lower("to") = lower($1) AND created_at >= $2 ORDER BY id DESC',
        [to, opts.since ?? new Date(0)],
      );
      const found = rows.find((r) => !opts.subject || opts.subject.test(r.subject));
      if (found) return { to: found.to, subject: found.subject, text: found.text, createdAt: found.created_at };
      if (Date.now() > deadline) throw new Error(`no email to ${to}${opts.subject ? ` with a subject like ${opts.subject}` : ''} within the time allowed`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await client.end();
  }
}

/** The first link in an email's text that starts with `prefix` (e.g. the web URL and "/create-account/"). */
export function linkIn(email: SentEmail, prefix: string): string {
  const link = email.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!link) throw new Error(`no link starting ${prefix} in the email "${email.subject}":\n${email.text}`);
  return link.replace(/[).,]+$/, '');
}
