import type { AppContext } from '../../app/context.js';
import { requireViewer } from '../../app/context.js';
import { badInput, conflict } from '../../app/errors.js';
import { INVITABLE_ADMIN_ROLES, Role } from '../../shared/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { TokenPurpose } from './auth-token.entity.js';
import { usableToken } from './auth-token.service.js';
import { allowedBuyerDomain } from './buyer-email-domain.service.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { startSession } from './session.service.js';
import { User } from './user.entity.js';
import { requireEmail, surfaceFor } from './user.rules.js';

/**
 * A buyer asks for an account. Never reveals whether the address already has one: the users
 * handler of the event emails a link, or, to an existing account, a note saying so.
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
    recordAudit(em, ctx.clock.now(), { type: AuditType.REQUEST_ACCOUNT, actorEmail: email, data: { role: Role.BUYER, qualifyingBuyerEmailDomain: qualifying } });
  });
  return true;
}

/** An admin-manager invites a colleague to the admin site; the users handler of the event emails the link. */
export async function inviteAdminUser(ctx: AppContext, input: { email: string; role: Role }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const email = requireEmail(input.email);
  if (!INVITABLE_ADMIN_ROLES.includes(input.role)) throw badInput('Choose an admin role', { role: 'Choose one of the admin roles' });
  const domain = email.slice(email.indexOf('@') + 1);
  if (!ctx.config.ADMIN_EMAIL_DOMAINS.includes(domain)) {
    throw badInput('Admin users must have an email address on an approved domain', {
      email: `Use an email address ending in ${ctx.config.ADMIN_EMAIL_DOMAINS.map((d) => `@${d}`).join(' or ')}`,
    });
  }
  await ctx.em.transactional(async (em) => {
    if (await em.findOne(User, { email })) throw conflict('A user with this email address already exists');
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
