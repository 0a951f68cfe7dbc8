import { publishEvent } from '../../app/events.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context.js';
import { badInput, conflict, notFound } from '../../app/errors.js';
import { documentAnswerErrors } from '../documents/index.js';
import { findPage, type Connection } from '../../shared/pagination.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { FrameworkLot } from '../frameworks/framework-lot.entity.js';
import { Framework } from '../frameworks/framework.entity.js';
import { acceptsApplications } from '../frameworks/framework.status.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { answerChange, applyAnswerChange } from '../../shared/answers.js';
import { supplierViewer, type SupplierViewer } from './application.service.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { SupplierFramework } from './supplier-framework.entity.js';

/** Drafts change only while the framework is open, for an application whose company details are confirmed. */
export async function assertCanApply(ctx: AppContext, em: EntityManager, viewer: SupplierViewer, framework: Framework): Promise<void> {
  if (!acceptsApplications(framework.status))
    throw conflict(`You can no longer change your application: ${framework.name} is ${framework.status}`, { frameworkStatus: framework.status });
  // Locking the application serialises its draft changes (the one-service-per-lot rule holds under concurrency).
  const application = await em.findOne(SupplierFramework, { supplier: viewer.supplierId, framework: framework.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!application) throw conflict(`Start your application to ${framework.name} before adding services`);
  if (!application.applicationCompanyDetailsConfirmed) throw conflict(`Confirm your company details for ${framework.name} before adding services`);
}

/** The viewer's own draft; anyone else's is "not found". */
export async function ownDraft(ctx: AppContext, em: EntityManager, id: number, viewer: SupplierViewer): Promise<DraftService> {
  const draft = await em.findOne(DraftService, { id, supplier: viewer.supplierId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['framework', 'lot'] });
  if (!draft) throw notFound(`Draft service ${id}`);
  return draft;
}

export async function createDraft(ctx: AppContext, frameworkSlug: string, lotSlug: string): Promise<DraftService> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const framework = await em.findOne(Framework, { slug: frameworkSlug });
    if (!framework) throw notFound(`Framework '${frameworkSlug}'`);
    const lot = await em.findOne(Lot, { slug: lotSlug });
    if (!lot || !(await em.findOne(FrameworkLot, { framework: framework.id, lot: lot.id }))) {
      throw badInput(`${framework.name} has no lot '${lotSlug}'`, { lot: `Choose one of the lots of ${framework.name}` });
    }
    await assertCanApply(ctx, em, viewer, framework);
    if (!ctx.schemas.has('services', framework.slug, lot.slug)) throw conflict(`Services for ${lot.name} on ${framework.name} cannot be added here yet`);
    if (lot.oneServiceLimit && (await em.count(DraftService, { supplier: viewer.supplierId, framework: framework.id, lot: lot.id }))) {
      throw conflict(`You can only add one ${lot.unitSingular} for ${lot.name}`);
    }
    const now = ctx.clock.now();
    const draft = em.create(DraftService, { supplier: em.getReference(Supplier, viewer.supplierId), framework, lot, createdAt: now, updatedAt: now });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.CREATE_DRAFT_SERVICE,
      actor: viewer,
      objectType: 'DraftService',
      objectId: draft.id,
      data: { draftId: draft.id, supplierId: viewer.supplierId, frameworkSlug, lot: lotSlug },
    });
    return draft;
  });
}

/**
 * Saves a page of answers: only those questions are checked; nothing is stored unless all are valid.
 * `null` clears an answer; a complete draft that is no longer valid is not complete any more.
 */
export async function updateDraft(ctx: AppContext, id: number, answers: Record<string, unknown>): Promise<DraftService> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const draft = await ownDraft(ctx, em, id, viewer);
    const framework = draft.framework.getEntity();
    const lot = draft.lot.getEntity();
    await assertCanApply(ctx, em, viewer, framework);
    const change = answerChange(answers);
    if (!change.keys.length) throw badInput('Answer at least one question');
    const next = applyAnswerChange(draft.data, change);
    const owner = { content: ctx.content, supplierId: viewer.supplierId, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'services', lotSlug: lot.slug } as const;
    // Uploads may still be waiting for their scan here; completing the draft needs them clean.
    const errors = {
      ...(await documentAnswerErrors(em, owner, change.given, false)),
      ...ctx.schemas.validate('services', framework.slug, lot.slug, change.given, change.keys, next),
    };
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    const now = ctx.clock.now();
    draft.data = next;
    if (draft.status === DraftStatus.SUBMITTED && Object.keys(ctx.schemas.validate('services', framework.slug, lot.slug, draft.data)).length)
      draft.status = DraftStatus.NOT_SUBMITTED;
    draft.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.UPDATE_DRAFT_SERVICE,
      actor: viewer,
      objectType: 'DraftService',
      objectId: draft.id,
      data: { draftId: draft.id, supplierId: viewer.supplierId, updated: change.keys },
    });
    return draft;
  });
}

