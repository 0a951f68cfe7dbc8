import { Surface } from '../../app/context.js';
import type { Config } from '../../app/config.js';
import { badInput } from '../../app/errors.js';
import { isAdminRole, type Role } from '../../shared/role.js';
import { EMAIL_PATTERN } from '../../shared/validation.js';

/** Rules the users module's services and handlers share: how an address is written, which site an account uses. */

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const BAD_EMAIL = 'Enter an email address in the correct format, like name@example.gov.uk';

export function requireEmail(email: string): string {
  const normalised = normaliseEmail(email);
  if (!EMAIL_PATTERN.test(normalised) || normalised.length > 320) throw badInput(BAD_EMAIL, { email: BAD_EMAIL });
  return normalised;
}

/** Admin accounts sign in on the admin site only, every other account on the public site only. */
export const surfaceFor = (role: Role): Surface => (isAdminRole(role) ? Surface.ADMIN : Surface.WEB);

export const siteUrl = (config: Pick<Config, 'WEB_URL' | 'ADMIN_WEB_URL'>, role: Role): string => (surfaceFor(role) === Surface.ADMIN ? config.ADMIN_WEB_URL : config.WEB_URL);
