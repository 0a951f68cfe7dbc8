import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext, type Viewer } from '../../app/context.js';
import { Surface } from '../../app/context.js';
import type { Config } from '../../app/config.js';
import { DomainError, badInput, conflict, forbidden, notFound, unauthenticated } from '../../app/errors.js';
import { defineJob } from '../../app/jobs.js';
import { findPage, type Connection } from '../../shared/pagination.js';
import { EMAIL_PATTERN } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { queueEmail } from '../notifications/notifications.service.js';
import { AuthToken, TokenPurpose } from './auth-token.entity.js';
import { BuyerEmailDomain, domainAllowed } from './buyer-email-domain.entity.js';
import { dummyVerify, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { INVITABLE_ADMIN_ROLES, Role, isAdminRole } from '../../shared/role.js';
import { Session } from './session.entity.js';
import { formatToken, hmacOf, newSecret, parseToken, sameHmac } from './tokens.js';
import { emails } from './user.emails.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { canManageAccount, visibleRoles } from './user.policy.js';
import { FAILED_LOGIN_LIMIT, User } from './user.entity.js';

const HOUR = 3600_000;
const ACCOUNT_TOKEN_TTL = 7 * 24 * HOUR;
const RESET_TOKEN_TTL = 24 * HOUR;
const SESSION_TTL = 8 * HOUR;

const normaliseEmail = (email: string) => email.trim().toLowerCase();
const sessionKey = (config: Config, surface: Surface) => (surface === Surface.ADMIN ? config.ADMIN_SESSION_SECRET : config.SESSION_SECRET);
const surfaceFor = (role: Role) => (isAdminRole(role) ? Surface.ADMIN : Surface.WEB);
const siteUrl = (config: Config, role: Role) => (isAdminRole(role) ? config.ADMIN_WEB_URL : config.WEB_URL);

function requireEmail(email: string): string {
  const normalised = normaliseEmail(email);
  if (!EMAIL_PATTERN.test(normalised) || normalised.length > 320) {
    throw badInput('Enter an email address in the correct format, like name@example.gov.uk', { email: 'Enter an email address in the correct format, like name@example.gov.uk' });
  }
  return normalised;
}


// ---------------------------------------------------------------------------------------------
// Sessions

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

function startSession(ctx: AppContext, em: EntityManager, user: User): void {
  const { secret, hmac } = newSecret(sessionKey(ctx.config, ctx.surface));
  const now = ctx.clock.now();
  em.create(Session, { idHmac: hmac, user, surface: ctx.surface, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL) });
  ctx.cookie.write(secret);
}

// ---------------------------------------------------------------------------------------------
// Sign in and out

type SignInOutcome = { ok: true; user: User } | { ok: false; error: DomainError };

const WRONG_CREDENTIALS = 'Enter a correct email address and password';

/**
 * Checks the password under a row lock so concurrent attempts cannot race the failure counter.
 * Failures are committed (counter and audit) before the error is returned.
 */
