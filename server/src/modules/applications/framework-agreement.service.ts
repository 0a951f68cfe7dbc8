import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext, Viewer } from '../../app/context.js';
import { badInput, conflict, notFound, unauthenticated, type FieldErrors } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { supplierViewer } from './application.service.js';
import { FrameworkAgreement } from './framework-agreement.entity.js';
import { AgreementStatus, agreementStatus } from './framework-agreement.status.js';
import { SupplierFramework } from './supplier-framework.entity.js';

const SIGNABLE: readonly FrameworkStatus[] = [FrameworkStatus.STANDSTILL, FrameworkStatus.LIVE];

/** The current agreement of an application: the latest one signed. */
export async function currentAgreement(em: EntityManager, application: Pick<SupplierFramework, 'id'>): Promise<FrameworkAgreement | null> {
  return em.findOne(FrameworkAgreement, { application: application.id }, { orderBy: { id: 'desc' } });
}

/** A supplier on the framework signs its agreement online, against the framework's agreement version. */
export async function signAgreement(ctx: AppContext, input: { frameworkSlug: string; signerName: string; signerRole: string; acceptTerms: boolean }): Promise<FrameworkAgreement> {
  const viewer = supplierViewer(ctx);
  const errors: FieldErrors = {};
  const signerName = input.signerName.trim();
  const signerRole = input.signerRole.trim();
  if (!signerName) errors.signerName = 'Enter the full name of the person signing';
  else if (signerName.length > 255) errors.signerName = 'Name must be 255 characters or fewer';
  if (!signerRole) errors.signerRole = 'Enter the role of the person signing';
  else if (signerRole.length > 255) errors.signerRole = 'Role must be 255 characters or fewer';
  if (!input.acceptTerms) errors.acceptTerms = 'Accept the terms of the agreement to sign it';
  if (Object.keys(errors).length) throw badInput('Check the signer details', errors);
  return ctx.em.transactional(async (em) => {
    const framework = await em.findOne(Framework, { slug: input.frameworkSlug });
    if (!framework) throw notFound(`Framework '${input.frameworkSlug}'`);
    const application = await em.findOne(SupplierFramework, { supplier: viewer.supplierId, framework: framework.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application?.onFramework) throw conflict(`Your organisation is not on ${framework.name}`);
    if (!SIGNABLE.includes(framework.status))
      throw conflict(`Agreements for ${framework.name} can be signed in standstill or while live, not ${framework.status}`, { frameworkStatus: framework.status });
    if (!framework.isESignatureSupported) throw conflict(`${framework.name} agreements are signed on paper`);
    const version = framework.agreementDetails?.frameworkAgreementVersion;
    if (typeof version !== 'string' || !version) throw conflict(`${framework.name} has no agreement to sign yet`);
    if (await currentAgreement(em, application)) throw conflict(`Your organisation has already signed the ${framework.name} agreement`);
    const now = ctx.clock.now();
    const agreement = em.create(FrameworkAgreement, { application, agreementVersion: version, signerName, signerRole, signedByUserId: viewer.id, signedAt: now });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.SIGN_AGREEMENT,
      actor: viewer,
      objectType: 'FrameworkAgreement',
      objectId: agreement.id,
      data: { supplierId: viewer.supplierId, frameworkSlug: framework.slug, agreementVersion: version, signerName, signerRole },
    });
    return agreement;
  });
}

type AdminAction = 'hold' | 'approve' | 'unapprove' | 'countersign';

const ALLOWED_FROM: Record<AdminAction, readonly AgreementStatus[]> = {
  hold: [AgreementStatus.SIGNED],
  approve: [AgreementStatus.SIGNED, AgreementStatus.ON_HOLD],
  unapprove: [AgreementStatus.APPROVED],
  countersign: [AgreementStatus.APPROVED],
};

/** CCS sourcing acts on a signed agreement: put on hold, approve (or undo), countersign. */
export async function actOnAgreement(ctx: AppContext, id: number, action: AdminAction): Promise<FrameworkAgreement> {
  const viewer: Viewer | null = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return ctx.em.transactional(async (em) => {
    const agreement = await em.findOne(FrameworkAgreement, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['application'] });
    if (!agreement) throw notFound(`Agreement ${id}`);
    const status = agreementStatus(agreement);
    if (!ALLOWED_FROM[action].includes(status))
      throw conflict(`An agreement that is ${status} cannot be ${{ hold: 'put on hold', approve: 'approved', unapprove: 'unapproved', countersign: 'countersigned' }[action]}`, {
        agreementStatus: status,
      });
    const now = ctx.clock.now();
    const framework = await em.findOneOrFail(Framework, { id: agreement.application.getEntity().framework.id });
    if (action === 'hold') agreement.putOnHoldAt = now;
    if (action === 'approve') {
      const details = framework.agreementDetails ?? {};
      agreement.putOnHoldAt = null;
      agreement.approvedAt = now;
      agreement.approvedByUserId = viewer.id;
      agreement.countersignerName = typeof details.countersignerName === 'string' ? details.countersignerName : null;
      agreement.countersignerRole = typeof details.countersignerRole === 'string' ? details.countersignerRole : null;
    }
    if (action === 'unapprove') Object.assign(agreement, { approvedAt: null, approvedByUserId: null, countersignerName: null, countersignerRole: null });
    if (action === 'countersign') agreement.countersignedAt = now;
    recordAudit(em, now, {
      type: action === 'hold' ? AuditType.UPDATE_AGREEMENT : AuditType.COUNTERSIGN_AGREEMENT,
      actor: viewer,
      objectType: 'FrameworkAgreement',
      objectId: agreement.id,
      data: { supplierId: agreement.application.getEntity().supplier.id, frameworkSlug: framework.slug, status: agreementStatus(agreement), action },
    });
    return agreement;
  });
}

/** Agreements of a framework for the admins who process them, oldest signature first. */
export async function listAgreements(ctx: AppContext, frameworkSlug: string, status?: AgreementStatus): Promise<FrameworkAgreement[]> {
  const rows = await ctx.em.find(
    FrameworkAgreement,
    { application: { framework: { slug: frameworkSlug } } },
    { orderBy: { signedAt: 'asc', id: 'asc' }, populate: ['application'] },
  );
  return status ? rows.filter((a) => agreementStatus(a) === status) : rows;
}

/**
 * Agreements approved and waiting for a countersignature, on every framework (sourcing's home
 * count): one count in the database, of the agreements the lists show as "approved".
 */
export async function agreementsToCountersign(ctx: Pick<AppContext, 'em'>): Promise<number> {
  return ctx.em.count(FrameworkAgreement, { approvedAt: { $ne: null }, countersignedAt: null });
}
