import { supplierById } from '../suppliers/supplier.loaders.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext, type Viewer } from '../../app/context.js';
import { Document, documentAnswerErrors, documentIdsOf } from '../documents/index.js';
import { badInput, conflict, DomainError, notFound } from '../../app/errors.js';
import { answerChange, applyAnswerChange } from '../../shared/answers.js';
import { decodeCursor, findPage, toConnection, type Connection } from '../../shared/pagination.js';
import { aToZPage, suppliersAToZ } from '../suppliers/supplier.service.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { ArchivedService } from './archived-service.entity.js';
import { editableKeys, questionLabels } from './service.content.js';
import { ServiceStatus, Service } from './service.entity.js';
import { archiveChange, diffAnswers, sameJson, type AnswerDiff } from './service.history.js';
import { lastStatusChange } from './service.loaders.js';
import { canChangeService, canEditAnyService, canViewServiceInAnyStatus, publicVisibility, Unavailability } from './service.policy.js';

/** When and by whom a service stopped being buyable; null while it is buyable. */
export interface ServiceUnavailability {
  reason: Unavailability;
  since: Date | null;
}

/** Why the public cannot buy a service and since when (the last status change, batched per request); null while buyable. */
export async function unavailabilityOf(ctx: Pick<AppContext, 'loaders'>, service: Service, framework: Framework): Promise<ServiceUnavailability | null> {
  const visibility = publicVisibility(service, framework);
  if (visibility.kind !== 'gone') return null;
  if (visibility.reason === Unavailability.FRAMEWORK_EXPIRED) return { reason: visibility.reason, since: framework.expiresAt ?? null };
  return { reason: visibility.reason, since: (await ctx.loaders.get(lastStatusChange).load(service.serviceId)) ?? service.updatedAt };
}

/** Why a buyer cannot buy a service any more, in words: the GONE error's message. */
export function goneMessage(reason: Unavailability, names: { frameworkName: string; supplierName: string }): string {
  switch (reason) {
    case Unavailability.FRAMEWORK_EXPIRED:
      return `This ${names.frameworkName} service is no longer available to buy`;
    case Unavailability.REMOVED_BY_ADMIN:
      return 'This service was removed from the Digital Marketplace';
    case Unavailability.REMOVED_BY_SUPPLIER:
      return `${names.supplierName} stopped offering this service`;
  }
}

/**
 * One service by its public id. The supplier who owns it and admins who work on services see it in
 * any status; anyone else sees only buyable ones, `GONE` (with the reason and date) for services that
 * were removed or whose framework expired, and `NOT_FOUND` for the rest.
 */
export async function getService(ctx: AppContext, serviceId: string): Promise<Service> {
  const service = await ctx.em.findOne(Service, { serviceId }, { populate: ['framework', 'supplier'] });
  if (!service) throw notFound(`Service ${serviceId}`);
  // Read with the service: the page's supplier field asks nothing more.
  ctx.loaders.get(supplierById).prime(service.supplier.id, service.supplier.getEntity());
  if (canViewServiceInAnyStatus(ctx.viewer, service)) return service;
  const framework = service.framework.getEntity();
  const visibility = publicVisibility(service, framework);
  if (visibility.kind === 'hidden') throw notFound(`Service ${serviceId}`);
  if (visibility.kind === 'gone') {
    const unavailable = (await unavailabilityOf(ctx, service, framework))!;
    const supplierName = service.supplier.getEntity().name;
    const message = goneMessage(unavailable.reason, { frameworkName: framework.name, supplierName });
    throw new DomainError('GONE', message, undefined, {
      reason: unavailable.reason,
      unavailableSince: unavailable.since?.toISOString() ?? null,
      serviceId,
      serviceName: typeof service.data.serviceName === 'string' ? service.data.serviceName : null,
      supplierName,
      frameworkName: framework.name,
    });
  }
  return service;
}

export interface ServiceFilter {
  supplierId?: number;
  frameworkSlug?: string;
  lotSlug?: string;
  status?: ServiceStatus[];
}

