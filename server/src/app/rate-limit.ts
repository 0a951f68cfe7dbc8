import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config.js';
import { DomainError, rateLimited } from './errors.js';
import type { Logger } from './logger.js';

/**
 * Operations that create sessions, accounts or emails: much lower limits, per client address and
 * per account (the email address they name), so that guessing passwords or flooding a mailbox is
 * slow whichever of the two an attacker varies.
 */
export const ACCOUNT_OPERATIONS: ReadonlySet<string> = new Set([
  'signIn',
  'requestPasswordReset',
  'resetPassword',
  'requestBuyerAccount',
  'createSupplierAccount',
  'createAccount',
  'changePassword',
  'joinMailingList',
]);

export interface RateLimits {
  /** Counts one request from `ip`; throws RATE_LIMITED over the limit. */
  request(ip: string): Promise<void>;
  /** Counts one account operation from `ip` for `email` (when it names one). */
  account(ip: string, email: string | null): Promise<void>;
  close(): Promise<void>;
}

const noLimits: RateLimits = { request: async () => {}, account: async () => {}, close: async () => {} };

/**
 * Rate limits counted in Postgres (the `rate_limits` table), so that every API process shares
 * them. A limit of 0 is off. If the counter store fails, requests go through (and the failure is
 * logged): an outage of the limiter must not become an outage of the service.
 */
export function createRateLimits(connectionString: string, config: Config, logger: Logger): RateLimits {
  if (!config.RATE_LIMIT_REQUESTS && !config.RATE_LIMIT_ACCOUNT_IP && !config.RATE_LIMIT_ACCOUNT_EMAIL) return noLimits;
  // Fails fast like the ORM's pool: an unreachable database must not hold requests up here.
  const pool = new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 2_000 });
  pool.on('error', (err) => logger.warn({ err }, 'rate limit store connection error'));
  const limiter = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract | null =>
    points > 0
      ? new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix,
          points,
          duration,
          // Once a key is over its limit, answer from memory until its window ends.
          inMemoryBlockOnConsumed: points,
          inMemoryBlockDuration: duration,
        })
      : null;
  const requests = limiter('requests', config.RATE_LIMIT_REQUESTS, 60);
  const accountsByIp = limiter('account-ip', config.RATE_LIMIT_ACCOUNT_IP, 3600);
  const accountsByEmail = limiter('account-email', config.RATE_LIMIT_ACCOUNT_EMAIL, 3600);

  // While the store is down every request would fail the same way: one log line a minute, with a count.
  let lastLogged = 0;
  let unlogged = 0;
  const consume = async (which: RateLimiterAbstract | null, key: string, message: string) => {
    if (!which) return;
    try {
      await which.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw rateLimited(e.msBeforeNext / 1000, message);
      if (e instanceof DomainError) throw e;
      if (Date.now() - lastLogged < 60_000) {
        unlogged += 1;
        return;
      }
      logger.error({ err: e, alsoFailedSinceLastLine: unlogged }, 'rate limit store unavailable: requests allowed');
      lastLogged = Date.now();
      unlogged = 0;
    }
  };
  return {
    request: (ip) => consume(requests, ip, 'Too many requests from your network: wait a minute and try again'),
    async account(ip, email) {
      await consume(accountsByIp, ip, 'Too many attempts from your network: wait a while and try again');
      if (email) await consume(accountsByEmail, email.trim().toLowerCase(), 'Too many attempts for this account: wait a while and try again');
    },
    close: () => pool.end(),
  };
}
