import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { hashPassword } from '../src/modules/users/passwords.js';
import { Role } from '../src/shared/role.js';
import { User } from '../src/modules/users/user.entity.js';
import { ContactInformation } from '../src/modules/suppliers/contact-information.entity.js';
import { Supplier, TradingStatus } from '../src/modules/suppliers/supplier.entity.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { G_CLOUD_LOTS, upsertFramework } from './reference.js';
import { rng, validAnswers, type Rng } from './answers.js';
import { attachDocuments, attachFrameworkUpdates } from './documents.js';
import { seedSupplierDirectory } from './directory.js';
import type { DocumentStorage } from '../src/app/storage-port.js';
import type { ContentCatalogue } from '../src/app/content-port.js';
import { DeclarationStatus, SupplierFramework } from '../src/modules/applications/supplier-framework.entity.js';
import { DraftService, DraftStatus } from '../src/modules/applications/draft-service.entity.js';
import { schemasDir } from '../src/commands/schemas.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { companyDetailsRecord } from '../src/modules/applications/company-details.js';
import { AuditType } from '../src/modules/audit/audit.types.js';
import { recordAudit } from '../src/modules/audit/audit.service.js';
import { FrameworkAgreement } from '../src/modules/applications/framework-agreement.entity.js';
import { storeAgreementDocument } from '../src/modules/applications/agreement-documents.js';
import { DocumentPurpose, generatedId } from '../src/modules/documents/index.js';
import { Service, ServiceStatus } from '../src/modules/services/service.entity.js';
import { archiveChange } from '../src/modules/services/service.history.js';
import { importService } from '../src/modules/services/service.import.js';
import { DEMO_SUPPLIERS } from './catalogue/suppliers.js';
import { demoCatalogue, G_CLOUD_VOCABULARY, PINNED_SERVICES, serviceAnswers } from './catalogue/services.js';
import type { Subject } from './catalogue/lots.js';
import { seedBriefs, seedDirectAward, seedEvaluatorBriefs, seedWithdrawnBrief } from './demo-buyer.js';
import { seedServiceAdminSuppliers } from './services-admin.js';
import { seedSupplierDataJourneys } from './supplier-data.js';

/** Development only: every demo account signs in with this password. */
export const DEMO_PASSWORD = 'marketplace demo password';

/** One account per role, so a person can sign in as each and try what that role may do. */
export const DEMO_USERS: Array<{ email: string; name: string; role: Role }> = [
  { email: 'buyer@example.gov.uk', name: 'Bea Buyer', role: Role.BUYER },
  { email: 'supplier@example.com', name: 'Sam Supplier', role: Role.SUPPLIER },
  { email: 'admin@crowncommercial.gov.uk', name: 'Ada Admin', role: Role.ADMIN },
  { email: 'admin-manager@crowncommercial.gov.uk', name: 'Max Manager', role: Role.ADMIN_MANAGER },
  { email: 'framework-manager@crowncommercial.gov.uk', name: 'Fran Framework', role: Role.ADMIN_FRAMEWORK_MANAGER },
  { email: 'sourcing@crowncommercial.gov.uk', name: 'Sol Sourcing', role: Role.ADMIN_CCS_SOURCING },
  { email: 'data-controller@crowncommercial.gov.uk', name: 'Dee Data', role: Role.ADMIN_CCS_DATA_CONTROLLER },
  { email: 'category@crowncommercial.gov.uk', name: 'Cat Category', role: Role.ADMIN_CCS_CATEGORY },
];

/**
 * Users of other demo suppliers (same password), each for one end-to-end journey that changes its
 * company's state, so that no journey changes what another (or a person trying the demo) relies on.
 */
