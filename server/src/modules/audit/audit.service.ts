import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext, Viewer } from '../../app/context.js';
import { badInput, notFound, type FieldErrors } from '../../app/errors.js';
import { findPage, type Connection } from '../../shared/pagination.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditType } from './audit.types.js';

export interface AuditEntry {
  type: AuditType;
  actor?: Pick<Viewer, 'id' | 'email'> | null;
  /** For anonymous actions: the email the action concerned. */
  actorEmail?: string;
  objectType?: string;
  objectId?: string | number;
  data?: Record<string, unknown>;
}

/** Adds an audit event to `em`'s unit of work: it commits or rolls back with the change it records. */
export function recordAudit(em: EntityManager, now: Date, entry: AuditEntry): AuditEvent {
  return em.create(AuditEvent, {
    type: entry.type,
    createdAt: now,
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? entry.actorEmail ?? null,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId === undefined ? null : String(entry.objectId),
    data: entry.data ?? {},
  });
}

/** The admin IP allow-list refused a request: recorded on its own (the request itself did nothing). */
export async function recordAdminRefusal(em: EntityManager, now: Date, refusal: { ip: string; host: string; path: string; hadAdminCookie: boolean }): Promise<void> {
  recordAudit(em, now, { type: AuditType.ADMIN_ACCESS_REFUSED, data: refusal });
  await em.flush();
}

export interface AuditFilter {
  type?: AuditType;
  objectType?: string;
  objectId?: string;
  actorId?: number;
  acknowledged?: boolean;
  /** The acting user's email, any case. */
  actorEmail?: string;
  /** UK days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
}

const londonOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** The instant a UK day (YYYY-MM-DD) begins, or null when it is no such day. */
export function ukDayStart(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) return null;
  // London is UTC or an hour ahead; the clocks change at 01:00 UTC, so the offset at UTC midnight is the one at London midnight.
  const offset = /GMT([+-]\d+)?/.exec(londonOffset.formatToParts(utc).find((p) => p.type === 'timeZoneName')?.value ?? '')?.[1];
  return new Date(utc.getTime() - Number(offset ?? 0) * 3_600_000);
}

const DAY_MS = 86_400_000;

/** The `createdAt` bounds of a date range, or BAD_USER_INPUT naming the field at fault. */
export function dateRange(from: string | undefined, to: string | undefined): { $gte?: Date; $lt?: Date } | undefined {
  const errors: FieldErrors = {};
  const start = from ? ukDayStart(from.trim()) : undefined;
  const end = to ? ukDayStart(to.trim()) : undefined;
  if (start === null) errors.from = 'The start date must be a real date, as YYYY-MM-DD';
  if (end === null) errors.to = 'The end date must be a real date, as YYYY-MM-DD';
  if (start && end && end < start) errors.to = 'The end date must be the same as or after the start date';
  if (Object.keys(errors).length) throw badInput(Object.values(errors)[0]!, errors);
  if (!start && !end) return undefined;
  // The end day is included: everything before the next UK day starts (a day after its start, give or take the clock change).
  const next = end ? ukDayStart(new Date(end.getTime() + DAY_MS + 12 * 3_600_000).toISOString().slice(0, 10)) : undefined;
  return { ...(start ? { $gte: start } : {}), ...(next ? { $lt: next } : {}) };
}

export async function listAuditEvents(ctx: Pick<AppContext, 'em'>, filter: AuditFilter, first: number, after?: string | null): Promise<Connection<AuditEvent>> {
  const where: Record<string, unknown> = {};
  for (const key of ['type', 'objectType', 'objectId', 'actorId', 'acknowledged'] as const) {
    // An argument given as null is no filter, as one left out.
    if (filter[key] != null) where[key] = filter[key];
  }
  const email = filter.actorEmail?.trim().toLowerCase();
  if (email) where.actorEmail = email;
  const range = dateRange(filter.from || undefined, filter.to || undefined);
  if (range) where.createdAt = range;
  return findPage(ctx.em, AuditEvent, where, first, after);
}

/** One event by id; NOT_FOUND when there is none. */
export async function auditEvent(ctx: Pick<AppContext, 'em'>, id: number): Promise<AuditEvent> {
  const event = Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? await ctx.em.findOne(AuditEvent, { id }) : null;
  if (!event) throw notFound(`Audit event ${id}`);
  return event;
}
