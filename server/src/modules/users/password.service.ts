import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { TokenPurpose } from './auth-token.entity.js';
import { INVALID_LINK, usableToken } from './auth-token.service.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { requireEmail } from './user.rules.js';

/**
 * Always answers true, doing the same work whether or not the address has an account: the request
 * only records the event; the users handler of it looks the address up and sends the email.
 */
export async function requestPasswordReset(ctx: AppContext, rawEmail: string): Promise<boolean> {
  const email = requireEmail(rawEmail);
  await ctx.em.transactional(async (em) => {
    recordAudit(em, ctx.clock.now(), { type: AuditType.REQUEST_PASSWORD_RESET, actorEmail: email });
  });
  return true;
}

/** Ends the user's sessions (but the one given): a new password signs out every other browser. */
const signOutEverywhere = (em: EntityManager, user: User, exceptSession?: number) =>
  em.nativeDelete(Session, exceptSession === undefined ? { user: user.id } : { user: user.id, id: { $ne: exceptSession } });

async function setPassword(ctx: AppContext, user: User, password: string, field: string): Promise<void> {
  const problem = passwordProblem(password, user.email);
  if (problem) throw badInput(problem, { [field]: problem });
  const now = ctx.clock.now();
  user.passwordHash = await hashPassword(password);
  user.passwordChangedAt = now;
  user.failedLoginCount = 0;
  user.updatedAt = now;
}

/** Sets a new password from a reset link; unlocks the account and signs out every other browser. */
export async function resetPassword(ctx: AppContext, input: { token: string; password: string }): Promise<boolean> {
  await ctx.em.transactional(async (em) => {
    const token = await usableToken(ctx, em, input.token, TokenPurpose.RESET_PASSWORD, true);
    const user = token.userId ? await em.findOne(User, { id: token.userId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    // A link stops working once the password changes after it was sent, or the account is deactivated.
    if (!user || !user.active || user.passwordChangedAt > token.createdAt) throw badInput(INVALID_LINK, { token: INVALID_LINK });
    await setPassword(ctx, user, input.password, 'password');
    const now = ctx.clock.now();
    token.usedAt = now;
    await signOutEverywhere(em, user);
    recordAudit(em, now, { type: AuditType.RESET_PASSWORD, actorEmail: user.email, objectType: 'User', objectId: user.id });
  });
  return true;
}

/** Changes the viewer's password; signs out their other browsers. The owner is told by email (a users handler). */
export async function changePassword(ctx: AppContext, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: viewer.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw badInput('Your current password is wrong', { currentPassword: 'Enter your current password correctly' });
    }
    await setPassword(ctx, user, input.newPassword, 'newPassword');
    await signOutEverywhere(em, user, viewer.sessionId);
    recordAudit(em, ctx.clock.now(), { type: AuditType.CHANGE_PASSWORD, actor: viewer, objectType: 'User', objectId: user.id });
  });
  return true;
}
