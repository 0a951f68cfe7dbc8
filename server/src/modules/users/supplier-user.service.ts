import { LockMode } from '@mikro-orm/core';
import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput, conflict, notFound } from '../../app/errors.js';
import { Role } from '../../shared/role.js';
import { EMAIL_PATTERN } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { canViewPrivateDetails } from '../suppliers/supplier.policy.js';
import { actingOn } from '../suppliers/supplier.service.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

/** A supplier's team: its users, inviting a colleague, removing one. */

const BAD_EMAIL = 'Enter an email address in the correct format, like name@example.com';

/**
 * Invites a colleague to a supplier (its own users, or a support admin); the users handler of the
 * event emails the link. Supplier users reach their own supplier only (others are "not found").
 */
export async function inviteSupplierUser(ctx: AppContext, supplierId: number, rawEmail: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const email = rawEmail.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(email)) throw badInput(BAD_EMAIL, { email: BAD_EMAIL });
  await ctx.em.transactional(async (em) => {
    const supplier = await actingOn(ctx, em, supplierId, false);
    if (await em.findOne(User, { email })) throw conflict('An account already exists with this email address');
    recordAudit(em, ctx.clock.now(), {
      type: AuditType.INVITE_USER,
      actor: viewer,
      objectType: 'Supplier',
      objectId: supplier.id,
      data: { supplierId: supplier.id, invitedEmail: email, role: Role.SUPPLIER },
    });
  });
  return true;
}

/** A supplier user removes a colleague (never themselves); the colleague can no longer sign in. */
export async function deactivateSupplierUser(ctx: AppContext, userId: number): Promise<User> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user || user.id === viewer.id || user.role !== Role.SUPPLIER || user.supplier?.id !== viewer.supplierId) throw notFound(`User ${userId}`);
    const now = ctx.clock.now();
    user.active = false;
    user.updatedAt = now;
    await em.nativeDelete(Session, { user: user.id });
    recordAudit(em, now, { type: AuditType.UPDATE_USER, actor: viewer, objectType: 'User', objectId: user.id, data: { supplierId: viewer.supplierId, update: { active: false } } });
    return user;
  });
}

/** A supplier's users by name: the active ones, or (AD3, for reactivating) the deactivated ones too. */
export async function supplierUsers(ctx: AppContext, supplier: Supplier, includeDeactivated = false): Promise<User[] | null> {
  if (!canViewPrivateDetails(ctx.viewer, supplier)) return null;
  return ctx.em.find(User, { supplier: supplier.id, ...(includeDeactivated ? {} : { active: true }) }, { orderBy: { name: 'asc', id: 'asc' } });
}

const UNKNOWN_USER = 'No account has this email address: check it, or invite them instead';
const NOT_A_SUPPLIER_USER = 'This account is not a supplier user’s, so it cannot be moved to a supplier';
const ALREADY_HERE = 'This user already works for this supplier';

/**
 * AD3: a support or category admin moves an existing supplier user to this supplier (a person who
 * changed company): the account becomes an active user of the supplier, its sessions end (they were
 * for the old supplier), and the move is audited. Buyers and admins cannot be moved.
 */
export async function moveUserToSupplier(ctx: AppContext, supplierId: number, rawEmail: string): Promise<User> {
  const viewer = requireViewer(ctx);
  const email = rawEmail.trim().toLowerCase();
  if (!email) throw badInput('Enter an email address', { email: 'Enter an email address' });
  if (!EMAIL_PATTERN.test(email)) throw badInput(BAD_EMAIL, { email: BAD_EMAIL });
  return ctx.em.transactional(async (em) => {
    const supplier = await actingOn(ctx, em, supplierId, false);
    const user = await em.findOne(User, { email }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw badInput(UNKNOWN_USER, { email: UNKNOWN_USER });
    if (user.role !== Role.SUPPLIER) throw badInput(NOT_A_SUPPLIER_USER, { email: NOT_A_SUPPLIER_USER });
    const from = user.supplier?.id ?? null;
    if (from === supplier.id && user.active) throw badInput(ALREADY_HERE, { email: ALREADY_HERE });
    const now = ctx.clock.now();
    user.supplier = em.getReference(Supplier, supplier.id, { wrapped: true });
    user.active = true;
    user.updatedAt = now;
    await em.nativeDelete(Session, { user: user.id });
    recordAudit(em, now, {
      type: AuditType.UPDATE_USER,
      actor: viewer,
      objectType: 'User',
      objectId: user.id,
      data: { supplierId: supplier.id, fromSupplierId: from, update: { supplierId: supplier.id, active: true } },
    });
    return user;
  });
}