/** Marks a draft complete once every question is validly answered; it is then part of the application. */
export async function submitDraft(ctx: AppContext, id: number): Promise<DraftService> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const draft = await ownDraft(ctx, em, id, viewer);
    const framework = draft.framework.getEntity();
    await assertCanApply(ctx, em, viewer, framework);
    if (draft.status === DraftStatus.SUBMITTED) throw conflict('This service is already marked as complete');
    const lotSlug = draft.lot.getEntity().slug;
    const owner = { content: ctx.content, supplierId: viewer.supplierId, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'services', lotSlug } as const;
    const errors = { ...ctx.schemas.validate('services', framework.slug, lotSlug, draft.data), ...(await documentAnswerErrors(em, owner, draft.data, true)) };
    if (Object.keys(errors).length) throw badInput('Answer every question before marking this service as complete', errors);
    const now = ctx.clock.now();
    draft.status = DraftStatus.SUBMITTED;
    draft.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.COMPLETE_DRAFT_SERVICE,
      actor: viewer,
      objectType: 'DraftService',
      objectId: draft.id,
      data: { draftId: draft.id, supplierId: viewer.supplierId },
    });
    return draft;
  });
}

export async function deleteDraft(ctx: AppContext, id: number): Promise<boolean> {
  const viewer = supplierViewer(ctx);
  await ctx.em.transactional(async (em) => {
    const draft = await ownDraft(ctx, em, id, viewer);
    await assertCanApply(ctx, em, viewer, draft.framework.getEntity());
    const now = ctx.clock.now();
    em.remove(draft);
    // The service it was copied from may be copied again (dm-api §5.6): the services module's in-transaction subscriber clears its mark.
    await publishEvent(
      ctx,
      em,
      recordAudit(em, now, {
        type: AuditType.DELETE_DRAFT_SERVICE,
        actor: viewer,
        data: { draftId: id, supplierId: viewer.supplierId, copiedFromServiceId: draft.copiedFromServiceId ?? null },
      }),
    );
  });
  return true;
}

/** Answers that name one document or describe one service: not carried into a copy of a draft. */
const NOT_COPIED_WITH_DRAFT = ['serviceSummary', 'termsAndConditionsDocumentURL', 'pricingDocumentURL', 'serviceDefinitionDocumentURL', 'sfiaRateDocumentURL'];

/** "Add another like this": a new draft on the same lot with the answers that are not specific to the original. */
export async function copyDraft(ctx: AppContext, draftId: number): Promise<DraftService> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const original = await ownDraft(ctx, em, draftId, viewer);
    const framework = original.framework.getEntity();
    const lot = original.lot.getEntity();
    await assertCanApply(ctx, em, viewer, framework);
    if (lot.oneServiceLimit) throw conflict(`You can only add one ${lot.unitSingular} for ${lot.name}, so it cannot be copied`);
    const data = Object.fromEntries(Object.entries(structuredClone(original.data)).filter(([k]) => !NOT_COPIED_WITH_DRAFT.includes(k)));
    if (typeof data.serviceName === 'string' && data.serviceName.length <= 95) data.serviceName = `${data.serviceName} copy`;
    const now = ctx.clock.now();
    const draft = em.create(DraftService, { supplier: original.supplier, framework, lot, data, status: DraftStatus.NOT_SUBMITTED, createdAt: now, updatedAt: now });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.CREATE_DRAFT_SERVICE,
      actor: viewer,
      objectType: 'DraftService',
      objectId: draft.id,
      data: { draftId: draft.id, originalDraftId: original.id, supplierId: viewer.supplierId },
    });
    return draft;
  });
}

export async function listDrafts(ctx: AppContext, frameworkSlug: string): Promise<DraftService[]> {
  const viewer = supplierViewer(ctx);
  return ctx.em.find(DraftService, { supplier: viewer.supplierId, framework: { slug: frameworkSlug } }, { orderBy: { id: 'asc' }, populate: ['lot'] });
}

export async function getDraft(ctx: AppContext, id: number): Promise<DraftService> {
  const viewer = supplierViewer(ctx);
  const draft = await ctx.em.findOne(DraftService, { id, supplier: viewer.supplierId }, { populate: ['lot'] });
  if (!draft) throw notFound(`Draft service ${id}`);
  return draft;
}

export interface DraftFilter {
  frameworkSlug: string;
  supplierId?: number;
  lotSlug?: string;
  status?: DraftStatus[];
}

/** Admins who run applications list drafts across suppliers, newest first. */
export async function listFrameworkDrafts(ctx: AppContext, filter: DraftFilter, first: number, after?: string | null): Promise<Connection<DraftService>> {
  const framework = await ctx.em.findOne(Framework, { slug: filter.frameworkSlug });
  if (!framework) throw notFound(`Framework '${filter.frameworkSlug}'`);
  const where: Record<string, unknown> = { framework: framework.id };
  if (filter.supplierId !== undefined) where.supplier = filter.supplierId;
  if (filter.lotSlug) where.lot = { slug: filter.lotSlug };
  if (filter.status?.length) where.status = { $in: filter.status };
  return findPage(ctx.em, DraftService, where, first, after);
}