export async function signIn(ctx: AppContext, input: { email: string; password: string }): Promise<User> {
  const email = normaliseEmail(input.email);
  const outcome = await ctx.em.transactional(async (em): Promise<SignInOutcome> => {
    const user = await em.findOne(User, { email }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) {
      await dummyVerify(input.password);
      return { ok: false, error: unauthenticated(WRONG_CREDENTIALS) };
    }
    const matches = await verifyPassword(user.passwordHash, input.password);
    const now = ctx.clock.now();
    if (!matches || user.locked || !user.active) {
      const wasLocked = user.locked;
      user.failedLoginCount += 1;
      user.updatedAt = now;
      recordAudit(em, now, {
        type: AuditType.USER_AUTH_FAILED,
        actorEmail: email,
        objectType: 'User',
        objectId: user.id,
        data: { failedLoginCount: user.failedLoginCount, requestId: ctx.requestId },
      });
      // A deactivated account is told so only when the password is right.
      if (matches && !user.active) return { ok: false, error: forbidden('Your account has been deactivated. Contact support to reactivate it.', { reason: 'ACCOUNT_INACTIVE' }) };
      // A locked account answers a right password exactly as a wrong one, so guessing learns nothing;
      // the owner is told by email, once, when the lock starts.
      if (!wasLocked && user.locked && user.active) {
        const link = `${siteUrl(ctx.config, user.role)}/reset-password`;
        await queueEmail(em, ctx.jobs, now, emails.accountLocked(user.email, FAILED_LOGIN_LIMIT, link));
      }
      return { ok: false, error: unauthenticated(WRONG_CREDENTIALS) };
    }
    if (surfaceFor(user.role) !== ctx.surface) {
      // The right password on the other site: answered as a wrong one, explained to the owner by email.
      const where = surfaceFor(user.role) === Surface.ADMIN ? 'the Digital Marketplace admin website' : 'the Digital Marketplace website';
      await queueEmail(em, ctx.jobs, now, emails.signInOnOtherSite(user.email, where, `${siteUrl(ctx.config, user.role)}/sign-in`));
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

// ---------------------------------------------------------------------------------------------
// Tokens sent by email

/** What issuing a token needs: a request's context, or a job's. */
type TokenContext = Pick<AppContext, 'em' | 'clock' | 'jobs' | 'config'> & { viewer: Pick<Viewer, 'id'> | null };

async function issueToken(
  ctx: TokenContext,
  em: EntityManager,
  fields: { purpose: TokenPurpose; email: string; role?: Role; userId?: number; data?: Record<string, unknown> },
): Promise<string> {
  const { secret, hmac } = newSecret(ctx.config.SESSION_SECRET);
  const now = ctx.clock.now();
  const ttl = fields.purpose === TokenPurpose.RESET_PASSWORD ? RESET_TOKEN_TTL : ACCOUNT_TOKEN_TTL;
  const token = em.create(AuthToken, {
    purpose: fields.purpose,
    email: fields.email,
    role: fields.role ?? null,
    userId: fields.userId ?? null,
    data: fields.data ?? {},
    secretHmac: hmac,
    createdById: ctx.viewer?.id ?? null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttl),
  });
  await em.flush();
  return formatToken(token.id, secret);
}

const INVALID_LINK = 'This link is not valid or has expired: ask for a new one';

/** The token row a link names, if the link is genuine, unused and in date. */
async function usableToken(ctx: AppContext, em: EntityManager, raw: string, purpose: TokenPurpose, lock: boolean): Promise<AuthToken> {
  const parsed = parseToken(raw);
  const token = parsed ? await em.findOne(AuthToken, { id: parsed.id, purpose }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!parsed || !token || !sameHmac(token.secretHmac, hmacOf(ctx.config.SESSION_SECRET, parsed.secret)) || token.usedAt || token.expiresAt <= ctx.clock.now()) {
    throw badInput(INVALID_LINK, { token: INVALID_LINK });
  }
  return token;
}

// ---------------------------------------------------------------------------------------------
// Accounts

async function allowedBuyerDomain(em: EntityManager, email: string): Promise<string | undefined> {
  const domains = await em.find(BuyerEmailDomain, {});
  return domainAllowed(email, domains.map((d) => d.domain));
}

/**
 * A buyer asks for an account. Never reveals whether the address already has one: the email that
 * arrives says so instead.
 */
export async function requestBuyerAccount(ctx: AppContext, rawEmail: string): Promise<boolean> {
  const email = requireEmail(rawEmail);
  await ctx.em.transactional(async (em) => {
    const qualifying = await allowedBuyerDomain(em, email);
    if (!qualifying) {
      throw badInput('Enter an email address from a public sector organisation', {
        email: 'Enter an email address from a public sector organisation. If your organisation is not recognised, contact support.',
      });
    }
    const now = ctx.clock.now();
    const existing = await em.findOne(User, { email });
    if (existing) {
      await queueEmail(em, ctx.jobs, now, emails.accountAlreadyExists(email, `${siteUrl(ctx.config, existing.role)}/sign-in`, `${siteUrl(ctx.config, existing.role)}/reset-password`));
    } else {
      const token = await issueToken(ctx, em, { purpose: TokenPurpose.CREATE_ACCOUNT, email, role: Role.BUYER, data: { qualifyingBuyerEmailDomain: qualifying } });
      await queueEmail(em, ctx.jobs, now, emails.createBuyerAccount(email, `${ctx.config.WEB_URL}/create-account/${token}`));
    }
    recordAudit(em, now, { type: AuditType.REQUEST_ACCOUNT, actorEmail: email, data: { role: Role.BUYER } });
  });
  return true;
}

/**
 * A new supplier named an existing account's address as its login: no second account is made,
 * and the existing account's owner is told by email (the person creating the supplier is not).
 */
export async function tellExistingAccountOfNewSupplier(ctx: AppContext, em: EntityManager, existing: User, companyName: string): Promise<void> {
  await queueEmail(em, ctx.jobs, ctx.clock.now(), emails.supplierAccountForExistingUser(existing.email, companyName, `${siteUrl(ctx.config, existing.role)}/sign-in`));
}

/**
 * Sends the link that creates an invited account: an admin colleague, or a user of a supplier
 * (the supplier's first user, or a contributor). Runs in the caller's transaction.
 */
export async function issueAccountInvitation(
  ctx: AppContext,
  em: EntityManager,
  invite: { email: string; role: Role; supplierId?: number; supplierName?: string },
): Promise<void> {
  const data = invite.supplierId ? { supplierId: invite.supplierId, supplierName: invite.supplierName } : {};
  const token = await issueToken(ctx, em, { purpose: TokenPurpose.CREATE_ACCOUNT, email: invite.email, role: invite.role, data });
  const link = `${siteUrl(ctx.config, invite.role)}/create-account/${token}`;
  const email =
    invite.role === Role.SUPPLIER ? emails.supplierInvitation(invite.email, invite.supplierName ?? 'your company', link) : emails.adminInvitation(invite.email, invite.role, link);
  await queueEmail(em, ctx.jobs, ctx.clock.now(), email);
}

/** An admin-manager invites a colleague to the admin site. */
export async function inviteAdminUser(ctx: AppContext, input: { email: string; role: Role }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const email = requireEmail(input.email);
  if (!INVITABLE_ADMIN_ROLES.includes(input.role)) throw badInput('Choose an admin role', { role: 'Choose one of the admin roles' });
  const domain = email.slice(email.indexOf('@') + 1);
  if (!ctx.config.ADMIN_EMAIL_DOMAINS.includes(domain)) {
    throw badInput('Admin users must have an email address on an approved domain', { email: `Use an email address ending in ${ctx.config.ADMIN_EMAIL_DOMAINS.map((d) => `@${d}`).join(' or ')}` });
  }
  await ctx.em.transactional(async (em) => {
    if (await em.findOne(User, { email })) throw conflict('A user with this email address already exists');
    await issueAccountInvitation(ctx, em, { email, role: input.role });
    recordAudit(em, ctx.clock.now(), { type: AuditType.INVITE_USER, actor: viewer, data: { invitedEmail: email, role: input.role } });
  });
  return true;
}

/** What an account link is for, so the page can show the address and role before the form. */
export async function describeAccountLink(ctx: AppContext, token: string): Promise<{ email: string; role: Role }> {
  const row = await usableToken(ctx, ctx.em, token, TokenPurpose.CREATE_ACCOUNT, false);
  return { email: row.email, role: row.role ?? Role.BUYER };
}

/** Creates the account a link was sent for, then signs the person in on their own site. */
export async function createAccount(ctx: AppContext, input: { token: string; name: string; password: string; phoneNumber?: string }): Promise<User> {
  const name = input.name.trim();
  return ctx.em.transactional(async (em) => {
    const token = await usableToken(ctx, em, input.token, TokenPurpose.CREATE_ACCOUNT, true);
    const role = token.role ?? Role.BUYER;
    const fieldErrors: Record<string, string> = {};
    if (!name) fieldErrors.name = 'Enter your name';
    else if (name.length > 255) fieldErrors.name = 'Name must be 255 characters or fewer';
    const problem = passwordProblem(input.password, token.email);
    if (problem) fieldErrors.password = problem;
    if (Object.keys(fieldErrors).length) throw badInput('Check the details you entered', fieldErrors);
    const now = ctx.clock.now();
    if (await em.findOne(User, { email: token.email })) throw conflict('An account with this email address already exists: sign in instead');
    let qualifying: string | undefined;
    if (role === Role.BUYER) {
      qualifying = await allowedBuyerDomain(em, token.email);
      if (!qualifying) throw badInput('Your email domain is no longer accepted for buyer accounts', { token: 'Contact support to create a buyer account' });
    }
    const user = em.create(User, {
      name,
      email: token.email,
      phoneNumber: input.phoneNumber?.trim() || null,
      passwordHash: await hashPassword(input.password),
      role,
      supplier: typeof token.data.supplierId === 'number' ? em.getReference(Supplier, token.data.supplierId) : null,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    token.usedAt = now;
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.CREATE_USER,
      actorEmail: token.email,
      objectType: 'User',
      objectId: user.id,
      data: {
        role,
        ...(qualifying ? { qualifyingBuyerEmailDomain: qualifying } : {}),
        ...(token.data.supplierId ? { supplierId: token.data.supplierId } : {}),
        ...(token.createdById ? { invitedById: token.createdById } : {}),
      },
    });
    if (surfaceFor(role) === ctx.surface) {
      user.loggedInAt = now;
      startSession(ctx, em, user);
    }
    return user;
  });
}

// ---------------------------------------------------------------------------------------------
// Passwords

/**
 * Always answers true, in the same time whether or not the address has an account: the request
 * only queues a job, which looks the address up and sends the email (`sendPasswordReset`).
 */
export async function requestPasswordReset(ctx: AppContext, rawEmail: string): Promise<boolean> {
  const email = requireEmail(rawEmail);
  await ctx.em.transactional(async (em) => {
    await ctx.jobs.enqueue(em, passwordResetJob, { email });
  });
  return true;
}

/** The password reset job: a link for an active account, an explanation for a deactivated one, nothing otherwise. */
export async function sendPasswordReset(ctx: TokenContext, email: string): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { email });
    // Admin-managers cannot reset their own password by email (dm-journeys §1.4).
    if (!user || user.role === Role.ADMIN_MANAGER) return;
    const now = ctx.clock.now();
    if (!user.active) {
      await queueEmail(em, ctx.jobs, now, emails.resetPasswordInactive(email));
    } else {
      const token = await issueToken(ctx, em, { purpose: TokenPurpose.RESET_PASSWORD, email, userId: user.id });
      await queueEmail(em, ctx.jobs, now, emails.resetPassword(email, `${siteUrl(ctx.config, user.role)}/reset-password/${token}`));
    }
    recordAudit(em, now, { type: AuditType.REQUEST_PASSWORD_RESET, actorEmail: email, objectType: 'User', objectId: user.id, data: { active: user.active } });
  });
}

