import { useSyncExternalStore } from 'react';

/**
 * The visitor's cookie choice, kept in the browser only: a first-party cookie holding JSON
 * (`{"essential":true,"analytics":false}`) for a year. The banner and the cookies page read and
 * change it through this module, so that each sees the other's change at once.
 */
export const COOKIE_POLICY_NAME = 'dm_cookies_policy';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export interface CookiePolicy {
  essential: true;
  analytics: boolean;
}

/** The choice recorded in `cookieHeader` (document.cookie), or null when there is none (or it is unreadable). */
export function parseCookiePolicy(cookieHeader: string): CookiePolicy | null {
  const pair = cookieHeader
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${COOKIE_POLICY_NAME}=`));
  if (!pair) return null;
  try {
    const value: unknown = JSON.parse(decodeURIComponent(pair.slice(COOKIE_POLICY_NAME.length + 1)));
    if (value && typeof value === 'object' && typeof (value as { analytics?: unknown }).analytics === 'boolean') {
      return { essential: true, analytics: (value as { analytics: boolean }).analytics };
    }
  } catch {
    // An unreadable cookie counts as no choice: the banner asks again.
  }
  return null;
}

const listeners = new Set<() => void>();
let cached: { header: string; policy: CookiePolicy | null } | null = null;

function current(): CookiePolicy | null {
  const header = document.cookie;
  if (!cached || cached.header !== header) cached = { header, policy: parseCookiePolicy(header) };
  return cached.policy;
}

/** Records the visitor's choice for a year and tells every reader. */
export function saveCookiePolicy(analytics: boolean): void {
  const policy: CookiePolicy = { essential: true, analytics };
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  // Plain JSON, as GOV.UK services write it (its characters are all allowed in a cookie value).
  document.cookie = `${COOKIE_POLICY_NAME}=${JSON.stringify(policy)}; Max-Age=${ONE_YEAR_SECONDS}; Path=/; SameSite=Lax${secure}`;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The recorded choice (null until the visitor makes one), kept up to date. */
export function useCookiePolicy(): CookiePolicy | null {
  return useSyncExternalStore(subscribe, current, () => null);
}
