import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput, notFound } from '../../app/errors.js';
import { findPage, type Connection } from '../../shared/pagination.js';
import { INVITABLE_ADMIN_ROLES, type Role } from '../../shared/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { canManageAccount, visibleRoles } from './user.policy.js';

/** Admins managing accounts: list, unlock, activate and deactivate. */

async function managedUser(ctx: AppContext, em: EntityManager, id: number): Promise<User> {
  const user = await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  // Users an admin may not manage are reported as missing, so their existence does not leak.
  if (!user || !canManageAccount(ctx.viewer, user)) throw notFound(`User ${id}`);
  return user;
}

export async function unlockUser(ctx: AppContext, id: number): Promise<User> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await managedUser(ctx, em, id);
    const now = ctx.clock.now();
    const before = user.failedLoginCount;
    user.failedLoginCount = 0;
    user.updatedAt = now;
    recordAudit(em, now, { type: AuditType.UNLOCK_USER, actor: viewer, objectType: 'User', objectId: user.id, data: { failedLoginCount: before } });
    return user;
  });
}

export async function setUserActive(ctx: AppContext, id: number, active: boolean): Promise<User> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await managedUser(ctx, em, id);
    const now = ctx.clock.now();
    user.active = active;
    user.updatedAt = now;
    if (!active) await em.nativeDelete(Session, { user: user.id });
    recordAudit(em, now, { type: AuditType.UPDATE_USER, actor: viewer, objectType: 'User', objectId: user.id, data: { update: { active } } });
    return user;
  });
}

/**
 * An admin-manager changes an admin account of one of the assignable roles: its name, role and
 * status. Suspending ends its sessions; a role change takes effect on its next request. Accounts
 * it may not manage (its own, non-admins, other admin-managers) are "not found".
 */
export async function updateAdminUser(ctx: AppContext, id: number, input: { name: string; role: Role; active: boolean }): Promise<User> {
  const viewer = requireViewer(ctx);
  const name = input.name.trim();
  const fieldErrors: Record<string, string> = {};
  if (!name) fieldErrors.name = 'Enter a name';
  else if (name.length > 255) fieldErrors.name = 'Name must be 255 characters or fewer';
  if (!INVITABLE_ADMIN_ROLES.includes(input.role)) fieldErrors.role = 'Choose one of the admin roles';
  if (Object.keys(fieldErrors).length) throw badInput('Check the account details', fieldErrors);
  return ctx.em.transactional(async (em) => {
    const user = await managedUser(ctx, em, id);
    if (!INVITABLE_ADMIN_ROLES.includes(user.role)) throw notFound(`User ${id}`);
    const update: Record<string, unknown> = {};
    if (user.name !== name) update.name = name;
    if (user.role !== input.role) update.role = input.role;
    if (user.active !== input.active) update.active = input.active;
    if (!Object.keys(update).length) return user;
    const now = ctx.clock.now();
    Object.assign(user, update, { updatedAt: now });
    if (!input.active) await em.nativeDelete(Session, { user: user.id });
    recordAudit(em, now, { type: AuditType.UPDATE_USER, actor: viewer, objectType: 'User', objectId: user.id, data: { update } });
    return user;
  });
}

export async function listUsers(ctx: AppContext, filter: { email?: string; role?: Role }, first: number, after?: string | null): Promise<Connection<User>> {
  const viewer = requireViewer(ctx);
  const where: Record<string, unknown> = {};
  if (filter.email)
    where.email = {
      $ilike: `%${filter.email
        .trim()
        .toLowerCase()
        .replace(/[%_\\]/g, '\\$&')}%`,
    };
  const visible = visibleRoles(viewer);
  if (filter.role) where.role = visible === 'all' || visible.includes(filter.role) ? filter.role : { $in: [] };
  else if (visible !== 'all') where.role = { $in: visible };
  return findPage(ctx.em, User, where, first, after);
}

/** One account by id, for the roles that may list it; any other is reported as missing (NOT_FOUND). */
export async function getUser(ctx: AppContext, id: number): Promise<User> {
  const visible = visibleRoles(requireViewer(ctx));
  const user = await ctx.em.findOne(User, { id });
  if (!user || (visible !== 'all' && !visible.includes(user.role))) throw notFound(`User ${id}`);
  return user;
}

/** The signed-in user joins or leaves the user research mailing list (their own account only). */
export async function setUserResearchOptIn(ctx: AppContext, optedIn: boolean): Promise<User> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: viewer.id, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('Your account');
    if (user.userResearchOptedIn === optedIn) return user;
    const now = ctx.clock.now();
    user.userResearchOptedIn = optedIn;
    user.updatedAt = now;
    recordAudit(em, now, { type: AuditType.UPDATE_USER, actor: viewer, objectType: 'User', objectId: user.id, data: { update: { userResearchOptedIn: optedIn } } });
    return user;
  });
}