export const JOURNEY_USERS = {
  /** Bright Research Studio: part-way through G-Cloud 14 like the demo supplier; its declaration gets made. */
  declarant: { email: 'declarant@example.com', name: 'Dana Declarant', supplier: 2 },
  /** Agile Delivery Partners: on G-Cloud 13 without an agreement; it gets signed. */
  signer: { email: 'signer@example.com', name: 'Sid Signer', supplier: 1 },
  /** Northern Hosting Co: on DOS 5 with services on every lot; it responds to an opportunity. */
  responder: { email: 'dos-supplier@example.com', name: 'Nia Northern', supplier: 3 },
  /** 24/7 Support Desk: on G-Cloud only; it is told why it cannot respond to an opportunity, and a service of it is renamed while a buyer searches. */
  ineligible: { email: 'g-cloud-supplier@example.com', name: 'Dai Desk', supplier: 4 },
  /** Thistle Software: on G-Cloud 13 only; it edits a live service that a category admin then reviews and approves. */
  reviewed: { email: 'thistle-supplier@example.com', name: 'Tam Thistle', supplier: 8 },
  /** Kestrel Platforms: its G-Cloud 13 agreement is signed and waiting (seedSignedAgreements); CCS sourcing countersigns it. */
  countersigned: { email: 'kestrel@example.com', name: 'Kit Kestrel', supplier: 21 },
  /** Wessex Cloud Hosting: a support admin deactivates this user and reactivates them (AD3). */
  leaver: { email: 'leaver@example.com', name: 'Lou Leaver', supplier: 13 },
} as const;

/**
 * Buyers (same password) each for one end-to-end buying journey, so that the requirements and
 * projects one journey makes are never another's.
 */
export const JOURNEY_BUYERS = {
  /** Writes and publishes a requirement on each DOS lot. */
  writer: { email: 'writer@example.gov.uk', name: 'Wren Writer' },
  /** Answers supplier questions, reads responses, awards one requirement and cancels another. */
  evaluator: { email: 'evaluator@example.gov.uk', name: 'Eve Evaluator' },
  /** Runs a G-Cloud direct award from a saved search to a contract. */
  directAwarder: { email: 'direct-award@example.gov.uk', name: 'Dara Award' },
  /** Gets locked out by wrong passwords and unlocked by a support admin (AD4); signs in to nothing else. */
  lockedOut: { email: 'locked-buyer@example.gov.uk', name: 'Lee Locked' },
  /** Owns one live requirement (seedWithdrawnBrief) that a support admin withdraws (AD14); signs in to nothing. */
  withdrawn: { email: 'withdrawn-buyer@example.gov.uk', name: 'Wyn Withdrawn' },
} as const;

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;

const DAY = 24 * 3600 * 1000;

/**
 * Demo data on top of the reference data: a G-Cloud iteration open for applications, so that the
 * supplier journey can be tried. Dates are relative to the clock at the first load; re-running
 * changes nothing.
 */
/** Where demo documents go: with it, every upload answer of the demo's services and drafts gets a small generated PDF. */
export interface DemoDocuments {
  storage: DocumentStorage;
  content: ContentCatalogue;
}