/** Admins' list of services, newest first. */
export async function listServices(ctx: AppContext, filter: ServiceFilter, first: number, after?: string | null): Promise<Connection<Service>> {
  const where: Record<string, unknown> = {};
  if (filter.supplierId !== undefined) where.supplier = filter.supplierId;
  if (filter.frameworkSlug) where.framework = { slug: filter.frameworkSlug };
  if (filter.lotSlug) where.lot = { slug: filter.lotSlug };
  if (filter.status?.length) where.status = { $in: filter.status };
  return findPage(ctx.em, Service, where, first, after);
}

/**
 * The G-Cloud supplier A to Z: active suppliers with at least one service buyers can buy on a live
 * G-Cloud framework (those whose supplier page shows), by name, a page at a time.
 */
export async function listGCloudSuppliers(ctx: AppContext, prefix: string | undefined, page: number, first: number): Promise<Connection<Supplier>> {
  const qb = suppliersAToZ(ctx.em, prefix).andWhere(
    'exists (select 1 from services sv join frameworks f on f.id = sv.framework_id where sv.supplier_id = s.id and sv.status = ? and f.status = ? and f.family = ?)',
    [ServiceStatus.PUBLISHED, FrameworkStatus.LIVE, FrameworkFamily.G_CLOUD],
  );
  return aToZPage(qb, first, (page - 1) * first);
}

interface Locked {
  service: Service;
  framework: Framework;
  lot: Lot;
  supplier: Supplier;
}

async function lockService(em: EntityManager, serviceId: string): Promise<Locked | null> {
  const service = await em.findOne(Service, { serviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!service) return null;
  const [framework, lot, supplier] = await Promise.all([
    em.findOneOrFail(Framework, { id: service.framework.id }),
    em.findOneOrFail(Lot, { id: service.lot.id }),
    em.findOneOrFail(Supplier, { id: service.supplier.id }),
  ]);
  return { service, framework, lot, supplier };
}

/** A service the viewer may act on: their own (as supplier) or any (admins who edit services). */
async function serviceToChange(em: EntityManager, viewer: Viewer, serviceId: string): Promise<Locked & { asAdmin: boolean }> {
  const asAdmin = canEditAnyService(viewer);
  const found = await lockService(em, serviceId);
  if (!found || !canChangeService(viewer, found.service)) throw notFound(`Service ${serviceId}`);
  if (found.service.status === ServiceStatus.DELETED) throw conflict('This service has been deleted and cannot be changed', { serviceStatus: found.service.status });
  if (found.framework.status !== FrameworkStatus.LIVE) {
    throw conflict(`Services on ${found.framework.name} can only be changed while it is live, not ${found.framework.status}`, { frameworkStatus: found.framework.status });
  }
  return { ...found, asAdmin };
}

/**
 * Changes answers of a live service (`null` clears one). Suppliers may change only the questions of the live-edit
 * manifest (and not while an admin has suspended the service); admins who edit services, every
 * editable question. The whole service must then be valid. A supplier's change waits for review.
 */
export async function updateService(ctx: AppContext, serviceId: string, answers: Record<string, unknown>): Promise<Service> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const { service, framework, lot, supplier, asAdmin } = await serviceToChange(em, viewer, serviceId);
    if (!asAdmin && service.status === ServiceStatus.DISABLED) {
      throw conflict('This service was suspended by the Crown Commercial Service: contact support to change it', { serviceStatus: service.status });
    }
    const change = answerChange(answers);
    if (!change.keys.length) throw badInput('Answer at least one question');
    const allowed = editableKeys(ctx.content, framework.slug, lot.slug, asAdmin);
    const refused = change.keys.filter((k) => !allowed.has(k));
    if (refused.length) {
      const why = asAdmin ? 'This question cannot be changed on this service' : 'You cannot change this answer on a live service';
      throw badInput('Some of these answers cannot be changed', Object.fromEntries(refused.map((k) => [k, why])));
    }
    if (!ctx.schemas.has('services', framework.slug, lot.slug)) throw conflict(`Services on ${framework.name} cannot be edited here`);
    const next = applyAnswerChange(service.data, change);
    if (sameJson(next, service.data)) return service;
    // A live service shows its documents: a new one must already be scanned clean, and be its supplier's.
    const owner = { content: ctx.content, supplierId: service.supplier.id, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'services', lotSlug: lot.slug } as const;
    const errors = { ...ctx.schemas.validate('services', framework.slug, lot.slug, next), ...(await documentAnswerErrors(em, owner, change.given, true)) };
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    const now = ctx.clock.now();
    service.data = next;
    service.updatedAt = now;
    await archiveChange(em, now, service, {
      type: asAdmin ? AuditType.UPDATE_SERVICE_ADMIN : AuditType.UPDATE_SERVICE,
      actor: viewer,
      supplierName: supplier.name,
      data: { updated: change.keys },
    });
    return service;
  });
}

