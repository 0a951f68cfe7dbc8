import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { can, Permission } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { BriefResponse } from './brief-response.entity.js';
import { BriefUser } from './brief-user.entity.js';
import { Brief } from './brief.entity.js';
import { BriefStatus } from './brief.status.js';

/**
 * Who may see or change which brief and response. The roles that may call an operation at all are
 * its resolver's `@Authorized` gate; past the gate, a brief or response the viewer may not see is
 * NOT_FOUND, so that nobody learns what exists.
 */

/** Support admins see any brief, drafts included, with its buyers and responses. */
export const canViewAnyBrief = (viewer: Viewer | null) => can(viewer?.role as Role | undefined, Permission.VIEW_ANY_BRIEF);

export const isBriefOwner = async (em: EntityManager, briefId: number, userId: number | undefined) =>
  userId !== undefined && Boolean(await em.findOne(BriefUser, { brief: briefId, user: userId }));

/** A brief: anyone once published; a draft only its buyers and support admins. */
export const canSeeBrief = (viewer: Viewer | null, brief: Pick<Brief, 'publishedAt'>, owner: boolean): boolean => Boolean(brief.publishedAt) || owner || canViewAnyBrief(viewer);

/** A brief's buyers (who own it) and support admins see its buyers and submitted responses. */
export const canSeeBriefInsides = (viewer: Viewer | null, owner: boolean): boolean => owner || canViewAnyBrief(viewer);

/** Whether a brief's insides could be shown to this viewer at all (only a buyer can own one): if not, its owners need not be looked up. */
export const mightSeeBriefInsides = (viewer: Viewer | null): boolean => viewer?.role === Role.BUYER || canViewAnyBrief(viewer);

/** Buyers see responses only once applications have closed (never while live, nor of a draft or withdrawn brief). */
export const responsesAreOpenToBuyers = (status: BriefStatus): boolean => ![BriefStatus.DRAFT, BriefStatus.LIVE, BriefStatus.WITHDRAWN].includes(status);

export const isResponder = (viewer: Viewer | null, response: BriefResponse): boolean => viewer?.role === Role.SUPPLIER && viewer.supplierId === response.supplier.id;

/** Beyond its supplier and support admins, a response is seen by the brief's buyers once submitted and no longer live. */
export const buyerMaySeeResponse = (response: BriefResponse, owner: boolean, status: BriefStatus): boolean => Boolean(response.submittedAt) && owner && status !== BriefStatus.LIVE;

/** The company a supplier user responds for; a supplier user without one has no responses to find. */
export function respondingSupplier(viewer: Viewer): Viewer & { supplierId: number } {
  if (viewer.supplierId === null) throw notFound('Supplier');
  return viewer as Viewer & { supplierId: number };
}

/** A brief the viewer owns, locked for a change; anyone else's is "not found". */
export async function ownBrief(em: EntityManager, viewer: Viewer, id: number): Promise<Brief> {
  const brief = await em.findOne(Brief, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!brief || !(await isBriefOwner(em, id, viewer.id))) throw notFound(`Brief ${id}`);
  return brief;
}

/** The supplier's own response, locked for a change; anyone else's is "not found". */
export async function ownResponse(em: EntityManager, viewer: Viewer & { supplierId: number }, id: number): Promise<BriefResponse> {
  const response = await em.findOne(BriefResponse, { id, supplier: viewer.supplierId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!response) throw notFound(`Brief response ${id}`);
  return response;
}
