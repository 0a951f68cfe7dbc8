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
 * More G-Cloud suppliers, so that the supplier A to Z has a letter with more than one page (the
 * A to Z shows 30 a page): small companies, all starting with S, each with one live G-Cloud 13
 * service. Names, numbers and towns are made up.
 */
const DIRECTORY: Array<[name: string, town: string]> = [
  ['Saffron Digital', 'Saffron Walden'],
  ['Salisbury Data', 'Salisbury'],
  ['Saltire Cloud', 'Stirling'],
  ['Sandstone Hosting', 'Carlisle'],
  ['Sapphire Systems', 'Coventry'],
  ['Saxon Software', 'Winchester'],
  ['Scafell Consulting', 'Kendal'],
  ['Seacliff Technology', 'Scarborough'],
  ['Sedgemoor Data', 'Bridgwater'],
  ['Selkirk Analytics', 'Galashiels'],
  ['Sentinel Cyber', 'Cheltenham'],
  ['Shannon Support Services', 'Derry'],
  ['Sherwood Software', 'Nottingham'],
  ['Shoreline Digital', 'Brighton'],
  ['Silverbirch Consulting', 'Inverness'],
  ['Skylark Research', 'York'],
  ['Solent Cloud', 'Portsmouth'],
  ['Solway Systems', 'Dumfries'],
  ['Southdown Hosting', 'Lewes'],
  ['Sparrowhawk Digital', 'Shrewsbury'],
  ['Speyside Data', 'Elgin'],
  ['Spindle Software', 'Bolton'],
  ['Spire Platforms', 'Salisbury'],
  ['Stannary Technology', 'Truro'],
  ['Steadfast Support', 'Wolverhampton'],
  ['Stirling Cloud Services', 'Stirling'],
  ['Stonebridge Consulting', 'Peterborough'],
  ['Stourvale IT', 'Kidderminster'],
  ['Strand Data Services', 'London'],
  ['Sudbury Software', 'Sudbury'],
  ['Summit Managed Services', 'Preston'],
  ['Swale Digital', 'Sittingbourne'],
  ['Sycamore Systems', 'Lincoln'],
];

const LOTS = ['cloud-hosting', 'cloud-software', 'cloud-support'] as const;
const ABOUT: Record<(typeof LOTS)[number], (name: string, town: string) => string> = {
  'cloud-hosting': (name, town) => `${name} runs secure UK hosting for public sector organisations from ${town}.`,
  'cloud-software': (name, town) => `${name} builds and supports software used by councils, schools and health bodies. Based in ${town}.`,
  'cloud-support': (name, town) => `${name} helps public sector teams plan, move to and run cloud services. Based in ${town}.`,
};
const SIZES = [OrganisationSize.MICRO, OrganisationSize.SMALL, OrganisationSize.MEDIUM];

const DOCUMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Gives the upload answers document ids of their own: the generator's can repeat another demo service's. */
function ownDocumentIds(data: Record<string, unknown>, supplierIndex: number): void {
  let n = 0;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && DOCUMENT_ID.test(value)) {
      data[key] = `d1ec7000-${supplierIndex.toString(16).padStart(4, '0')}-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
    }
  }
}

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;

export async function seedSupplierDirectory(tx: EntityManager, clock: Clock, documents?: DemoDocuments): Promise<string[]> {
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const lots = new Map((await tx.find(Lot, { slug: { $in: [...LOTS] } })).map((l) => [l.slug, l]));
  const now = clock.now();
  const r = rng(2024);
  const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
  let added = 0;
  for (const [i, [name, town]] of DIRECTORY.entries()) {
    const duns = String(200_000_001 + i);
    if (await tx.findOne(Supplier, { dunsNumber: duns })) continue;
    const supplier = tx.create(Supplier, {
      name,
      dunsNumber: duns,
      registeredName: `${name} Ltd`,
      companiesHouseNumber: String(11_200_001 + i).padStart(8, '0'),
      registrationCountry: 'country:GB',
      organisationSize: SIZES[i % SIZES.length]!,
      tradingStatus: TradingStatus.LIMITED_COMPANY,
      companyDetailsConfirmed: true,
      description: ABOUT[LOTS[i % LOTS.length]!](name, town),
      createdAt: now,
      updatedAt: now,
    });
    tx.create(ContactInformation, {
      supplier,
      contactName: 'Sales team',
      email: `hello@${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`,
      phoneNumber: `01632 960 ${String(100 + i)}`,
      address1: `${10 + i} High Street`,
      city: town,
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
    const lotSlug = LOTS[i % LOTS.length]!;
    const lot = lots.get(lotSlug)!;
    // The same catalogue vocabulary as the other demo services, so these read as real ones too.
    const { subjects } = G_CLOUD_VOCABULARY[lotSlug]!;
    const subject = subjects[i % subjects.length]!;
    const like: DemoSupplier = { name, duns, registeredName: `${name} Ltd`, ch: '', city: town, size: SIZES[i % SIZES.length]!, brand: name.split(' ')[0]!, lots: [lotSlug] };
    const data = serviceAnswers(readSchema(`services-g-cloud-13-${lotSlug}`), lotSlug, subject, subject.name, like, r);
    ownDocumentIds(data, i);
    if (documents) await attachDocuments(tx, documents.storage, documents.content, now, { supplierId: supplier.id, frameworkId: g13.id, frameworkSlug: g13.slug, lotSlug }, data);
    await importService(tx, now, { supplier, framework: g13, lot, data });
    added += 1;
  }
  return added ? [`${added} more G-Cloud 13 suppliers for the supplier A to Z, one live service each`] : [];
}
