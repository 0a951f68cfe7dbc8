import { LockMode } from '@mikro-orm/core';
import { defineJob } from '../../app/jobs.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Brief } from './brief.entity.js';

/**
 * Runs at the moment applications close (pg-boss `startAfter`, scheduled by a handler of the
 * publishing event), so deadlines are not a nightly batch. It marks the brief closed and records
 * BRIEF_APPLICATIONS_CLOSED: the buyers' email and the search update are handlers of that event.
 * Idempotent on `closedNoticeSentAt`; a withdrawn brief is left alone.
 */
export const briefApplicationsClosedJob = defineJob<{ briefId: number }>({
  name: 'briefs.applications-closed',
  queue: { retryLimit: 10, retryDelay: 10, retryBackoff: true, retryDelayMax: 600 },
  async handle({ briefId }, { em, clock, logger }) {
    await em.transactional(async (tx) => {
      const brief = await tx.findOne(Brief, { id: briefId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!brief || !brief.applicationsClosedAt || brief.closedNoticeSentAt || brief.withdrawnAt) return;
      const now = clock.now();
      // Started early (clock skew between machines): fail, and pg-boss tries again shortly.
      if (brief.applicationsClosedAt.getTime() > now.getTime()) throw new Error(`brief ${briefId} closes at ${brief.applicationsClosedAt.toISOString()}, not yet`);
      brief.closedNoticeSentAt = now;
      recordAudit(tx, now, { type: AuditType.BRIEF_APPLICATIONS_CLOSED, objectType: 'Brief', objectId: briefId, data: { briefId } });
      logger.info({ briefId }, 'brief closed for applications');
    });
  },
});
