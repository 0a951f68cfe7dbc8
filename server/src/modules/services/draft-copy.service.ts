import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { AppContext } from '../../app/context.js';
import { badInput, conflict, notFound } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { copyServicesRule } from '../frameworks/content/framework-content.js';
import { FrameworkLot } from '../frameworks/framework-lot.entity.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { supplierViewer, type SupplierViewer } from '../applications/application.service.js';
import { DraftService } from '../applications/draft-service.entity.js';
import { assertCanApply } from '../applications/draft-service.service.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { keysOfQuestions } from './service.content.js';
import { Service, ServiceStatus } from './service.entity.js';

/*
 * Copying an applicant's live services of the previous iteration into drafts reads and marks
 * services, so it lives here, above the applications module whose drafts it creates.
 */

interface CopyTarget {
  framework: Framework;
  source: Framework;
  excluded: Set<string>;
}

/** The framework being applied to and the previous iteration its applicants copy services from. */
async function copyTarget(em: EntityManager, content: ContentCatalogue, frameworkSlug: string): Promise<CopyTarget> {
  const framework = await em.findOne(Framework, { slug: frameworkSlug });
  if (!framework) throw notFound(`Framework '${frameworkSlug}'`);
  const rule = copyServicesRule(content, framework.slug);
  const source = rule ? await em.findOne(Framework, { slug: rule.sourceFramework }) : null;
  if (!rule || !source) throw conflict(`Services cannot be copied into ${framework.name}`);
  return { framework, source, excluded: new Set(rule.questionsToExclude) };
}

async function lotOn(em: EntityManager, framework: Framework, lotSlug: string): Promise<Lot> {
  const lot = await em.findOne(Lot, { slug: lotSlug });
  if (!lot || !(await em.findOne(FrameworkLot, { framework: framework.id, lot: lot.id }))) {
    throw badInput(`${framework.name} has no lot '${lotSlug}'`, { lotSlug: `Choose one of the lots of ${framework.name}` });
  }
  return lot;
}

function copiedAnswers(content: ContentCatalogue, service: Service, target: CopyTarget, lot: Lot): Record<string, unknown> {
  const excluded = keysOfQuestions(content, target.framework.slug, lot.slug, [...target.excluded]);
  return Object.fromEntries(Object.entries(structuredClone(service.data)).filter(([k]) => !excluded.has(k)));
}

async function assertRoomOnLot(em: EntityManager, viewer: SupplierViewer, framework: Framework, lot: Lot, adding: number): Promise<void> {
  if (lot.oneServiceLimit && adding + (await em.count(DraftService, { supplier: viewer.supplierId, framework: framework.id, lot: lot.id })) > 1) {
    throw conflict(`You can only add one ${lot.unitSingular} for ${lot.name}`);
  }
}

function copyDraftFrom(em: EntityManager, ctx: AppContext, viewer: SupplierViewer, target: CopyTarget, lot: Lot, service: Service): DraftService {
  const now = ctx.clock.now();
  const draft = em.create(DraftService, {
    supplier: em.getReference(Supplier, viewer.supplierId),
    framework: target.framework,
    lot,
    data: copiedAnswers(ctx.content, service, target, lot),
    copiedFromServiceId: service.serviceId,
    createdAt: now,
    updatedAt: now,
  });
  service.copiedToFollowingFramework = true;
  return draft;
}

/** The viewer's live services on the previous iteration that could be copied into this application: not those already copied. */
export async function servicesToCopy(ctx: AppContext, frameworkSlug: string, lotSlug?: string): Promise<Service[]> {
  const viewer = supplierViewer(ctx);
  const target = await copyTarget(ctx.em, ctx.content, frameworkSlug);
  const lots = (await ctx.em.find(FrameworkLot, { framework: target.framework.id }, { populate: ['lot'] })).map((fl) => fl.lot.getEntity());
  const lotIds = lots.filter((l) => !lotSlug || l.slug === lotSlug).map((l) => l.id);
  const rows = await ctx.em.find(Service, {
    supplier: viewer.supplierId,
    framework: target.source.id,
    lot: { $in: lotIds },
    status: ServiceStatus.PUBLISHED,
    copiedToFollowingFramework: false,
  });
  return rows.sort((a, b) => a.lot.id - b.lot.id || String(a.data.serviceName ?? '').localeCompare(String(b.data.serviceName ?? '')));
}

/**
 * Starts a draft from one of the viewer's services on the previous iteration: every answer except
 * those the framework's content leaves behind (G-Cloud: the price). The service is marked copied
 * until the draft is deleted.
 */
export async function copyServiceToDraft(ctx: AppContext, frameworkSlug: string, serviceId: string): Promise<DraftService> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await copyTarget(em, ctx.content, frameworkSlug);
    await assertCanApply(ctx, em, viewer, target.framework);
    const service = await em.findOne(Service, { serviceId, supplier: viewer.supplierId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!service || service.status === ServiceStatus.DELETED) throw notFound(`Service ${serviceId}`);
    if (service.framework.id !== target.source.id) throw conflict(`Only ${target.source.name} services can be copied into ${target.framework.name}`);
    if (service.status !== ServiceStatus.PUBLISHED) throw conflict('Only a live service can be copied', { serviceStatus: service.status });
    if (service.copiedToFollowingFramework) throw conflict(`This service was already copied into ${target.framework.name}`);
    const lot = await em.findOneOrFail(Lot, { id: service.lot.id });
    if (!(await em.findOne(FrameworkLot, { framework: target.framework.id, lot: lot.id }))) throw conflict(`${target.framework.name} has no ${lot.name} lot`);
    await assertRoomOnLot(em, viewer, target.framework, lot, 1);
    const draft = copyDraftFrom(em, ctx, viewer, target, lot, service);
    await em.flush();
    recordAudit(em, ctx.clock.now(), {
      type: AuditType.CREATE_DRAFT_SERVICE,
      actor: viewer,
      objectType: 'DraftService',
      objectId: draft.id,
      data: { draftId: draft.id, supplierId: viewer.supplierId, copiedFromServiceId: serviceId },
    });
    return draft;
  });
}

/**
 * Copies every live, not yet copied service of the viewer on one lot of the previous iteration.
 * Drafts are created in reverse name order, so the newest-first list reads A to Z.
 */
export async function copyAllServicesToDrafts(ctx: AppContext, frameworkSlug: string, lotSlug: string): Promise<DraftService[]> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await copyTarget(em, ctx.content, frameworkSlug);
    await assertCanApply(ctx, em, viewer, target.framework);
    const lot = await lotOn(em, target.framework, lotSlug);
    const services = await em.find(
      Service,
      { supplier: viewer.supplierId, framework: target.source.id, lot: lot.id, status: ServiceStatus.PUBLISHED, copiedToFollowingFramework: false },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!services.length) throw conflict(`You have no ${target.source.name} ${lot.name} services left to copy`);
    await assertRoomOnLot(em, viewer, target.framework, lot, services.length);
    services.sort((a, b) => String(b.data.serviceName ?? '').localeCompare(String(a.data.serviceName ?? '')));
    const drafts = services.map((s) => copyDraftFrom(em, ctx, viewer, target, lot, s));
    await em.flush();
    const now = ctx.clock.now();
    drafts.forEach((draft, i) =>
      recordAudit(em, now, {
        type: AuditType.CREATE_DRAFT_SERVICE,
        actor: viewer,
        objectType: 'DraftService',
        objectId: draft.id,
        data: { draftId: draft.id, supplierId: viewer.supplierId, copiedFromServiceId: services[i]!.serviceId, bulk: true },
      }),
    );
    return drafts;
  });
}
