import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../app/clock.js';
import type { Config } from '../../app/config.js';
import { badInput } from '../../app/errors.js';
import type { Role } from '../../shared/role.js';
import { AuthToken, TokenPurpose } from './auth-token.entity.js';
import { formatToken, hmacOf, newSecret, parseToken, sameHmac } from './tokens.js';

const HOUR = 3600_000;
const TTL: Record<TokenPurpose, number> = { [TokenPurpose.CREATE_ACCOUNT]: 7 * 24 * HOUR, [TokenPurpose.RESET_PASSWORD]: 24 * HOUR };

export const INVALID_LINK = 'This link is not valid or has expired: ask for a new one';

/**
 * Stores a one-time token (only the HMAC of its secret) and returns it for the emailed link. Issued
 * by the handlers that send the link, in their transaction: a token never travels in event data.
 */
export async function issueToken(
  em: EntityManager,
  config: Pick<Config, 'SESSION_SECRET'>,
  now: Date,
  fields: { purpose: TokenPurpose; email: string; role?: Role; userId?: number; data?: Record<string, unknown>; createdById?: number | null },
): Promise<string> {
  const { secret, hmac } = newSecret(config.SESSION_SECRET);
  const token = em.create(AuthToken, {
    purpose: fields.purpose,
    email: fields.email,
    role: fields.role ?? null,
    userId: fields.userId ?? null,
    data: fields.data ?? {},
    secretHmac: hmac,
    createdById: fields.createdById ?? null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + TTL[fields.purpose]),
  });
  await em.flush();
  return formatToken(token.id, secret);
}

/** The token row a link names, if the link is genuine, unused and in date. */
export async function usableToken(
  ctx: { config: Pick<Config, 'SESSION_SECRET'>; clock: Clock },
  em: EntityManager,
  raw: string,
  purpose: TokenPurpose,
  lock: boolean,
): Promise<AuthToken> {
  const parsed = parseToken(raw);
  const token = parsed ? await em.findOne(AuthToken, { id: parsed.id, purpose }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!parsed || !token || !sameHmac(token.secretHmac, hmacOf(ctx.config.SESSION_SECRET, parsed.secret)) || token.usedAt || token.expiresAt <= ctx.clock.now()) {
    throw badInput(INVALID_LINK, { token: INVALID_LINK });
  }
  return token;
}