async function changeStatus(
  ctx: AppContext,
  em: EntityManager,
  now: Date,
  viewer: Viewer,
  locked: Locked,
  status: ServiceStatus,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const oldStatus = locked.service.status;
  locked.service.status = status;
  locked.service.updatedAt = now;
  await archiveChange(em, now, locked.service, {
    type: AuditType.UPDATE_SERVICE_STATUS,
    actor: viewer,
    supplierName: locked.supplier.name,
    data: { oldStatus, newStatus: status, ...extra },
  });
}

/** A supplier stops offering one of its live G-Cloud services (it becomes `enabled`: hidden from buyers). */
export async function removeService(ctx: AppContext, serviceId: string): Promise<Service> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const locked = await serviceToChange(em, viewer, serviceId);
    if (locked.framework.family !== FrameworkFamily.G_CLOUD) throw conflict(`${locked.framework.name} services cannot be removed`);
    if (locked.service.status !== ServiceStatus.PUBLISHED) throw conflict('Only a live service can be removed', { serviceStatus: locked.service.status });
    await changeStatus(ctx, em, ctx.clock.now(), viewer, locked, ServiceStatus.ENABLED);
    return locked.service;
  });
}

/** Admins who edit services publish, remove (disable) or delete one, with the reason when given (kept in the audit event). */
export async function setServiceStatus(ctx: AppContext, serviceId: string, status: ServiceStatus, reason: string | null = null): Promise<Service> {
  // Only admins who edit services get here (the resolver's role gate).
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const locked = await serviceToChange(em, viewer, serviceId);
    if (locked.service.status === status) throw conflict(`This service is already ${status}`, { serviceStatus: status });
    await changeStatus(ctx, em, ctx.clock.now(), viewer, locked, status, reason ? { reason } : {});
    return locked.service;
  });
}

/** The last status change of a service (who, when, to what, why), or null when it never changed. */
export async function lastStatusChangeEvent(em: EntityManager, serviceId: string): Promise<AuditEvent | null> {
  return em.findOne(AuditEvent, { type: AuditType.UPDATE_SERVICE_STATUS, objectType: 'Service', objectId: serviceId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/**
 * Novation: a live service on a live framework moves to another (active) supplier, with the reason.
 * The documents its answers point to go with it (they were the old supplier's). Snapshotted and
 * audited once, naming both suppliers; the search index follows the event like any service change.
 */
export async function transferService(ctx: AppContext, serviceId: string, toSupplierId: number, reason: string): Promise<Service> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const found = await lockService(em, serviceId);
    if (!found || found.service.status === ServiceStatus.DELETED) throw notFound(`Service ${serviceId}`);
    const { service, framework, lot, supplier: from } = found;
    if (framework.status !== FrameworkStatus.LIVE) {
      throw conflict(`Services on ${framework.name} can only be transferred while it is live, not ${framework.status}`, { frameworkStatus: framework.status });
    }
    if (service.status !== ServiceStatus.PUBLISHED) throw conflict('Only a live service can be transferred: publish it first', { serviceStatus: service.status });
    if (toSupplierId === from.id) {
      throw badInput('The service already belongs to this supplier', { toSupplierId: `${from.name} already provides this service: choose another supplier` });
    }
    const to = await em.findOne(Supplier, { id: toSupplierId });
    if (!to) throw new DomainError('NOT_FOUND', `Supplier ${toSupplierId} was not found`, { toSupplierId: 'There is no supplier with this ID' });
    if (!to.active) throw badInput('That supplier is not active', { toSupplierId: `${to.name} is not active: choose another supplier` });
    const documentIds = [...documentIdsOf(ctx.content, framework.slug, lot.slug, service.data).values()];
    const moved = documentIds.length ? await em.find(Document, { id: { $in: documentIds }, supplierId: from.id }) : [];
    for (const doc of moved) doc.supplierId = to.id;
    const now = ctx.clock.now();
    service.supplier = em.getReference(Supplier, to.id, { wrapped: true });
    service.updatedAt = now;
    await archiveChange(em, now, service, {
      type: AuditType.TRANSFER_SERVICE,
      actor: viewer,
      supplierName: to.name,
      data: { fromSupplierId: from.id, fromSupplierName: from.name, toSupplierId: to.id, toSupplierName: to.name, reason, documentIds: moved.map((d) => d.id) },
    });
    return service;
  });
}

