import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../app/config.js';
import { Surface, type AppContext, type Viewer } from '../../app/context.js';
import { forbidden, unauthenticated, type DomainError } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { dummyVerify, verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';
import { hmacOf, newSecret } from './tokens.js';
import { User } from './user.entity.js';
import { normaliseEmail, surfaceFor } from './user.rules.js';

const SESSION_TTL = 8 * 3600_000;

const sessionKey = (config: Config, surface: Surface) => (surface === Surface.ADMIN ? config.ADMIN_SESSION_SECRET : config.SESSION_SECRET);

/** Finds the live session a cookie names; sliding expiry. Used for every request. */
export async function identifyViewer(em: EntityManager, surface: Surface, cookieValue: string, now: Date, config: Config): Promise<Viewer | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(cookieValue)) return null;
  const session = await em.findOne(Session, { idHmac: hmacOf(sessionKey(config, surface), cookieValue), surface }, { populate: ['user'] });
  if (!session || session.expiresAt <= now) return null;
  const user = session.user.getEntity();
  if (!user.active || user.locked) return null;
  if (session.expiresAt.getTime() - now.getTime() < SESSION_TTL / 2) {
    session.expiresAt = new Date(now.getTime() + SESSION_TTL);
    await em.flush();
  }
  return { id: user.id, email: user.email, role: user.role, supplierId: user.supplier?.id ?? null, sessionId: session.id };
}

/** Signs `user` in on the request's site: a new session, and its cookie. */
export function startSession(ctx: AppContext, em: EntityManager, user: User): void {
  const { secret, hmac } = newSecret(sessionKey(ctx.config, ctx.surface));
  const now = ctx.clock.now();
  em.create(Session, { idHmac: hmac, user, surface: ctx.surface, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL) });
  ctx.cookie.write(secret);
}

type SignInOutcome = { ok: true; user: User } | { ok: false; error: DomainError };

const WRONG_CREDENTIALS = 'Enter a correct email address and password';

/**
 * Checks the password under a row lock so concurrent attempts cannot race the failure counter.
 * Failures are committed (counter and audit) before the error is returned.
 */
export async function signIn(ctx: AppContext, input: { email: string; password: string }): Promise<User> {
  const email = normaliseEmail(input.email);
  const outcome = await ctx.em.transactional(async (em): Promise<SignInOutcome> => {
    const user = await em.findOne(User, { email }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['passwordHash'] });
    if (!user) {
      await dummyVerify(input.password);
      return { ok: false, error: unauthenticated(WRONG_CREDENTIALS) };
    }
    const matches = await verifyPassword(user.passwordHash, input.password);
    const now = ctx.clock.now();
    const failed = (data: Record<string, unknown>) =>
      recordAudit(em, now, {
        type: AuditType.USER_AUTH_FAILED,
        actorEmail: email,
        objectType: 'User',
        objectId: user.id,
        data: { failedLoginCount: user.failedLoginCount, requestId: ctx.requestId, ...data },
      });
    if (!matches || user.locked || !user.active) {
      const wasLocked = user.locked;
      user.failedLoginCount += 1;
      user.updatedAt = now;
      // A locked account answers a right password exactly as a wrong one, so guessing learns nothing;
      // the owner is told by email (a users handler), once, when the lock starts.
      failed(!wasLocked && user.locked && user.active ? { locked: true } : {});
      // A deactivated account is told so only when the password is right.
      if (matches && !user.active) return { ok: false, error: forbidden('Your account has been deactivated. Contact support to reactivate it.', { reason: 'ACCOUNT_INACTIVE' }) };
      return { ok: false, error: unauthenticated(WRONG_CREDENTIALS) };
    }
    if (surfaceFor(user.role) !== ctx.surface) {
      // The right password on the other site: answered as a wrong one, explained to the owner by email.
      failed({ wrongSite: ctx.surface });
      return { ok: false, error: unauthenticated(WRONG_CREDENTIALS) };
    }
    user.failedLoginCount = 0;
    user.loggedInAt = now;
    user.updatedAt = now;
    startSession(ctx, em, user);
    recordAudit(em, now, { type: AuditType.USER_SIGNED_IN, actor: user, objectType: 'User', objectId: user.id, data: { surface: ctx.surface } });
    return { ok: true, user };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.user;
}

export async function signOut(ctx: AppContext): Promise<boolean> {
  const viewer = ctx.viewer;
  ctx.cookie.clear();
  if (!viewer) return true;
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(Session, { id: viewer.sessionId });
    recordAudit(em, ctx.clock.now(), { type: AuditType.USER_SIGNED_OUT, actor: viewer, objectType: 'User', objectId: viewer.id });
  });
  return true;
}

export async function getViewerUser(ctx: AppContext): Promise<User | null> {
  return ctx.viewer ? ctx.em.findOne(User, { id: ctx.viewer.id }) : null;
}
