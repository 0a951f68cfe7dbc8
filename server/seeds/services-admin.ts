import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { schemasDir } from '../src/commands/schemas.js';
import { DeclarationStatus, SupplierFramework } from '../src/modules/applications/supplier-framework.entity.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { Framework } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { importService } from '../src/modules/services/service.import.js';
import { ContactInformation } from '../src/modules/suppliers/contact-information.entity.js';
import { OrganisationSize, Supplier, TradingStatus } from '../src/modules/suppliers/supplier.entity.js';
import { rng, validAnswers } from './answers.js';
import { attachDocuments } from './documents.js';
import { G_CLOUD_VOCABULARY, serviceAnswers } from './catalogue/services.js';
import type { DemoSupplier } from './catalogue/suppliers.js';
import type { DemoDocuments } from './demo.js';

/**
 * Suppliers whose G-Cloud 13 services only the category admin's service journeys (AD5, AD6) change:
 * Wrenfield Cloud's first service is edited, removed and published again; its second is transferred
 * to Ashgrove Digital (novation). Service ids are fixed (7000000000000xx) so that journeys find them
 * by id; no other journey or demo page relies on these suppliers. Their subjects are ones no buyer
 * journey searches for (kubernetes, storage, planning). Names and numbers are made up.
 */
export const SERVICE_ADMIN_SUPPLIERS = [
  {
    name: 'Wrenfield Cloud',
    town: 'Harrogate',
    duns: '300000001',
    services: [
      { id: '700000000000001', lot: 'cloud-hosting', subject: 13 },
      { id: '700000000000002', lot: 'cloud-software', subject: 27 },
    ],
  },
  { name: 'Ashgrove Digital', town: 'Lichfield', duns: '300000002', services: [{ id: '700000000000003', lot: 'cloud-support', subject: 22 }] },
] as const;

/** The services the journeys use, by role in the journey. */
export const SERVICE_ADMIN_JOURNEY = {
  edited: '700000000000001',
  transferred: '700000000000002',
  from: 'Wrenfield Cloud',
  to: 'Ashgrove Digital',
} as const;

const DOCUMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Upload answers get document ids of their own (the generator's can repeat another demo service's). */
function ownDocumentIds(data: Record<string, unknown>, serviceId: string): void {
  let n = 0;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && DOCUMENT_ID.test(value)) data[key] = `ad6e7000-${serviceId.slice(-4)}-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
  }
}

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;

export async function seedServiceAdminSuppliers(tx: EntityManager, clock: Clock, documents?: DemoDocuments): Promise<string[]> {
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const lots = new Map((await tx.find(Lot, { slug: { $in: ['cloud-hosting', 'cloud-software', 'cloud-support'] } })).map((l) => [l.slug, l]));
  const now = clock.now();
  const r = rng(1616);
  const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
  const created: string[] = [];
  for (const [i, s] of SERVICE_ADMIN_SUPPLIERS.entries()) {
    if (await tx.findOne(Supplier, { dunsNumber: s.duns })) continue;
    const supplier = tx.create(Supplier, {
      name: s.name,
      dunsNumber: s.duns,
      registeredName: `${s.name} Ltd`,
      companiesHouseNumber: String(11_600_001 + i).padStart(8, '0'),
      registrationCountry: 'country:GB',
      organisationSize: OrganisationSize.SMALL,
      tradingStatus: TradingStatus.LIMITED_COMPANY,
      companyDetailsConfirmed: true,
      description: `${s.name} runs and supports cloud services for the public sector from ${s.town}.`,
      createdAt: now,
      updatedAt: now,
    });
    tx.create(ContactInformation, {
      supplier,
      contactName: 'Sales team',
      email: `hello@${s.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`,
      phoneNumber: `01632 960 ${String(900 + i)}`,
      address1: `${20 + i} Market Place`,
      city: s.town,
      postcode: 'AB1 2CD',
    });
    tx.create(SupplierFramework, {
      supplier,
      framework: g13,
      declaration,
      declarationStatus: DeclarationStatus.COMPLETE,
      onFramework: true,
      applicationCompanyDetailsConfirmed: true,
      createdAt: now,
      updatedAt: now,
    });
    await tx.flush();
    const like: DemoSupplier = {
      name: s.name,
      duns: s.duns,
      registeredName: `${s.name} Ltd`,
      ch: '',
      city: s.town,
      size: OrganisationSize.SMALL,
      brand: s.name.split(' ')[0]!,
      lots: [],
    };
    for (const service of s.services) {
      const subject = G_CLOUD_VOCABULARY[service.lot]!.subjects[service.subject]!;
      const name = `${s.name.split(' ')[0]} ${subject.name.charAt(0).toLowerCase()}${subject.name.slice(1)}`;
      const data = serviceAnswers(readSchema(`services-g-cloud-13-${service.lot}`), service.lot, subject, name, like, r);
      ownDocumentIds(data, service.id);
      if (documents)
        await attachDocuments(tx, documents.storage, documents.content, now, { supplierId: supplier.id, frameworkId: g13.id, frameworkSlug: g13.slug, lotSlug: service.lot }, data);
      await importService(tx, now, { supplier, framework: g13, lot: lots.get(service.lot)!, data, serviceId: service.id });
    }
    created.push(`supplier ${s.name} with ${s.services.length} live G-Cloud 13 service(s) for the category admin's service journeys`);
  }
  return created;
}