/**
 * Suspends every live service of one supplier on a live framework (they become `disabled`), or
 * publishes again the ones suspended; services the supplier removed itself are left alone.
 */
export async function setSupplierServicesSuspended(ctx: AppContext, supplierId: number, frameworkSlug: string, suspended: boolean): Promise<Service[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const framework = await em.findOne(Framework, { slug: frameworkSlug });
    if (!framework) throw notFound(`Framework '${frameworkSlug}'`);
    const supplier = await em.findOne(Supplier, { id: supplierId });
    if (!supplier) throw notFound(`Supplier ${supplierId}`);
    if (framework.status !== FrameworkStatus.LIVE) throw conflict(`${framework.name} is not live`, { frameworkStatus: framework.status });
    const from = suspended ? ServiceStatus.PUBLISHED : ServiceStatus.DISABLED;
    const services = await em.find(Service, { supplier: supplierId, framework: framework.id, status: from }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!services.length)
      throw conflict(suspended ? `${supplier.name} has no live services on ${framework.name} to suspend` : `${supplier.name} has no suspended services on ${framework.name}`);
    const now = ctx.clock.now();
    const lots = new Map((await em.find(Lot, { id: { $in: [...new Set(services.map((s) => s.lot.id))] } })).map((l) => [l.id, l]));
    for (const service of services) {
      await changeStatus(ctx, em, now, viewer, { service, framework, supplier, lot: lots.get(service.lot.id)! }, suspended ? ServiceStatus.DISABLED : ServiceStatus.PUBLISHED, {
        bulk: true,
      });
    }
    return services;
  });
}

/** Puts back the answers of an earlier snapshot (admins); the result must be valid as a whole. */
export async function revertService(ctx: AppContext, serviceId: string, archivedServiceId: number): Promise<Service> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const { service, framework, lot, supplier } = await serviceToChange(em, viewer, serviceId);
    const archived = await em.findOne(ArchivedService, { id: archivedServiceId });
    if (!archived) throw badInput('There is no such version', { archivedServiceId: 'Choose a version of this service' });
    if (archived.service.id !== service.id) throw badInput('That version belongs to another service', { archivedServiceId: 'Choose a version of this service' });
    if (sameJson(archived.data, service.data)) throw conflict('The service already has these answers');
    const errors = ctx.schemas.validate('services', framework.slug, lot.slug, archived.data);
    if (Object.keys(errors).length) throw badInput('That version is not valid any more', errors);
    const now = ctx.clock.now();
    service.data = structuredClone(archived.data);
    service.updatedAt = now;
    await archiveChange(em, now, service, { type: AuditType.UPDATE_SERVICE_ADMIN, actor: viewer, supplierName: supplier.name, data: { fromArchivedServiceId: archived.id } });
    return service;
  });
}

/** Snapshots of a service, oldest first (admins). */
export async function listArchivedServices(ctx: AppContext, serviceId: string, first: number, after?: string | null): Promise<Connection<ArchivedService>> {
  const service = await ctx.em.findOne(Service, { serviceId });
  if (!service) throw notFound(`Service ${serviceId}`);
  return findPage(ctx.em, ArchivedService, { service: service.id }, first, after, 'asc');
}

