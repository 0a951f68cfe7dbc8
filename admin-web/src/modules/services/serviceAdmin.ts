import type { Role } from '../../gql/graphql';

/**
 * The rules of the admin service pages (AD1 service ID search, AD5 a supplier's services, AD6 a
 * service), as the permission matrix (dm-journeys §3) and the API decide them.
 */

/** "Search by service ID" and "View a service": support, framework managers, category. */
export const FINDS_SERVICES: readonly Role[] = ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_CATEGORY'];

/** "View supplier's live services list": support, framework managers, data controllers, category. */
export const VIEWS_SUPPLIER_SERVICES: readonly Role[] = ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'];

/** Edit, remove, publish, suspend, transfer: category only. */
export const CHANGES_SERVICES: readonly Role[] = ['ADMIN_CCS_CATEGORY'];

/** The search option the find-a-supplier page adds for the roles that find services. */
export const SERVICE_ID_OPTION = { value: 'service', label: 'Service ID', hint: 'The whole ID, for example 123456789012345' } as const;

/** A service ID as typed (spaces dropped), or what is wrong with it. */
export function serviceIdError(raw: string): string | undefined {
  const id = raw.replace(/\s+/g, '');
  if (!id) return 'Enter a service ID';
  if (!/^[A-Za-z0-9-]{10,20}$/.test(id)) return 'A service ID is 10 to 20 letters, numbers or hyphens, for example 123456789012345';
  return undefined;
}

export const serviceHref = (id: string) => `/services/${id}`;

export interface StatusTag {
  text: string;
  classes: string;
}

/** A service's status as a tag: live, removed by the supplier, removed (suspended) by CCS. */
export function statusTag(status: string): StatusTag {
  switch (status) {
    case 'PUBLISHED':
      return { text: 'Live', classes: 'govuk-tag--green' };
    case 'ENABLED':
      return { text: 'Removed by supplier', classes: 'govuk-tag--grey' };
    case 'DISABLED':
      return { text: 'Removed by CCS', classes: 'govuk-tag--red' };
    default:
      return { text: status.charAt(0) + status.slice(1).toLowerCase(), classes: 'govuk-tag--grey' };
  }
}

interface ListedService {
  id: string;
  status: string;
  framework: { slug: string; name: string; status: string };
}

export interface FrameworkServices<S extends ListedService> {
  slug: string;
  name: string;
  status: string;
  services: S[];
  /** Category: live services there to suspend (the framework is live). */
  canSuspend: boolean;
  /** Category: suspended services there to publish again (the framework is live). */
  canUnsuspend: boolean;
}

/**
 * A supplier's services by framework, in the API's order (framework, lot, name), live and expired
 * frameworks only (the others have no services yet, or none the admin pages show).
 */
export function byFramework<S extends ListedService>(services: readonly S[]): Array<FrameworkServices<S>> {
  const out: Array<FrameworkServices<S>> = [];
  for (const s of services) {
    if (s.framework.status !== 'LIVE' && s.framework.status !== 'EXPIRED') continue;
    let group = out.find((g) => g.slug === s.framework.slug);
    if (!group) {
      group = { slug: s.framework.slug, name: s.framework.name, status: s.framework.status, services: [], canSuspend: false, canUnsuspend: false };
      out.push(group);
    }
    group.services.push(s);
    if (s.framework.status === 'LIVE' && s.status === 'PUBLISHED') group.canSuspend = true;
    if (s.framework.status === 'LIVE' && s.status === 'DISABLED') group.canUnsuspend = true;
  }
  return out;
}

export type SuspendAction = 'suspend' | 'unsuspend';
export const isSuspendAction = (v: string | undefined): v is SuspendAction => v === 'suspend' || v === 'unsuspend';

/** Whether an admin may change the service now: its framework is live and it is not deleted (as the API decides). */
export const canChangeService = (service: { status: string; framework: { status: string } }) => service.framework.status === 'LIVE' && service.status !== 'DELETED';

export type StatusAction = 'remove' | 'publish';
export const isStatusAction = (v: string | undefined): v is StatusAction => v === 'remove' || v === 'publish';

/** Which of remove or publish the service offers: remove while live, publish once removed (by CCS or its supplier). */
export function statusActionOf(service: { status: string; framework: { status: string } }): StatusAction | null {
  if (!canChangeService(service)) return null;
  if (service.status === 'PUBLISHED') return 'remove';
  if (service.status === 'DISABLED' || service.status === 'ENABLED') return 'publish';
  return null;
}

interface StatusChange {
  actorEmail?: string | null;
  createdAt: string;
  data: unknown;
}

/** "Removed by cat@… on 3 December 2026": who took a removed service down and when, or null when not removed. */
export function removedBy(
  service: { status: string },
  change: StatusChange | null | undefined,
  formatDate: (iso: string) => string,
): { by: string; on: string; reason: string | null } | null {
  if (service.status !== 'DISABLED' && service.status !== 'ENABLED') return null;
  const data = (change?.data ?? {}) as Record<string, unknown>;
  if (!change || String(data.newStatus ?? '').toUpperCase() !== service.status) return null;
  return { by: change.actorEmail ?? 'an unknown user', on: formatDate(change.createdAt), reason: typeof data.reason === 'string' ? data.reason : null };
}

/** A reason typed on a confirmation page, or what is wrong with it (the API checks the same). */
export function reasonError(reason: string, what: string): string | undefined {
  const r = reason.trim();
  if (!r) return `Enter why you are ${what}`;
  if (r.length > 500) return 'The reason must be 500 characters or fewer';
  return undefined;
}
