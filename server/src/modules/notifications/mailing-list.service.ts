import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { AppContext } from '../../app/context.js';
import { badInput } from '../../app/errors.js';
import { EMAIL_PATTERN } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { MailingListSubscription } from './mailing-list-subscription.entity.js';

/** The longest address stored (the column, like every email column). */
export const MAILING_LIST_EMAIL_MAX = 320;

export const ALREADY_SUBSCRIBED = 'This email address is already signed up for Digital Marketplace email alerts';

/** The address as stored: trimmed and lower-case; or the message saying what is wrong with it. */
export function mailingListEmail(value: string): { email: string } | { error: string } {
  const email = value.trim().toLowerCase();
  if (!email) return { error: 'Enter your email address' };
  if (email.length > MAILING_LIST_EMAIL_MAX) return { error: `Your email address must be ${MAILING_LIST_EMAIL_MAX} characters or fewer` };
  if (!EMAIL_PATTERN.test(email)) return { error: 'Enter an email address in the correct format, like name@example.com' };
  return { email };
}

const alreadySubscribed = () => badInput(ALREADY_SUBSCRIBED, { email: ALREADY_SUBSCRIBED });

/**
 * A12: anyone signs an address up for email alerts. It is stored once (an address already on the
 * list is refused, whatever its case), and the event's handler emails a confirmation to it.
 */
export async function joinMailingList(ctx: AppContext, value: string): Promise<MailingListSubscription> {
  const checked = mailingListEmail(value);
  if ('error' in checked) throw badInput('Check your email address', { email: checked.error });
  const { email } = checked;
  try {
    return await ctx.em.transactional(async (em) => {
      if (await em.count(MailingListSubscription, { email })) throw alreadySubscribed();
      const now = ctx.clock.now();
      const subscription = em.create(MailingListSubscription, { email, createdAt: now });
      await em.flush();
      recordAudit(em, now, { type: AuditType.JOIN_MAILING_LIST, actorEmail: email, objectType: 'MailingListSubscription', objectId: subscription.id, data: { email } });
      return subscription;
    });
  } catch (e) {
    // Two sign-ups of one address at once: the unique index refuses the second.
    if (e instanceof UniqueConstraintViolationException) throw alreadySubscribed();
    throw e;
  }
}
