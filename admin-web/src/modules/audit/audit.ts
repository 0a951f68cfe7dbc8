import { graphql } from '../../gql';
import type { AuditType, Role } from '../../gql/graphql';
import { task } from '../../app/tasks';
import { isEmailAddress } from '@dm/web/ui';

export const AuditEventsDocument = graphql(`
  query AdminAuditEvents($type: AuditType, $objectType: String, $objectId: String, $actorEmail: String, $from: String, $to: String, $after: String) {
    auditEvents(type: $type, objectType: $objectType, objectId: $objectId, actorEmail: $actorEmail, from: $from, to: $to, first: 20, after: $after) {
      totalCount
      nodes {
        id
        type
        createdAt
        actorEmail
        objectType
        objectId
        acknowledged
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditEventDocument = graphql(`
  query AdminAuditEvent($id: ID!) {
    auditEvent(id: $id) {
      id
      type
      createdAt
      actorEmail
      objectType
      objectId
      data
      acknowledged
      acknowledgedAt
    }
  }
`);

export const ApproveServiceEditFromAuditDocument = graphql(`
  mutation ApproveServiceEditFromAudit($serviceId: ID!, $auditEventId: Int!) {
    acknowledgeServiceUpdates(id: $serviceId, auditEventId: $auditEventId) {
      id
      acknowledged
    }
  }
`);

/** How many events a page shows (the query's `first`). */
export const PAGE_SIZE = 20;

/** The kinds of object events are about, as the API names them, with what the page calls them. */
export const OBJECT_TYPES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'Supplier', label: 'Supplier' },
  { value: 'User', label: 'User' },
  { value: 'Service', label: 'Service' },
  { value: 'DraftService', label: 'Draft service' },
  { value: 'Framework', label: 'Framework' },
  { value: 'FrameworkAgreement', label: 'Framework agreement' },
  { value: 'Brief', label: 'Opportunity' },
  { value: 'BriefResponse', label: 'Opportunity response' },
  { value: 'BriefClarificationQuestion', label: 'Opportunity question' },
  { value: 'Outcome', label: 'Outcome' },
  { value: 'DirectAwardProject', label: 'Direct award project' },
  { value: 'DirectAwardSearch', label: 'Direct award search' },
  { value: 'Document', label: 'Document' },
  { value: 'BuyerEmailDomain', label: 'Buyer email domain' },
  { value: 'SearchIndex', label: 'Search index' },
  { value: 'MailingListSubscription', label: 'Mailing list subscription' },
];

export const objectTypeLabel = (value: string | null | undefined) => (value ? (OBJECT_TYPES.find((o) => o.value === value)?.label ?? value) : '');

/** An event type as a phrase: SUPPLIER_UPDATE is "Supplier update". */
export const typeLabel = (type: string) => type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' ');

/** Every event type, in the API's order (the check below fails to compile when the API adds one). */
export const AUDIT_TYPES = [
  'ACKNOWLEDGE_SERVICE_UPDATES',
  'ADD_BRIEF_CLARIFICATION_QUESTION',
  'ADD_BRIEF_USER',
  'ADD_BUYER_EMAIL_DOMAIN',
  'ADMIN_ACCESS_REFUSED',
  'BRIEF_APPLICATIONS_CLOSED',
  'CHANGE_PASSWORD',
  'COMPLETE_DECLARATION',
  'COMPLETE_DRAFT_SERVICE',
  'COMPLETE_OUTCOME',
  'COUNTERSIGN_AGREEMENT',
  'CREATE_BRIEF',
  'CREATE_BRIEF_RESPONSE',
  'CREATE_DRAFT_SERVICE',
  'CREATE_OUTCOME',
  'CREATE_PROJECT',
  'CREATE_PROJECT_SEARCH',
  'CREATE_SUPPLIER',
  'CREATE_USER',
  'DELETE_BRIEF',
  'DELETE_DOCUMENT',
  'DELETE_DRAFT_SERVICE',
  'DISCARD_JOB',
  'DOWNLOADED_PROJECT',
  'DOWNLOAD_AGREEMENT_DOCUMENT',
  'FRAMEWORK_UPDATE',
  'GENERATE_DOCUMENT',
  'IMPORT_SERVICE',
  'INVITE_USER',
  'JOIN_MAILING_LIST',
  'LOCK_PROJECT',
  'PUBLISH_DRAFT_SERVICE',
  'REBUILD_SEARCH_INDEX',
  'REGISTER_FRAMEWORK_INTEREST',
  'REMOVE_BUYER_EMAIL_DOMAIN',
  'REQUEST_ACCOUNT',
  'REQUEST_PASSWORD_RESET',
  'RESCAN_DOCUMENTS',
  'RESEND_EMAIL',
  'RESET_PASSWORD',
  'RETRY_JOB',
  'ROLLBACK_SEARCH_INDEX',
  'SCAN_DOCUMENT',
  'SEND_CLARIFICATION_QUESTION',
  'SIGN_AGREEMENT',
  'SUBMIT_BRIEF_RESPONSE',
  'SUPPLIER_UPDATE',
  'TRANSFER_SERVICE',
  'UNLOCK_USER',
  'UPDATE_AGREEMENT',
  'UPDATE_BRIEF',
  'UPDATE_BRIEF_RESPONSE',
  'UPDATE_BRIEF_STATUS',
  'UPDATE_DECLARATION_ANSWERS',
  'UPDATE_DRAFT_SERVICE',
  'UPDATE_OUTCOME',
  'UPDATE_PROJECT',
  'UPDATE_SERVICE',
  'UPDATE_SERVICE_ADMIN',
  'UPDATE_SERVICE_STATUS',
  'UPDATE_SUPPLIER_FRAMEWORK',
  'UPDATE_USER',
  'UPLOAD_DOCUMENT',
  'USER_AUTH_FAILED',
  'USER_SIGNED_IN',
  'USER_SIGNED_OUT',
] as const satisfies readonly AuditType[];
const everyType: Exclude<AuditType, (typeof AUDIT_TYPES)[number]> extends never ? true : false = true;
void everyType;

/** The filters in the page's address. Dates are YYYY-MM-DD (UK days). */
export interface AuditFilters {
  type?: AuditType;
  objectType?: string;
  objectId?: string;
  user?: string;
  from?: string;
  to?: string;
}

const FILTER_KEYS = ['type', 'objectType', 'objectId', 'user', 'from', 'to'] as const;

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) (filters as Record<string, string>)[key] = value;
  }
  if (filters.type && !(AUDIT_TYPES as readonly string[]).includes(filters.type)) delete filters.type;
  return filters;
}

/** The address of a page of events: the filters, and the cursors of the pages before it (so that "Previous" goes back). */
export function eventsHref(filters: AuditFilters, pages: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (pages.length) params.set('pages', pages.join(','));
  const query = params.toString();
  return query ? `/audit-events?${query}` : '/audit-events';
}

export const pagesFromParams = (params: URLSearchParams): string[] => (params.get('pages') ?? '').split(',').filter((c) => /^[A-Za-z0-9_-]{1,40}$/.test(c));

/** The query's variables for the filters and the page (the last cursor of the trail). */
export function eventsVariables(filters: AuditFilters, pages: readonly string[]) {
  return {
    type: filters.type ?? null,
    objectType: filters.objectType ?? null,
    objectId: filters.objectType ? (filters.objectId ?? null) : null,
    actorEmail: filters.user ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    after: pages.length ? pages[pages.length - 1]! : null,
  };
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const partsOf = (date: string | undefined): DateParts => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! } : { day: '', month: '', year: '' };
};

/** A date typed in three boxes as YYYY-MM-DD; '' when all are empty; null when it is not a real date. */
export function dateOf({ day, month, year }: DateParts): string | null {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) return null;
  return date.toISOString().slice(0, 10);
}

export interface FilterForm {
  type: string;
  objectType: string;
  objectId: string;
  user: string;
  from: DateParts;
  to: DateParts;
}

/** The filters a form describes, or what is wrong with it, by field (`from` and `to` are the date groups). */
export function readFilterForm(form: FilterForm): { filters: AuditFilters; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const filters: AuditFilters = {};
  if (form.type) filters.type = form.type as AuditType;
  if (form.objectType) filters.objectType = form.objectType;
  const objectId = form.objectId.trim();
  if (objectId && !form.objectType) errors.objectType = 'Choose the kind of object the id belongs to';
  else if (objectId) filters.objectId = objectId;
  const user = form.user.trim();
  if (user && !isEmailAddress(user)) errors.user = 'Enter an email address in the correct format, like name@example.com';
  else if (user) filters.user = user;
  const from = dateOf(form.from);
  const to = dateOf(form.to);
  if (from === null) errors.from = 'The start date must be a real date';
  else if (from) filters.from = from;
  if (to === null) errors.to = 'The end date must be a real date';
  else if (to) filters.to = to;
  if (from && to && to < from) errors.to = 'The end date must be the same as or after the start date';
  return { filters, errors };
}

/** What the list shows, in words ("by ada@example.com, from 1 June 2024"). */
export function describeFilters(filters: AuditFilters, formatDay: (day: string) => string): string {
  const parts: string[] = [];
  if (filters.type) parts.push(`of type ‘${typeLabel(filters.type)}’`);
  if (filters.objectType)
    parts.push(
      filters.objectId ? `about ${objectTypeLabel(filters.objectType).toLowerCase()} ${filters.objectId}` : `about any ${objectTypeLabel(filters.objectType).toLowerCase()}`,
    );
  if (filters.user) parts.push(`by ${filters.user}`);
  if (filters.from && filters.to) parts.push(filters.from === filters.to ? `on ${formatDay(filters.from)}` : `from ${formatDay(filters.from)} to ${formatDay(filters.to)}`);
  else if (filters.from) parts.push(`on or after ${formatDay(filters.from)}`);
  else if (filters.to) parts.push(`on or before ${formatDay(filters.to)}`);
  return parts.join(', ');
}

/** A data value as the details show it: text as it is, anything else as JSON. */
export const showValue = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/** A supplier's edit of a live service waits for a category admin's approval: the one kind of event acknowledged (AD7). */
export const approvable = (event: { type: string; acknowledged: boolean; objectType?: string | null; objectId?: string | null }, viewer: { role: Role }) =>
  event.type === 'UPDATE_SERVICE' && !event.acknowledged && event.objectType === 'Service' && Boolean(event.objectId) && task('service-edits').roles.includes(viewer.role);
