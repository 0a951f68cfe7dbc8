import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { schemasDir } from '../src/commands/schemas.js';
import { companyDetailsRecord } from '../src/modules/applications/company-details.js';
import { DraftService, DraftStatus } from '../src/modules/applications/draft-service.entity.js';
import { DeclarationStatus, SupplierFramework } from '../src/modules/applications/supplier-framework.entity.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { Framework } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { ContactInformation } from '../src/modules/suppliers/contact-information.entity.js';
import { OrganisationSize, Supplier, TradingStatus } from '../src/modules/suppliers/supplier.entity.js';
import { hashPassword } from '../src/modules/users/passwords.js';
import { User } from '../src/modules/users/user.entity.js';
import { Role } from '../src/shared/role.js';
import { rng, validAnswers } from './answers.js';
import { G_CLOUD_VOCABULARY, serviceAnswers } from './catalogue/services.js';

/**
 * The suppliers of the admin journeys that change supplier data (AD3, AD8–AD10), each its own so
 * no other journey reads what they change. All on the live G-Cloud 13 with a complete declaration.
 */
export const SUPPLIER_DATA_SUPPLIERS = {
  /** A data controller corrects its registered name, number and address (AD9). */
  corrected: { name: 'Harbour Data Services', duns: '300000101', registeredName: 'Harbour Data Services Ltd', ch: '09876501', city: 'Plymouth' },
  /** CCS sourcing corrects its G-Cloud 13 declaration (AD10); a framework manager reads its leftover G-Cloud 13 drafts (AD8). */
  declared: { name: 'Lantern Analytics', duns: '300000102', registeredName: 'Lantern Analytics Ltd', ch: '09876502', city: 'Norwich' },
  /** A support admin moves a user to it (AD3). */
  joined: { name: 'Orchard Digital', duns: '300000103', registeredName: 'Orchard Digital Ltd', ch: '09876503', city: 'Hereford' },
  /** The moved user's company before the move. */
  left: { name: 'Willow Consulting', duns: '300000104', registeredName: 'Willow Consulting Ltd', ch: '09876504', city: 'Chester' },
} as const;

/** The supplier user a support admin moves from Willow Consulting to Orchard Digital (AD3). */
export const MOVED_USER = { email: 'mover@example.com', name: 'Morgan Mover' } as const;

/** The G-Cloud 13 drafts Lantern Analytics left behind: one complete, one just started. */
export const LANTERN_DRAFTS = { complete: 'Lantern data warehouse', started: 'Lantern dashboards' } as const;

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;

/** Inserts what is missing (by DUNS number and email); re-running changes nothing. */
export async function seedSupplierDataJourneys(tx: EntityManager, clock: Clock, password: string): Promise<string[]> {
  const created: string[] = [];
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const now = clock.now();
  const r = rng(3001);
  const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
  const suppliers: Record<string, Supplier> = {};
  for (const [key, d] of Object.entries(SUPPLIER_DATA_SUPPLIERS)) {
    let supplier = await tx.findOne(Supplier, { dunsNumber: d.duns });
    if (!supplier) {
      supplier = tx.create(Supplier, {
        name: d.name,
        dunsNumber: d.duns,
        registeredName: d.registeredName,
        companiesHouseNumber: d.ch,
        registrationCountry: 'country:GB',
        organisationSize: OrganisationSize.SMALL,
        tradingStatus: TradingStatus.LIMITED_COMPANY,
        companyDetailsConfirmed: true,
        description: `${d.name} provides digital services to the public sector from ${d.city}.`,
        createdAt: now,
        updatedAt: now,
      });
      const primary = tx.create(ContactInformation, {
        supplier,
        contactName: 'Office manager',
        email: `office@${d.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`,
        phoneNumber: '01632 960 300',
        address1: '3 Quay Street',
        city: d.city,
        postcode: 'AB1 3CD',
      });
      tx.create(SupplierFramework, {
        supplier,
        framework: g13,
        declaration,
        declarationStatus: DeclarationStatus.COMPLETE,
        onFramework: true,
        applicationCompanyDetailsConfirmed: true,
        companyDetails: companyDetailsRecord(supplier, primary),
        createdAt: now,
        updatedAt: now,
      });
      created.push(`supplier ${d.name}`);
    }
    suppliers[key] = supplier;
  }
  await tx.flush();

  const lantern = suppliers.declared!;
  if (!(await tx.count(DraftService, { supplier: lantern.id }))) {
    const lot = await tx.findOneOrFail(Lot, { slug: 'cloud-software' });
    const subject = G_CLOUD_VOCABULARY['cloud-software']!.subjects[0]!;
    const d = SUPPLIER_DATA_SUPPLIERS.declared;
    const like = { name: d.name, duns: d.duns, registeredName: d.registeredName, ch: d.ch, city: d.city, size: OrganisationSize.SMALL, brand: 'Lantern', lots: ['cloud-software'] };
    const complete = {
      ...serviceAnswers(readSchema('services-g-cloud-13-cloud-software'), 'cloud-software', subject, LANTERN_DRAFTS.complete, like, r),
      serviceName: LANTERN_DRAFTS.complete,
    };
    const earlier = new Date(now.getTime() - 2 * 24 * 3600 * 1000);
    tx.create(DraftService, { supplier: lantern, framework: g13, lot, data: complete, status: DraftStatus.SUBMITTED, createdAt: earlier, updatedAt: earlier });
    tx.create(DraftService, { supplier: lantern, framework: g13, lot, data: { serviceName: LANTERN_DRAFTS.started }, createdAt: now, updatedAt: now });
    created.push(`2 G-Cloud 13 draft services for ${d.name}`);
  }

  if (!(await tx.findOne(User, { email: MOVED_USER.email }))) {
    tx.create(User, {
      ...MOVED_USER,
      role: Role.SUPPLIER,
      supplier: suppliers.left!,
      passwordHash: await hashPassword(password),
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    created.push(`supplier user ${MOVED_USER.email}`);
  }
  await tx.flush();
  return created;
}
