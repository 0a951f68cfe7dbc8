import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext, Viewer } from '../../app/context.js';
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
}

export async function listAuditEvents(ctx: Pick<AppContext, 'em'>, filter: AuditFilter, first: number, after?: string | null): Promise<Connection<AuditEvent>> {
  const where: Record<string, unknown> = {};
  for (const key of ['type', 'objectType', 'objectId', 'actorId', 'acknowledged'] as const) {
    if (filter[key] !== undefined) where[key] = filter[key];
  }
  return findPage(ctx.em, AuditEvent, where, first, after);
}
