import { LockMode } from '@mikro-orm/core';
import { defineJob } from '../../app/jobs.js';
import { queueEmail } from '../notifications/notifications.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { User } from '../users/user.entity.js';
import { BriefUser } from './brief-user.entity.js';
import { briefEmails } from './brief.emails.js';
import { Brief } from './brief.entity.js';

/**
 * Scheduled at publication for the moment applications close (pg-boss `startAfter`), so deadlines
 * are not a nightly batch: the buyers are told the opportunity has closed and what to do next.
 * Idempotent on `closedNoticeSentAt`; a withdrawn brief is left alone.
 */
export const briefApplicationsClosedJob = defineJob<{ briefId: number }>({
  name: 'briefs.applications-closed',
  queue: { retryLimit: 10, retryDelay: 10, retryBackoff: true, retryDelayMax: 600 },
  async handle({ briefId }, { em, clock, jobs, logger }) {
    await em.transactional(async (tx) => {
      const brief = await tx.findOne(Brief, { id: briefId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!brief || !brief.applicationsClosedAt || brief.closedNoticeSentAt || brief.withdrawnAt) return;
      const now = clock.now();
      // Started early (clock skew between machines): fail, and pg-boss tries again shortly.
      if (brief.applicationsClosedAt.getTime() > now.getTime()) throw new Error(`brief ${briefId} closes at ${brief.applicationsClosedAt.toISOString()}, not yet`);
      const owners = await tx.find(User, { id: { $in: (await tx.find(BriefUser, { brief: briefId })).map((o) => o.user.id) }, active: true });
      const title = typeof brief.data.title === 'string' ? brief.data.title : `opportunity ${briefId}`;
      for (const owner of owners) {
        await queueEmail(tx, jobs, now, briefEmails.applicationsClosed(owner.email, title, briefId, brief.applicationsClosedAt));
      }
      brief.closedNoticeSentAt = now;
      // The opportunity shows as closed in search from now on (search handles this event).
      recordAudit(tx, now, { type: AuditType.BRIEF_APPLICATIONS_CLOSED, objectType: 'Brief', objectId: briefId, data: { briefId, notified: owners.length } });
      logger.info({ briefId, notified: owners.length }, 'brief closed: buyers told');
    });
  },
});
