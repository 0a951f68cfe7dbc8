import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context.js';
import { badInput, conflict, notFound, unauthenticated } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { FrameworkLot } from '../frameworks/framework-lot.entity.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { ApplicationStatus, applicationStatus } from './application.status.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { SupplierFramework } from './supplier-framework.entity.js';

/** The facts the application status is derived from. */
export async function statusOf(em: EntityManager, application: SupplierFramework): Promise<ApplicationStatus> {
  const completedDrafts = await em.count(DraftService, {
    supplier: application.supplier.id,
    framework: application.framework.id,
    status: { $in: [DraftStatus.SUBMITTED, DraftStatus.FAILED] },
  });
  return applicationStatus({ declarationStatus: application.declarationStatus, completedDrafts, companyDetailsConfirmed: application.applicationCompanyDetailsConfirmed });
}

/**
 * The framework manager records the outcome of one supplier's application: on the framework or not,
 * and which lots failed. Completed drafts on failed lots become `failed` (and back, if a result is
 * corrected); a supplier not on the framework has every completed draft failed.
 */
export async function recordResult(
  ctx: AppContext,
  input: { frameworkSlug: string; supplierId: number; onFramework: boolean; failedLotSlugs: string[] },
): Promise<SupplierFramework> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return ctx.em.transactional(async (em) => {
    const framework = await em.findOne(Framework, { slug: input.frameworkSlug });
    if (!framework) throw notFound(`Framework '${input.frameworkSlug}'`);
    if (![FrameworkStatus.PENDING, FrameworkStatus.STANDSTILL].includes(framework.status)) {
      throw conflict(`Results are recorded while ${framework.name} is pending or in standstill, not ${framework.status}`, { frameworkStatus: framework.status });
    }
    const application = await em.findOne(SupplierFramework, { supplier: input.supplierId, framework: framework.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application) throw notFound(`Supplier ${input.supplierId}'s application to ${framework.name}`);
    const lots = await em.find(FrameworkLot, { framework: framework.id }, { populate: ['lot'] });
    const lotIds = new Map(lots.map((fl) => [fl.lot.getEntity().slug, fl.lot.id]));
    const unknown = input.failedLotSlugs.filter((s) => !lotIds.has(s));
    if (unknown.length) throw badInput(`${framework.name} has no lot ${unknown.join(', ')}`, { failedLotSlugs: `Choose lots of ${framework.name}` });
    if (input.onFramework && (await statusOf(em, application)) !== ApplicationStatus.APPLICATION) {
      throw conflict('This supplier did not complete an application, so it cannot be put on the framework');
    }
    const failed = new Set(input.onFramework ? input.failedLotSlugs.map((s) => lotIds.get(s)!) : [...lotIds.values()]);
    const drafts = await em.find(DraftService, { supplier: input.supplierId, framework: framework.id, status: { $in: [DraftStatus.SUBMITTED, DraftStatus.FAILED] } });
    const now = ctx.clock.now();
    for (const d of drafts) {
      d.status = failed.has(d.lot.id) ? DraftStatus.FAILED : DraftStatus.SUBMITTED;
      d.updatedAt = now;
    }
    application.onFramework = input.onFramework;
    application.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.UPDATE_SUPPLIER_FRAMEWORK,
      actor: viewer,
      objectType: 'Supplier',
      objectId: input.supplierId,
      data: { supplierId: input.supplierId, frameworkSlug: framework.slug, update: { onFramework: input.onFramework, failedLots: input.failedLotSlugs } },
    });
    return application;
  });
}
