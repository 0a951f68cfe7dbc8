import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret and the HMAC of it under `key`: the secret goes to the user, the HMAC to the database. */
export function newSecret(key: string): { secret: string; hmac: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hmac: hmacOf(key, secret) };
}

export function hmacOf(key: string, secret: string): string {
  return createHmac('sha256', key).update(secret).digest('hex');
}

export function sameHmac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `<id>.<secret>`: the id finds the row, the secret proves possession. */
export function formatToken(id: number, secret: string): string {
  return `${id}.${secret}`;
}

export function parseToken(token: string): { id: number; secret: string } | undefined {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: Number(match[1]), secret: match[2]! } : undefined;
}
