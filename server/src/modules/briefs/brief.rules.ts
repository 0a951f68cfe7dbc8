import type { EntityManager } from '@mikro-orm/postgresql';
import { BriefResponse } from './brief-response.entity.js';
import type { Brief } from './brief.entity.js';
import { briefStatus, BriefStatus } from './brief.status.js';

/** The status of a brief now; whether a response was awarded is looked up only when it matters. */
export async function currentStatus(em: EntityManager, brief: Brief, now: Date): Promise<BriefStatus> {
  const status = briefStatus({ ...brief, hasAwardedResponse: false }, now);
  if (status !== BriefStatus.CLOSED) return status;
  return (await em.count(BriefResponse, { brief: brief.id, awardedAt: { $ne: null } })) ? BriefStatus.AWARDED : status;
}
