import { randomBytes } from 'node:crypto';

/** Public service ids: new ones are 15 digits; imported legacy ids may be 10–20 letters, digits or hyphens. */
export const SERVICE_ID_PATTERN = /^[A-Za-z0-9-]{10,20}$/;

const LOW = 10n ** 14n;
const SPAN = 9n * 10n ** 14n;

/** A random 15-digit id (10^14 … 10^15−1) from the cryptographic RNG, as the original service made them. */
export function newServiceId(): string {
  // 64 random bits reduced modulo 9·10^14: the bias is below 10^-4, irrelevant for ids.
  return String(LOW + (randomBytes(8).readBigUInt64BE() % SPAN));
}
