import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../app/context.js';
import type { TransactionHandler } from '../../app/events.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { FrameworkStatus } from '../frameworks/framework.entity.js';
import { ContactInformation } from '../suppliers/contact-information.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { SupplierFramework } from './supplier-framework.entity.js';

/** The company details an application records (the agreement's signature page is made from them; dm-api §5.9). */
export function companyDetailsRecord(supplier: Supplier, primary: ContactInformation | undefined): Record<string, string | null> {
  return {
    supplierTradingName: supplier.name,
    supplierRegisteredName: supplier.registeredName ?? null,
    supplierCompanyRegistrationNumber: supplier.companiesHouseNumber ?? supplier.otherCompanyRegistrationNumber ?? null,
    supplierDunsNumber: supplier.dunsNumber,
    supplierTradingStatus: supplier.tradingStatus ?? null,
    supplierOrganisationSize: supplier.organisationSize ?? null,
    supplierRegisteredCountry: supplier.registrationCountry ?? null,
    supplierRegisteredBuilding: primary?.address1 ?? null,
    supplierRegisteredTown: primary?.city ?? null,
    supplierRegisteredPostcode: primary?.postcode ?? null,
  };
}

/**
 * Copies the supplier's company details into its applications to open frameworks, in the caller's
 * transaction: with `confirm`, every open application (the supplier has just confirmed them);
 * otherwise only those already confirmed (the details changed). Answers that are now empty never
 * erase recorded ones. Returns the applications updated.
 */
async function propagateCompanyDetails(
  em: EntityManager,
  now: Date,
  actor: Pick<Viewer, 'id' | 'email'> | null,
  supplier: Supplier,
  opts: { confirm: boolean; trigger: string },
): Promise<SupplierFramework[]> {
  const applications = await em.find(
    SupplierFramework,
    { supplier: supplier.id, framework: { status: FrameworkStatus.OPEN }, ...(opts.confirm ? {} : { applicationCompanyDetailsConfirmed: true }) },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['framework'] },
  );
  if (!applications.length) return [];
  const primary = (await em.find(ContactInformation, { supplier: supplier.id }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
  const record = companyDetailsRecord(supplier, primary);
  const present = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
  for (const application of applications) {
    application.companyDetails = { ...application.companyDetails, ...present };
    if (opts.confirm) application.applicationCompanyDetailsConfirmed = true;
    application.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.UPDATE_SUPPLIER_FRAMEWORK,
      actor,
      objectType: 'Supplier',
      objectId: supplier.id,
      data: { supplierId: supplier.id, frameworkSlug: application.framework.getEntity().slug, trigger: opts.trigger, update: record },
    });
  }
  return applications;
}

/**
 * A corrected registration number (AD9) is also copied into the supplier's most recent
 * application's recorded company details, whatever its framework's status (unless the open-framework
 * copy above already covered it), so the declaration the agreement is made from shows it.
 */
async function copyRegistrationNumber(em: EntityManager, now: Date, actor: Pick<Viewer, 'id' | 'email'> | null, supplier: Supplier, alreadyUpdated: SupplierFramework[]) {
  const [latest] = await em.find(SupplierFramework, { supplier: supplier.id }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1, populate: ['framework'] });
  if (!latest || alreadyUpdated.includes(latest)) return;
  const number = supplier.companiesHouseNumber ?? supplier.otherCompanyRegistrationNumber ?? null;
  latest.companyDetails = { ...latest.companyDetails, supplierCompanyRegistrationNumber: number };
  latest.updatedAt = now;
  recordAudit(em, now, {
    type: AuditType.UPDATE_SUPPLIER_FRAMEWORK,
    actor,
    objectType: 'Supplier',
    objectId: supplier.id,
    data: { supplierId: supplier.id, frameworkSlug: latest.framework.getEntity().slug, trigger: 'updateSupplier', update: { supplierCompanyRegistrationNumber: number } },
  });
}

/**
 * Applications to open frameworks keep the company details they were confirmed with up to date
 * (dm-api §5.9), and confirming the details confirms them for every such application
 * (dm-journeys S3). In the supplier's transaction, not after it: a supplier who has just confirmed
 * goes straight on to the declaration, which refuses an application whose details are unconfirmed.
 */
export const companyDetailsSubscriber: TransactionHandler = {
  name: 'applications.company-details',
  types: [AuditType.SUPPLIER_UPDATE],
  async apply(em, event) {
    // The writer's supplier: already in this transaction's identity map, with its changes.
    const supplier = await em.findOne(Supplier, { id: Number(event.objectId) });
    if (!supplier) return;
    const actor = event.actorId && event.actorEmail ? { id: event.actorId, email: event.actorEmail } : null;
    const confirm = (event.data.update as Record<string, unknown> | undefined)?.companyDetailsConfirmed === true;
    const updated = await propagateCompanyDetails(em, event.createdAt, actor, supplier, { confirm, trigger: confirm ? 'confirmSupplierCompanyDetails' : 'updateSupplier' });
    const update = (event.data.update as Record<string, unknown> | undefined) ?? {};
    // Once the details are confirmed only a data controller changes the number (the supplier cannot).
    if (supplier.companyDetailsConfirmed && (update.companiesHouseNumber !== undefined || update.otherCompanyRegistrationNumber !== undefined)) {
      await copyRegistrationNumber(em, event.createdAt, actor, supplier, updated);
    }
  },
};