export async function seedDemo(em: EntityManager, clock: Clock, documents?: DemoDocuments): Promise<{ created: string[] }> {
  return em.transactional(async (tx) => {
    const created: string[] = [];
    if (!(await tx.findOne(Framework, { slug: 'g-cloud-14' }))) {
      const lots = await tx.find(Lot, { slug: { $in: G_CLOUD_LOTS } });
      const now = clock.now().getTime();
      const framework = await upsertFramework(
        tx,
        {
          slug: 'g-cloud-14',
          name: 'G-Cloud 14',
          family: FrameworkFamily.G_CLOUD,
          status: FrameworkStatus.OPEN,
          lots: G_CLOUD_LOTS,
          allowDeclarationReuse: true,
          clarificationQuestionsOpen: true,
          applicationsCloseAt: new Date(now + 42 * DAY).toISOString(),
        },
        new Map(lots.map((l) => [l.slug, l])),
      );
      framework.status = FrameworkStatus.OPEN;
      framework.clarificationsCloseAt = new Date(now + 21 * DAY);
      framework.clarificationsPublishAt = new Date(now + 28 * DAY);
      framework.intentionToAwardAt = new Date(now + 70 * DAY);
      created.push('framework g-cloud-14 (open)');
    }
    const now = clock.now();
    const suppliers: Supplier[] = [];
    for (const d of DEMO_SUPPLIERS) {
      let supplier = await tx.findOne(Supplier, { dunsNumber: d.duns });
      if (!supplier) {
        supplier = tx.create(Supplier, {
          name: d.name,
          dunsNumber: d.duns,
          registeredName: d.registeredName,
          companiesHouseNumber: d.ch,
          registrationCountry: 'country:GB',
          organisationSize: d.size,
          tradingStatus: d.registeredName.endsWith('LLP')
            ? TradingStatus.LIMITED_LIABILITY_PARTNERSHIP
            : d.registeredName.endsWith('PLC')
              ? TradingStatus.PUBLIC_LIMITED_COMPANY
              : TradingStatus.LIMITED_COMPANY,
          companyDetailsConfirmed: true,
          description: `${d.name} provides digital and cloud services to the public sector from ${d.city}.`,
          createdAt: now,
          updatedAt: now,
        });
        const slug = d.name.toLowerCase().replace(/[^a-z0-9]+/g, '');
        tx.create(ContactInformation, {
          supplier,
          contactName: 'Sales team',
          email: `sales@${slug}.example.com`,
          phoneNumber: '01632 960 000',
          address1: '1 Example Street',
          city: d.city,
          postcode: 'AB1 2CD',
        });
        created.push(`supplier ${d.name}`);
      }
      suppliers.push(supplier);
    }
    await tx.flush();
    // The demo supplier is part-way through applying to the open G-Cloud 14: declaration started,
    // one service complete and one still in progress on each G-Cloud lot.
    const g14 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-14' });
    if (documents) await attachFrameworkUpdates(tx, documents.storage, now, g14);
    // Bright Research Studio is as far on, for the journey that makes a declaration (so the demo supplier's stays started).
    for (const [n, seed] of [
      [0, 2024],
      [JOURNEY_USERS.declarant.supplier, 2025],
    ] as const) {
      if (await seedG14Application(tx, suppliers[n]!, g14, rng(seed), now, documents))
        created.push(`a G-Cloud 14 application for ${suppliers[n]!.name} with a declaration and 6 draft services`);
    }
    await tx.flush();
    const journeyUsers = Object.values(JOURNEY_USERS).map((u) => ({ email: u.email, name: u.name, role: Role.SUPPLIER, supplier: suppliers[u.supplier]! }));
    const journeyBuyers = Object.values(JOURNEY_BUYERS).map((u) => ({ ...u, role: Role.BUYER, supplier: null }));
    const everyUser = [...DEMO_USERS.map((u) => ({ ...u, supplier: u.role === Role.SUPPLIER ? suppliers[0]! : null })), ...journeyUsers, ...journeyBuyers];
    const existingUsers = new Set((await tx.find(User, { email: { $in: everyUser.map((u) => u.email) } })).map((u) => u.email));
    const missing = everyUser.filter((u) => !existingUsers.has(u.email));
    if (missing.length) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      for (const u of missing) tx.create(User, { ...u, passwordHash, passwordChangedAt: now, createdAt: now, updatedAt: now });
      created.push(`${missing.length} demo users`);
    }
    await tx.flush();
    created.push(...(await seedLiveServices(tx, clock, suppliers, documents)));
    await tx.flush();
    created.push(...(await seedSignedAgreements(tx, clock, suppliers, documents)));
    await tx.flush();
    created.push(...(await seedSupplierDirectory(tx, clock, documents)));
    await tx.flush();
    created.push(...(await seedBriefs(tx, clock, suppliers, readSchema)));
    await tx.flush();
    created.push(...(await seedEvaluatorBriefs(tx, clock, suppliers, readSchema)));
    await tx.flush();
    created.push(...(await seedWithdrawnBrief(tx, clock, suppliers, readSchema)));
    await tx.flush();
    created.push(...(await seedDirectAward(tx, clock)));
    await tx.flush();
    created.push(...(await seedServiceAdminSuppliers(tx, clock, documents)));
    // AD3, AD8–AD10: the suppliers, user, declarations and drafts of the supplier-data admin journeys.
    created.push(...(await seedSupplierDataJourneys(tx, clock, DEMO_PASSWORD)));
    await tx.flush();
    return { created };
  });
}