export const passwordResetJob = defineJob<{ email: string }>({
  name: 'users.password-reset',
  async handle({ email }, { em, clock, jobs, config }) {
    if (!config) throw new Error('users.password-reset needs the configuration (site address and token secret)');
    await sendPasswordReset({ em, clock, jobs, config, viewer: null }, email);
  },
});

async function setPassword(ctx: AppContext, em: EntityManager, user: User, password: string, field: string): Promise<void> {
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
    await setPassword(ctx, em, user, input.password, 'password');
    const now = ctx.clock.now();
    token.usedAt = now;
    await em.nativeDelete(Session, { user: user.id });
    await queueEmail(em, ctx.jobs, now, emails.passwordChanged(user.email, `${siteUrl(ctx.config, user.role)}/reset-password`));
    recordAudit(em, now, { type: AuditType.RESET_PASSWORD, actorEmail: user.email, objectType: 'User', objectId: user.id });
  });
  return true;
}

export async function changePassword(ctx: AppContext, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: viewer.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw badInput('Your current password is wrong', { currentPassword: 'Enter your current password correctly' });
    }
    await setPassword(ctx, em, user, input.newPassword, 'newPassword');
    const now = ctx.clock.now();
    await em.nativeDelete(Session, { user: user.id, id: { $ne: viewer.sessionId } });
    await queueEmail(em, ctx.jobs, now, emails.passwordChanged(user.email, `${siteUrl(ctx.config, user.role)}/reset-password`));
    recordAudit(em, now, { type: AuditType.CHANGE_PASSWORD, actor: viewer, objectType: 'User', objectId: user.id });
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Admin: users

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

