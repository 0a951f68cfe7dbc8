import type { Config } from '../../app/config.js';
import { Surface } from '../../app/context.js';
import type { DomainEvent, HandlerContext } from '../../app/events.js';
import { Role } from '../../shared/role.js';
import { AuditType } from '../audit/audit.types.js';
import { emailHandler } from '../notifications/notifications.handlers.js';
import type { EmailToQueue } from '../notifications/notifications.service.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { TokenPurpose } from './auth-token.entity.js';
import { issueToken } from './auth-token.service.js';
import { emails } from './user.emails.js';
import { FAILED_LOGIN_LIMIT, User } from './user.entity.js';
import { siteUrl, surfaceFor } from './user.rules.js';

/**
 * Every email about accounts. Each reads the database as it is when the event is handled (an
 * address that has an account by then is told so), and issues the link's token itself, in the
 * dispatcher's transaction: tokens never travel in event data, and a redelivered event issues
 * none twice.
 */

type EmailContext = HandlerContext & { config: Config };
type Compose = (event: DomainEvent, ctx: EmailContext) => Promise<EmailToQueue[]>;

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const userOf = (event: DomainEvent, ctx: HandlerContext) => (event.objectId ? ctx.em.findOne(User, { id: Number(event.objectId) }) : Promise.resolve(null));

/** An account link: a new buyer, an admin colleague, or a user of a supplier (its first, or a contributor). */
async function invitation(ctx: EmailContext, event: DomainEvent, invite: { email: string; role: Role; supplierId?: number; supplierName?: string }): Promise<EmailToQueue> {
  const data = invite.supplierId ? { supplierId: invite.supplierId, supplierName: invite.supplierName } : {};
  const token = await issueToken(ctx.em, ctx.config, ctx.clock.now(), {
    purpose: TokenPurpose.CREATE_ACCOUNT,
    email: invite.email,
    role: invite.role,
    data,
    createdById: event.actorId,
  });
  const link = `${siteUrl(ctx.config, invite.role)}/create-account/${token}`;
  return invite.role === Role.SUPPLIER
    ? emails.supplierInvitation(invite.email, invite.supplierName ?? 'your company', link)
    : emails.adminInvitation(invite.email, invite.role, link);
}

const compose: Partial<Record<AuditType, Compose>> = {
  /** The lock starting (`locked`), or the right password on the other site (`wrongSite`: the site tried): the owner is told. */
  async [AuditType.USER_AUTH_FAILED](event, ctx) {
    if (event.data.locked !== true && !event.data.wrongSite) return [];
    const user = await userOf(event, ctx);
    if (!user) return [];
    if (event.data.locked === true) return [emails.accountLocked(user.email, FAILED_LOGIN_LIMIT, `${siteUrl(ctx.config, user.role)}/reset-password`)];
    if (surfaceFor(user.role) === event.data.wrongSite) return [];
    const where = surfaceFor(user.role) === Surface.ADMIN ? 'the Digital Marketplace admin website' : 'the Digital Marketplace website';
    return [emails.signInOnOtherSite(user.email, where, `${siteUrl(ctx.config, user.role)}/sign-in`)];
  },

  /** A buyer asked for an account: a link, or, to an address that has an account, a note saying so. */
  async [AuditType.REQUEST_ACCOUNT](event, ctx) {
    const email = text(event.actorEmail);
    if (!email) return [];
    const existing = await ctx.em.findOne(User, { email });
    if (existing) return [emails.accountAlreadyExists(email, `${siteUrl(ctx.config, existing.role)}/sign-in`, `${siteUrl(ctx.config, existing.role)}/reset-password`)];
    const qualifying = text(event.data.qualifyingBuyerEmailDomain);
    const data = qualifying ? { qualifyingBuyerEmailDomain: qualifying } : {};
    const token = await issueToken(ctx.em, ctx.config, ctx.clock.now(), { purpose: TokenPurpose.CREATE_ACCOUNT, email, role: Role.BUYER, data });
    return [emails.createBuyerAccount(email, `${ctx.config.WEB_URL}/create-account/${token}`)];
  },

  /** An admin colleague or a supplier's contributor was invited. */
  async [AuditType.INVITE_USER](event, ctx) {
    const email = text(event.data.invitedEmail);
    const role = text(event.data.role) as Role | null;
    if (!email || !role) return [];
    const supplierId = typeof event.data.supplierId === 'number' ? event.data.supplierId : undefined;
    const supplier = supplierId ? await ctx.em.findOne(Supplier, { id: supplierId }) : null;
    return [await invitation(ctx, event, { email, role, supplierId, supplierName: supplier?.name })];
  },

  /** A supplier account was opened: its first user's link, or, to an address that has an account, a note. */
  async [AuditType.CREATE_SUPPLIER](event, ctx) {
    const email = text(event.data.loginEmail);
    const supplierId = typeof event.data.supplierId === 'number' ? event.data.supplierId : undefined;
    const supplierName = text(event.data.supplierName);
    if (!email || !supplierId || !supplierName) return [];
    const existing = await ctx.em.findOne(User, { email });
    if (existing) return [emails.supplierAccountForExistingUser(existing.email, supplierName, `${siteUrl(ctx.config, existing.role)}/sign-in`)];
    return [await invitation(ctx, event, { email, role: Role.SUPPLIER, supplierId, supplierName })];
  },

  /** A reset link for an active account, an explanation for a deactivated one, nothing otherwise. */
  async [AuditType.REQUEST_PASSWORD_RESET](event, ctx) {
    const email = text(event.actorEmail);
    const user = email ? await ctx.em.findOne(User, { email }) : null;
    // Admin-managers cannot reset their own password by email (dm-journeys §1.4).
    if (!user || user.role === Role.ADMIN_MANAGER) return [];
    if (!user.active) return [emails.resetPasswordInactive(user.email)];
    const token = await issueToken(ctx.em, ctx.config, ctx.clock.now(), { purpose: TokenPurpose.RESET_PASSWORD, email: user.email, userId: user.id });
    return [emails.resetPassword(user.email, `${siteUrl(ctx.config, user.role)}/reset-password/${token}`)];
  },

  [AuditType.RESET_PASSWORD]: passwordChanged,
  [AuditType.CHANGE_PASSWORD]: passwordChanged,
};

/** The password changed (reset or changed): the owner is told, with a way back in if it was not them. */
async function passwordChanged(event: DomainEvent, ctx: EmailContext): Promise<EmailToQueue[]> {
  const user = await userOf(event, ctx);
  return user ? [emails.passwordChanged(user.email, `${siteUrl(ctx.config, user.role)}/reset-password`)] : [];
}

export const userEmailsHandler = emailHandler('users.emails', Object.keys(compose), async (event, ctx) => {
  const composer = compose[event.type as AuditType];
  if (!composer) return [];
  const { config } = ctx;
  // Links need the site addresses and the token secret: without them, retry rather than send none.
  if (!config) throw new Error('users.emails needs the configuration (site addresses and token secret)');
  return composer(event, { ...ctx, config });
});
