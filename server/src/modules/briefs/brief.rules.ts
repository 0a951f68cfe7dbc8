import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../app/context.js';
import { can, Permission } from '../../shared/permissions.js';
import type { Role } from '../../shared/role.js';
import { BriefResponse } from './brief-response.entity.js';
import { BriefUser } from './brief-user.entity.js';
import type { Brief } from './brief.entity.js';
import { briefStatus, BriefStatus } from './brief.status.js';

/** The status of a brief now; whether a response was awarded is looked up only when it matters. */
export async function currentStatus(em: EntityManager, brief: Brief, now: Date): Promise<BriefStatus> {
  const status = briefStatus({ ...brief, hasAwardedResponse: false }, now);
  if (status !== BriefStatus.CLOSED) return status;
  return (await em.count(BriefResponse, { brief: brief.id, awardedAt: { $ne: null } })) ? BriefStatus.AWARDED : status;
}

/** Support admins see any brief, drafts included, with its buyers and responses. */
export const canViewAnyBrief = (viewer: Viewer | null) => can(viewer?.role as Role | undefined, Permission.VIEW_ANY_BRIEF);

export const isBriefOwner = async (em: EntityManager, briefId: number, userId: number | undefined) =>
  userId !== undefined && Boolean(await em.findOne(BriefUser, { brief: briefId, user: userId }));
