import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP minimum). */
export const hashPassword = (password: string): Promise<string> => hash(password);
export const verifyPassword = (stored: string, password: string): Promise<boolean> => verify(stored, password).catch(() => false);

/**
 * A hash of a random value nobody kept (made with the parameters above), verified against when the
 * email is unknown so that timing does not reveal it. A constant: no state, and the first unknown
 * address costs the same as every other.
 */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$HsqgybZKr0L7nx3T9Ytw0Q$RjgXLjTzHma+38WRIBM+c5UHQWIzA9tgyKhVpPKfwrU';
export const dummyVerify = async (password: string): Promise<void> => {
  await verifyPassword(DUMMY_HASH, password);
};

/** The most guessed passwords of 10 or more characters (lower-cased), refused outright. */
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1234567891',
  '0987654321',
  'qwertyuiop',
  'password123',
  'password12',
  'password1234',
  'passw0rd123',
  'iloveyou123',
  'abcdefghij',
  'abc1234567',
  'qwerty1234',
  'qwerty12345',
  'asdfghjkl1',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'letmein123',
  'welcome123',
  'trustno1trustno1',
  'football123',
  'baseball123',
  'princess123',
  'sunshine123',
  'administrator',
  'changeme123',
  'superman123',
  'monkey12345',
  'dragon12345',
  'master12345',
  'aaaaaaaaaa',
  '1111111111',
  '0000000000',
  'qwertyuiop123',
  'digitalmarketplace',
  'marketplace',
  'marketplace1',
  'govuk12345',
  'password!!',
  'p@ssw0rd123',
]);

/** Returns what is wrong with a new password, or undefined when it is acceptable. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < 10) return 'Password must be 10 characters or more';
  if (password.length > 50) return 'Password must be 50 characters or fewer';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return 'Enter a password that is harder to guess';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'Your password must not contain your email address';
  return undefined;
}