export interface LabelledDiff extends AnswerDiff {
  question: string;
}

/**
 * What changed between two snapshots of a service (`to` defaults to the service as it is now):
 * one entry per answer that differs, labelled with the question and in the content's order.
 */
export async function diffService(ctx: AppContext, service: Service, fromId: number, toId?: number): Promise<LabelledDiff[]> {
  const ids = [fromId, ...(toId === undefined ? [] : [toId])];
  const snapshots = new Map((await ctx.em.find(ArchivedService, { id: { $in: ids }, service: service.id })).map((a) => [a.id, a]));
  for (const id of ids)
    if (!snapshots.has(id)) throw badInput(`Version ${id} is not a version of this service`, { [id === fromId ? 'from' : 'to']: 'Choose a version of this service' });
  const [framework, lot] = await Promise.all([ctx.em.findOneOrFail(Framework, { id: service.framework.id }), ctx.em.findOneOrFail(Lot, { id: service.lot.id })]);
  const labels = questionLabels(ctx.content, framework.slug, lot.slug);
  const after = toId === undefined ? service.data : snapshots.get(toId)!.data;
  return diffAnswers(snapshots.get(fromId)!.data, after, [...labels.keys()]).map((d) => ({ ...d, question: labels.get(d.questionId) ?? d.questionId }));
}

/** Supplier edits of a service not yet reviewed, oldest first. */
export async function pendingUpdates(em: EntityManager, serviceId: string): Promise<AuditEvent[]> {
  return em.find(AuditEvent, { type: AuditType.UPDATE_SERVICE, objectType: 'Service', objectId: serviceId, acknowledged: false }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * The review queue: for each service with supplier edits not yet reviewed, its earliest such edit;
 * oldest first.
 */
export async function listServiceUpdatesToReview(ctx: AppContext, first: number, after?: string | null): Promise<Connection<AuditEvent>> {
  const from = decodeCursor(after) ?? 0;
  const earliest = `select min(id) as id from audit_events where type = 'update_service' and object_type = 'Service' and not acknowledged group by object_id`;
  const [ids, counted] = await Promise.all([
    ctx.em.execute<Array<{ id: number }>>(`select id from (${earliest}) e where id > ? order by id asc limit ?`, [from, first + 1]),
    ctx.em.execute<Array<{ count: string }>>(`select count(*) as count from (${earliest}) e`),
  ]);
  const count = counted[0]?.count ?? 0;
  const rows = await ctx.em.find(AuditEvent, { id: { $in: ids.map((r) => Number(r.id)) } }, { orderBy: { id: 'asc' } });
  return toConnection(rows, first, Number(count));
}

/**
 * A reviewer approves a supplier edit, and with it every earlier unreviewed edit of the same
 * service; edits made after the one reviewed stay in the queue.
 */
export async function acknowledgeServiceUpdates(ctx: AppContext, serviceId: string, auditEventId: number): Promise<AuditEvent[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const event = await em.findOne(
      AuditEvent,
      { id: auditEventId, type: AuditType.UPDATE_SERVICE, objectType: 'Service', objectId: serviceId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!event) throw notFound(`Edit ${auditEventId} of service ${serviceId}`);
    if (event.acknowledged) throw conflict('This edit was already approved', { acknowledgedAt: event.acknowledgedAt?.toISOString() });
    const events = await em.find(
      AuditEvent,
      {
        type: AuditType.UPDATE_SERVICE,
        objectType: 'Service',
        objectId: serviceId,
        acknowledged: false,
        $or: [{ createdAt: { $lt: event.createdAt } }, { createdAt: event.createdAt, id: { $lte: event.id } }],
      },
      { orderBy: { createdAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const now = ctx.clock.now();
    for (const e of events) {
      e.acknowledged = true;
      e.acknowledgedById = viewer.id;
      e.acknowledgedAt = now;
    }
    recordAudit(em, now, {
      type: AuditType.ACKNOWLEDGE_SERVICE_UPDATES,
      actor: viewer,
      objectType: 'Service',
      objectId: serviceId,
      data: { serviceId, auditEventIds: events.map((e) => e.id) },
    });
    return events;
  });
}