export async function listUsers(ctx: AppContext, filter: { email?: string; role?: Role }, first: number, after?: string | null): Promise<Connection<User>> {
  const viewer = requireViewer(ctx);
  const where: Record<string, unknown> = {};
  if (filter.email) where.email = { $ilike: `%${filter.email.trim().toLowerCase().replace(/[%_\\]/g, '\\$&')}%` };
  const visible = visibleRoles(viewer);
  if (filter.role) where.role = visible === 'all' || visible.includes(filter.role) ? filter.role : { $in: [] };
  else if (visible !== 'all') where.role = { $in: visible };
  return findPage(ctx.em, User, where, first, after);
}

// ---------------------------------------------------------------------------------------------
// Admin: buyer email domains

const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export async function listBuyerEmailDomains(ctx: AppContext): Promise<BuyerEmailDomain[]> {
  return ctx.em.find(BuyerEmailDomain, {}, { orderBy: { domain: 'asc' } });
}

export async function addBuyerEmailDomain(ctx: AppContext, rawDomain: string): Promise<BuyerEmailDomain> {
  const viewer = requireViewer(ctx);
  const domain = rawDomain.trim().toLowerCase().replace(/^@/, '');
  if (!DOMAIN_PATTERN.test(domain)) throw badInput('Enter a domain such as example.gov.uk', { domain: 'Enter a domain such as example.gov.uk' });
  return ctx.em.transactional(async (em) => {
    // One change to the list at a time, so that two sub-domains of each other cannot both be added.
    await em.execute(`select pg_advisory_xact_lock(hashtext('buyer-email-domains'))`);
    if (await em.findOne(BuyerEmailDomain, { domain })) throw conflict(`${domain} is already an approved buyer domain`);
    // A sub-domain of an approved domain is redundant: its addresses qualify already.
    const covering = domainAllowed(`@${domain}`, (await em.find(BuyerEmailDomain, {})).map((d) => d.domain));
    if (covering) throw conflict(`${domain} is already covered by the approved domain ${covering}`, { coveringDomain: covering });
    const now = ctx.clock.now();
    const row = em.create(BuyerEmailDomain, { domain, createdAt: now });
    await em.flush();
    recordAudit(em, now, { type: AuditType.ADD_BUYER_EMAIL_DOMAIN, actor: viewer, objectType: 'BuyerEmailDomain', objectId: row.id, data: { domain } });
    return row;
  });
}

export async function removeBuyerEmailDomain(ctx: AppContext, id: number): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await ctx.em.transactional(async (em) => {
    const row = await em.findOne(BuyerEmailDomain, { id });
    if (!row) throw notFound(`Buyer email domain ${id}`);
    em.remove(row);
    recordAudit(em, ctx.clock.now(), { type: AuditType.REMOVE_BUYER_EMAIL_DOMAIN, actor: viewer, objectType: 'BuyerEmailDomain', objectId: id, data: { domain: row.domain } });
  });
  return true;
}
