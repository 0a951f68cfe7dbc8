import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditType } from '../audit/audit.types.js';
import { BriefResponse } from '../briefs/brief-response.entity.js';
import { briefTitle } from '../briefs/brief.emails.js';
import { Brief } from '../briefs/brief.entity.js';
import { emailHandler } from '../notifications/notifications.handlers.js';
import type { EmailToQueue } from '../notifications/notifications.service.js';
import { ContactInformation } from '../suppliers/contact-information.entity.js';
import { OutcomeResult } from './outcome.entity.js';
import { outcomeEmails } from './outcome.emails.js';

/** Where each response's supplier is told: the address given in the response, else the supplier's first contact. */
async function responderEmails(em: EntityManager, responses: BriefResponse[]): Promise<Map<number, string>> {
  const contacts = await em.find(ContactInformation, { supplier: { $in: responses.map((r) => r.supplier.id) } }, { orderBy: { id: 'asc' } });
  const out = new Map<number, string>();
  for (const r of responses) {
    const given = typeof r.data.respondToEmailAddress === 'string' ? r.data.respondToEmailAddress : contacts.find((c) => c.supplier.id === r.supplier.id)?.email;
    if (given) out.set(r.id, given);
  }
  return out;
}

/**
 * Every supplier who submitted a response to a brief is told how the procurement ended, when its
 * outcome is completed (an award only the first time it is given). The event says which response
 * won and from when; direct award outcomes email no one.
 */
export const outcomeEmailsHandler = emailHandler('outcomes.emails', [AuditType.COMPLETE_OUTCOME], async (event, { em }) => {
  const { briefId, result, briefResponseId, startDate, notifyResponders } = event.data;
  if (notifyResponders !== true || !Number.isInteger(briefId)) return [];
  const brief = await em.findOne(Brief, { id: briefId as number });
  if (!brief) return [];
  const title = briefTitle(brief);
  const message = (to: string, response: BriefResponse): EmailToQueue | null => {
    if (result === OutcomeResult.AWARDED)
      return response.id === briefResponseId ? outcomeEmails.won(to, title, brief.id, String(startDate)) : outcomeEmails.lost(to, title, brief.id);
    if (result === OutcomeResult.CANCELLED) return outcomeEmails.cancelled(to, title, brief.id);
    if (result === OutcomeResult.NONE_SUITABLE) return outcomeEmails.noneSuitable(to, title, brief.id);
    return null;
  };
  const responses = await em.find(BriefResponse, { brief: brief.id, submittedAt: { $ne: null } }, { orderBy: { id: 'asc' } });
  const addresses = await responderEmails(em, responses);
  return responses.flatMap((response) => {
    const to = addresses.get(response.id);
    const email = to ? message(to, response) : null;
    return email ? [email] : [];
  });
});