/**
 * The demo suppliers are on the live G-Cloud 13 with the demo catalogue's services (a few removed
 * by their supplier or suspended by an admin), and the demo supplier has an edit waiting for review.
 */
async function seedLiveServices(tx: EntityManager, clock: Clock, suppliers: Supplier[], documents?: DemoDocuments): Promise<string[]> {
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  if (await tx.count(Service, { framework: g13.id, supplier: { $in: suppliers.map((s) => s.id) } })) return [];
  const now = clock.now();
  const r = rng(1313);
  const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
  for (const supplier of suppliers) {
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
  }
  await tx.flush();
  const pinned = new Set(PINNED_SERVICES.map(([, , name]) => name));
  const catalogue = demoCatalogue((lot) => readSchema(`services-g-cloud-13-${lot}`)).map((s, n) => ({ ...s, n }));
  const stored = new Set<string>();
  for (const [i, supplier] of suppliers.entries()) {
    // A fork per supplier, in the same transaction: each flush then looks at a few services, not the whole catalogue.
    const em = tx.fork({ keepTransactionContext: true });
    const [own, framework] = [await em.findOneOrFail(Supplier, supplier.id), await em.findOneOrFail(Framework, g13.id)];
    const lots = new Map((await em.find(Lot, { slug: { $in: G_CLOUD_LOTS } })).map((l) => [l.slug, l]));
    for (const { n, lot, data } of catalogue.filter((s) => s.supplier === i)) {
      // One in 40 taken down by its supplier, one in 40 suspended by an admin (never a service the end-to-end suite opens).
      const slot = pinned.has(String(data.serviceName)) ? -1 : n % 40;
      const status = slot === 7 ? ServiceStatus.ENABLED : slot === 27 ? ServiceStatus.DISABLED : ServiceStatus.PUBLISHED;
      if (documents)
        await attachDocuments(em, documents.storage, documents.content, now, { supplierId: own.id, frameworkId: g13.id, frameworkSlug: g13.slug, lotSlug: lot }, data, stored);
      await importService(em, now, { supplier: own, framework, lot: lots.get(lot)!, data, status });
    }
    await em.flush();
  }
  // A supplier edit waiting for the category admin's review.
  const edited = await tx.findOneOrFail(Service, { supplier: suppliers[0]!.id, framework: g13.id, status: ServiceStatus.PUBLISHED }, { orderBy: { id: 'asc' } });
  const demoSupplierUser = await tx.findOne(User, { email: 'supplier@example.com' });
  edited.data = { ...edited.data, serviceDescription: `${String(edited.data.serviceDescription)} Now with 24/7 UK-based support.` };
  edited.updatedAt = now;
  await archiveChange(tx, now, edited, {
    type: AuditType.UPDATE_SERVICE,
    actor: demoSupplierUser ? { id: demoSupplierUser.id, email: demoSupplierUser.email } : null,
    supplierName: suppliers[0]!.name,
    data: { updated: ['serviceDescription'] },
  });
  return [`${catalogue.length} live G-Cloud 13 services for ${suppliers.length} suppliers on the framework, one supplier edit to review`];
}

/**
 * G-Cloud 13 agreements signed online and waiting for CCS (AD11), signed days apart so that their
 * order is fixed: Kestrel Platforms' (the sourcing journey's, countersigned there) first, then
 * Caledonia Cloud's, which no journey changes. Each records the signing event and has its signature
 * page, as if the supplier had signed. Nothing when an agreement is there.
 */
async function seedSignedAgreements(tx: EntityManager, clock: Clock, suppliers: Supplier[], documents?: DemoDocuments): Promise<string[]> {
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const version = String(g13.agreementDetails?.frameworkAgreementVersion ?? '');
  const created: string[] = [];
  const signers = [
    {
      supplier: suppliers[JOURNEY_USERS.countersigned.supplier]!,
      email: JOURNEY_USERS.countersigned.email,
      signerName: JOURNEY_USERS.countersigned.name,
      signerRole: 'Managing Director',
      daysAgo: 3,
    },
    { supplier: suppliers[7]!, email: 'caledonia@example.com', signerName: 'Morag Caledonia', signerRole: 'Company Secretary', daysAgo: 2 },
  ];
  for (const s of signers) {
    const application = await tx.findOne(SupplierFramework, { supplier: s.supplier.id, framework: g13.id });
    if (!application || !version || (await tx.count(FrameworkAgreement, { application: application.id }))) continue;
    const signedAt = new Date(clock.now().getTime() - s.daysAgo * DAY);
    const now = clock.now();
    const user =
      (await tx.findOne(User, { email: s.email })) ??
      tx.create(User, {
        email: s.email,
        name: s.signerName,
        role: Role.SUPPLIER,
        supplier: s.supplier,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    await tx.flush();
    const agreement = tx.create(FrameworkAgreement, {
      application,
      agreementVersion: version,
      signerName: s.signerName,
      signerRole: s.signerRole,
      signedByUserId: user.id,
      signedAt,
    });
    await tx.flush();
    const signing = recordAudit(tx, signedAt, {
      type: AuditType.SIGN_AGREEMENT,
      actor: { id: user.id, email: user.email },
      objectType: 'FrameworkAgreement',
      objectId: agreement.id,
      data: { supplierId: s.supplier.id, frameworkSlug: g13.slug, agreementVersion: version, signerName: s.signerName, signerRole: s.signerRole },
    });
    await tx.flush();
    // The worker delivers only events recorded after it first started, so the signature page is made here (its id is the one the handler would give it).
    if (documents)
      await storeAgreementDocument(tx, documents.storage, signedAt, agreement, DocumentPurpose.SIGNATURE_PAGE, generatedId(signing.id, DocumentPurpose.SIGNATURE_PAGE));
    created.push(`a signed G-Cloud 13 agreement for ${s.supplier.name}`);
  }
  return created;
}

/**
 * A G-Cloud 14 application part-way through: company details confirmed, the declaration started
 * (its first 20 answers), one service complete and one just started on each G-Cloud lot. Nothing
 * when the supplier already has one; true when made.
 */
async function seedG14Application(tx: EntityManager, supplier: Supplier, g14: Framework, r: Rng, now: Date, documents?: DemoDocuments): Promise<boolean> {
  if (await tx.findOne(SupplierFramework, { supplier: supplier.id, framework: g14.id })) return false;
  const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
  for (const key of Object.keys(declaration).slice(20)) delete declaration[key];
  const primary = (await tx.find(ContactInformation, { supplier: supplier.id }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
  tx.create(SupplierFramework, {
    supplier,
    framework: g14,
    declaration,
    declarationStatus: DeclarationStatus.STARTED,
    applicationCompanyDetailsConfirmed: true,
    companyDetails: companyDetailsRecord(supplier, primary),
    createdAt: now,
    updatedAt: now,
  });
  const own = DEMO_SUPPLIERS.find((d) => d.duns === supplier.dunsNumber)!;
  for (const lot of await tx.find(Lot, { slug: { $in: G_CLOUD_LOTS } }, { orderBy: { id: 'asc' } })) {
    // New services for G-Cloud 14: subjects from the end of the lot's vocabulary, one complete and one just started.
    const [done, started] = G_CLOUD_VOCABULARY[lot.slug]!.subjects.slice(-2) as [Subject, Subject];
    const complete = serviceAnswers(readSchema(`services-g-cloud-13-${lot.slug}`), lot.slug, done, done.name, own, r);
    if (documents)
      await attachDocuments(tx, documents.storage, documents.content, now, { supplierId: supplier.id, frameworkId: g14.id, frameworkSlug: g14.slug, lotSlug: lot.slug }, complete);
    tx.create(DraftService, { supplier, framework: g14, lot, data: complete, status: DraftStatus.SUBMITTED, createdAt: now, updatedAt: now });
    tx.create(DraftService, { supplier, framework: g14, lot, data: { serviceName: started.name }, createdAt: now, updatedAt: now });
  }
  return true;
}
