import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { hashPassword } from '../src/modules/users/passwords.js';
import { Role } from '../src/shared/role.js';
import { User } from '../src/modules/users/user.entity.js';
import { ContactInformation } from '../src/modules/suppliers/contact-information.entity.js';
import { OrganisationSize, Supplier, TradingStatus } from '../src/modules/suppliers/supplier.entity.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { G_CLOUD_LOTS, upsertFramework } from './reference.js';
import { rng, validAnswers } from './answers.js';
import { attachDocuments } from './documents.js';
import type { DocumentStorage } from '../src/app/storage-port.js';
import type { ContentCatalogue } from '../src/app/content-port.js';
import { DeclarationStatus, SupplierFramework } from '../src/modules/applications/supplier-framework.entity.js';
import { DraftService, DraftStatus } from '../src/modules/applications/draft-service.entity.js';
import { schemasDir } from '../src/commands/schemas.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { companyDetailsRecord } from '../src/modules/applications/company-details.js';
import { BriefResponse } from '../src/modules/briefs/brief-response.entity.js';
import { BriefUser } from '../src/modules/briefs/brief-user.entity.js';
import { Outcome, OutcomeResult } from '../src/modules/outcomes/outcome.entity.js';
import { newServiceId } from '../src/modules/services/service-id.js';
import { ArchivedService } from '../src/modules/services/archived-service.entity.js';
import { DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry } from '../src/modules/directaward/project.entity.js';
import { briefDates, requirementsLength } from '../src/modules/briefs/brief.dates.js';
import { Brief } from '../src/modules/briefs/brief.entity.js';
import { BriefClarificationQuestion } from '../src/modules/briefs/clarification-question.entity.js';
import { AuditType } from '../src/modules/audit/audit.types.js';
import { Service, ServiceStatus } from '../src/modules/services/service.entity.js';
import { archiveChange } from '../src/modules/services/service.history.js';
import { importService } from '../src/modules/services/service.import.js';

/** Demo suppliers: the first is the one the demo supplier user works for. */
const DEMO_SUPPLIERS = [
  { name: 'Demo Cloud Services', duns: '100000001', registeredName: 'Demo Cloud Services Ltd', ch: '09876543', city: 'Manchester', size: OrganisationSize.SMALL },
  { name: 'Agile Delivery Partners', duns: '100000002', registeredName: 'Agile Delivery Partners LLP', ch: 'OC123456', city: 'Bristol', size: OrganisationSize.MEDIUM },
  { name: 'Bright Research Studio', duns: '100000003', registeredName: 'Bright Research Studio Ltd', ch: 'SC654321', city: 'Glasgow', size: OrganisationSize.MICRO },
  { name: 'Northern Hosting Co', duns: '100000004', registeredName: 'Northern Hosting Company PLC', ch: '01234567', city: 'Leeds', size: OrganisationSize.LARGE },
  { name: '24/7 Support Desk', duns: '100000005', registeredName: 'Twenty Four Seven Support Ltd', ch: '07654321', city: 'Cardiff', size: OrganisationSize.SMALL },
];

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
    if (!(await tx.findOne(SupplierFramework, { supplier: suppliers[0]!.id, framework: g14.id }))) {
      const r = rng(2024);
      const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
      for (const key of Object.keys(declaration).slice(20)) delete declaration[key];
      const primary = (await tx.find(ContactInformation, { supplier: suppliers[0]!.id }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
      tx.create(SupplierFramework, {
        supplier: suppliers[0]!,
        framework: g14,
        declaration,
        declarationStatus: DeclarationStatus.STARTED,
        applicationCompanyDetailsConfirmed: true,
        companyDetails: companyDetailsRecord(suppliers[0]!, primary),
        createdAt: now,
        updatedAt: now,
      });
      for (const lot of await tx.find(Lot, { slug: { $in: G_CLOUD_LOTS } }, { orderBy: { id: 'asc' } })) {
        const complete = validAnswers(readSchema(`services-g-cloud-13-${lot.slug}`), r);
        complete.serviceName = `Demo ${lot.name.toLowerCase()} service`;
        if (documents)
          await attachDocuments(
            tx,
            documents.storage,
            documents.content,
            now,
            { supplierId: suppliers[0]!.id, frameworkId: g14.id, frameworkSlug: g14.slug, lotSlug: lot.slug },
            complete,
          );
        tx.create(DraftService, { supplier: suppliers[0]!, framework: g14, lot, data: complete, status: DraftStatus.SUBMITTED, createdAt: now, updatedAt: now });
        tx.create(DraftService, { supplier: suppliers[0]!, framework: g14, lot, data: { serviceName: `Draft ${lot.name.toLowerCase()} service` }, createdAt: now, updatedAt: now });
      }
      created.push('a G-Cloud 14 application with a declaration and 6 draft services');
    }
    await tx.flush();
    const existingUsers = new Set((await tx.find(User, { email: { $in: DEMO_USERS.map((u) => u.email) } })).map((u) => u.email));
    const missing = DEMO_USERS.filter((u) => !existingUsers.has(u.email));
    if (missing.length) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      for (const u of missing) {
        tx.create(User, { ...u, supplier: u.role === Role.SUPPLIER ? suppliers[0] : null, passwordHash, passwordChangedAt: now, createdAt: now, updatedAt: now });
      }
      created.push(`${missing.length} demo users`);
    }
    await tx.flush();
    created.push(...(await seedLiveServices(tx, clock, suppliers, documents)));
    await tx.flush();
    created.push(...(await seedBriefs(tx, clock, suppliers)));
    await tx.flush();
    created.push(...(await seedDirectAward(tx, clock)));
    await tx.flush();
    return { created };
  });
}

/** Realistic service names per G-Cloud lot for the demo catalogue. */
const SERVICE_NAMES: Record<string, string[]> = {
  'cloud-hosting': [
    'Managed Kubernetes platform',
    'Sovereign UK object storage',
    'Virtual private cloud hosting',
    'Disaster recovery as a service',
    'Managed PostgreSQL databases',
  ],
  'cloud-software': ['Case management for local councils', 'Citizen appointment booking', 'Secure document sharing', 'Grants management system', 'Accessible online forms builder'],
  'cloud-support': [
    'Cloud migration planning',
    'Agile delivery coaching',
    'Accessibility audit and remediation',
    'Security architecture review',
    'User research for digital services',
  ],
};

/**
 * The demo suppliers are on the live G-Cloud 13 with services on every lot (a few removed by the
 * supplier or suspended by an admin), and the demo supplier has an edit waiting for review.
 */
async function seedLiveServices(tx: EntityManager, clock: Clock, suppliers: Supplier[], documents?: DemoDocuments): Promise<string[]> {
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  if (await tx.count(Service, { framework: g13.id, supplier: { $in: suppliers.map((s) => s.id) } })) return [];
  const now = clock.now();
  const r = rng(1313);
  const lots = await tx.find(Lot, { slug: { $in: G_CLOUD_LOTS } }, { orderBy: { id: 'asc' } });
  const declaration = validAnswers(readSchema('declaration-g-cloud-13'), r);
  let count = 0;
  for (const [i, supplier] of suppliers.entries()) {
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
    for (const lot of lots) {
      const names = SERVICE_NAMES[lot.slug]!;
      const howMany = 1 + ((i + lot.id) % 3);
      for (let n = 0; n < howMany; n++) {
        const data = validAnswers(readSchema(`services-g-cloud-13-${lot.slug}`), r);
        const name = names[(i + n) % names.length]!;
        data.serviceName = name;
        data.serviceDescription = `${supplier.name}: ${name.toLowerCase()} for public sector organisations, delivered from ${supplier.name.includes('Northern') ? 'Leeds' : 'the UK'}.`;
        const status = i === 3 && n === 1 ? ServiceStatus.ENABLED : i === 4 && n === 1 ? ServiceStatus.DISABLED : ServiceStatus.PUBLISHED;
        if (documents)
          await attachDocuments(tx, documents.storage, documents.content, now, { supplierId: supplier.id, frameworkId: g13.id, frameworkSlug: g13.slug, lotSlug: lot.slug }, data);
        await importService(tx, now, { supplier, framework: g13, lot, data, status });
        count += 1;
      }
    }
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
  return [`${count} live G-Cloud 13 services for ${suppliers.length} suppliers on the framework, one supplier edit to review`];
}

const DOS_LOTS = ['digital-outcomes', 'digital-specialists', 'user-research-participants'];
const BRIEF_TITLES: Record<string, string[]> = {
  'digital-outcomes': [
    'Replatform the planning application service',
    'Discovery for a school admissions service',
    'Alpha for digital waste permits',
    'Accessible redesign of a benefits checker',
    'Data platform for road maintenance',
    'Beta for court booking',
  ],
  'digital-specialists': [
    'Senior developer for case management',
    'Content designer for guidance pages',
    'Delivery manager for a digital team',
    'Data architect for open data',
    'Agile coach for three teams',
    'Security architect for cloud migration',
  ],
  'user-research-participants': [
    'Participants for housing repairs research',
    'Older people using online banking',
    'Small businesses filing tax returns',
    'Parents applying for childcare support',
    'Farmers using subsidy services',
    'Carers booking respite',
  ],
};

/** Weightings within each lot's allowed ranges that add up to 100. */
function weightings(schema: JsonSchema): Record<string, number> {
  const p = schema.properties as Record<string, { minimum: number; maximum: number }>;
  for (let c = p.culturalWeighting!.minimum; c <= p.culturalWeighting!.maximum; c++) {
    for (let pr = p.priceWeighting!.minimum; pr <= p.priceWeighting!.maximum; pr++) {
      const t = 100 - c - pr;
      if (t >= p.technicalWeighting!.minimum && t <= p.technicalWeighting!.maximum) return { technicalWeighting: t, culturalWeighting: c, priceWeighting: pr };
    }
  }
  throw new Error('no weightings add up to 100');
}

const SPECIALIST_ROLES = ['developer', 'designer', 'userResearcher'];

/** DOS 5 services for the demo suppliers, so that they can respond to the demo requirements. */
async function seedDosServices(tx: EntityManager, now: Date, dos5: Framework, suppliers: Supplier[]): Promise<void> {
  for (const supplier of suppliers.slice(0, 4)) {
    for (const slug of DOS_LOTS) {
      const data: Record<string, unknown> = { serviceName: `${supplier.name} ${slug.replace(/-/g, ' ')}` };
      if (slug === 'digital-specialists') {
        for (const role of SPECIALIST_ROLES)
          Object.assign(data, { [`${role}Locations`]: ['London', 'North West England'], [`${role}PriceMin`]: '400', [`${role}PriceMax`]: '800' });
      }
      await importService(tx, now, { supplier, framework: dos5, lot: await tx.findOneOrFail(Lot, { slug }), data });
    }
  }
}

/** A complete response to `brief` that meets its requirement counts. */
function responseTo(brief: Brief, lotSlug: string, r: ReturnType<typeof rng>, email: string): Record<string, unknown> {
  const answers = validAnswers(readSchema(`brief-responses-digital-outcomes-and-specialists-5-${lotSlug}`), r);
  const essential = (brief.data.essentialRequirements as string[] | undefined) ?? [];
  const nice = (brief.data.niceToHaveRequirements as string[] | undefined) ?? [];
  answers.essentialRequirements = essential.map((req) => ({ evidence: `We delivered ${req.toLowerCase()} for a government department last year.` }));
  answers.niceToHaveRequirements = nice.map((req, i) => (i % 2 ? { yesNo: false } : { yesNo: true, evidence: `Our team has worked on ${req.toLowerCase()}.` }));
  answers.respondToEmailAddress = email;
  if (lotSlug === 'digital-specialists') answers.dayRate = '650';
  return answers;
}

/**
 * Requirements from the demo buyer on every DOS 5 lot, one in each status a requirement reaches
 * (draft, live with a published question and a supplier's draft response, closed with responses,
 * withdrawn, cancelled, unsuccessful, awarded), with the outcomes recorded.
 */
async function seedBriefs(tx: EntityManager, clock: Clock, suppliers: Supplier[]): Promise<string[]> {
  const dos5 = await tx.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' });
  if (await tx.count(Brief, { framework: dos5.id })) return [];
  const owner = await tx.findOneOrFail(User, { email: 'buyer@example.gov.uk' });
  const now = clock.now().getTime();
  const r = rng(55);
  const days = (n: number) => new Date(now + n * DAY);
  await seedDosServices(tx, days(-60), dos5, suppliers);
  const plans: Array<{ published?: number; withdrawn?: number; cancelled?: number; unsuccessful?: number; awarded?: boolean }> = [
    {},
    { published: -2 },
    { published: -20 },
    { published: -3, withdrawn: -1 },
    { published: -30, cancelled: -10 },
    { published: -40, unsuccessful: -20 },
    { published: -45, awarded: true },
  ];
  let count = 0;
  let responses = 0;
  for (const slug of DOS_LOTS) {
    const lot = await tx.findOneOrFail(Lot, { slug });
    const schema = readSchema(`briefs-digital-outcomes-and-specialists-5-${slug}`);
    for (const [i, plan] of plans.entries()) {
      const data: Record<string, unknown> = {
        ...validAnswers(schema, r),
        ...weightings(schema),
        title: BRIEF_TITLES[slug]![i % BRIEF_TITLES[slug]!.length]!,
        organisation: 'Ministry of Demonstrations',
      };
      if (i === 6) data.title = `${String(data.title)} (phase 2)`;
      if ('requirementsLength' in (schema.properties as object)) data.requirementsLength = '2 weeks';
      if ('specialistRole' in (schema.properties as object)) data.specialistRole = SPECIALIST_ROLES[i % SPECIALIST_ROLES.length];
      const publishedAt = plan.published === undefined ? null : days(plan.published);
      const brief = tx.create(Brief, {
        framework: dos5,
        lot,
        data,
        createdAt: days((plan.published ?? 0) - 1),
        updatedAt: days(plan.published ?? 0),
        publishedAt,
        applicationsClosedAt: publishedAt ? briefDates(publishedAt, requirementsLength(data)).applicationsClosedAt : null,
        withdrawnAt: plan.withdrawn === undefined ? null : days(plan.withdrawn),
        withdrawnReason: plan.withdrawn === undefined ? null : 'The budget for this work was withdrawn.',
        cancelledAt: plan.cancelled === undefined ? null : days(plan.cancelled),
        unsuccessfulAt: plan.unsuccessful === undefined ? null : days(plan.unsuccessful),
        closedNoticeSentAt: publishedAt && (plan.published ?? 0) <= -20 ? days((plan.published ?? 0) + 15) : null,
      });
      tx.create(BriefUser, { brief, user: owner });
      if (plan.published === -2) {
        tx.create(BriefClarificationQuestion, {
          brief,
          question: 'Can the work be done remotely?',
          answer: 'Yes, with a day a fortnight in our Leeds office.',
          publishedAt: days(-1),
        });
        tx.create(BriefResponse, { brief, supplier: suppliers[0]!, data: { availability: '2025-01-06' }, createdAt: days(-1) });
        responses += 1;
      }
      if (publishedAt && (plan.published ?? 0) <= -20) {
        const made = [suppliers[1]!, suppliers[2]!].map((supplier, n) =>
          tx.create(BriefResponse, {
            brief,
            supplier,
            data: responseTo(brief, slug, r, `bids+${n}@example.com`),
            createdAt: days((plan.published ?? 0) + 3),
            submittedAt: days((plan.published ?? 0) + 4),
          }),
        );
        responses += made.length;
        await tx.flush();
        const closed = days((plan.published ?? 0) + 16);
        if (plan.awarded) {
          const award = { awardedContractStartDate: days(-5).toISOString().slice(0, 10), awardedContractValue: '87500.00' };
          Object.assign(made[0]!, { awardDetails: award, awardedAt: closed });
          tx.create(Outcome, {
            externalId: newServiceId(),
            result: OutcomeResult.AWARDED,
            brief,
            briefResponse: made[0]!,
            startDate: award.awardedContractStartDate,
            awardValue: award.awardedContractValue,
            awardingOrganisationName: 'Ministry of Demonstrations',
            completedAt: closed,
            createdAt: closed,
          });
        }
        if (plan.cancelled !== undefined)
          tx.create(Outcome, { externalId: newServiceId(), result: OutcomeResult.CANCELLED, brief, completedAt: days(plan.cancelled), createdAt: days(plan.cancelled) });
        if (plan.unsuccessful !== undefined)
          tx.create(Outcome, { externalId: newServiceId(), result: OutcomeResult.NONE_SUITABLE, brief, completedAt: days(plan.unsuccessful), createdAt: days(plan.unsuccessful) });
      }
      count += 1;
    }
  }
  return [`${count} DOS 5 requirements from the demo buyer on every lot in every status, ${responses} supplier responses, outcomes recorded`];
}

/** The demo buyer's direct award projects, one at each stage from searching to an outcome. */
async function seedDirectAward(tx: EntityManager, clock: Clock): Promise<string[]> {
  const buyer = await tx.findOneOrFail(User, { email: 'buyer@example.gov.uk' });
  if (await tx.count(DirectAwardProjectUser, { user: buyer.id })) return [];
  const now = clock.now().getTime();
  const days = (n: number) => new Date(now + n * DAY);
  const g13 = await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const hosting = await tx.find(Service, { framework: g13.id, lot: { slug: 'cloud-hosting' }, status: ServiceStatus.PUBLISHED }, { orderBy: { id: 'asc' }, limit: 4 });
  const snapshots = await Promise.all(hosting.map((svc) => tx.findOneOrFail(ArchivedService, { service: svc.id }, { orderBy: { id: 'desc' } })));
  const stages = ['Searching', 'Search ended', 'Results downloaded', 'Assessing services', 'Contract awarded', 'Work cancelled'];
  for (const [i, stage] of stages.entries()) {
    const project = tx.create(DirectAwardProject, { externalId: newServiceId(), name: `Hosting for the ${stage.toLowerCase()} project`, createdAt: days(-30 + i) });
    tx.create(DirectAwardProjectUser, { project, user: buyer });
    const search = tx.create(DirectAwardSearch, { project, createdBy: buyer, query: { q: 'hosting', lot: 'cloud-hosting' }, createdAt: days(-30 + i) });
    if (i >= 1 && i <= 4) {
      project.lockedAt = days(-20 + i);
      search.searchedAt = project.lockedAt;
      for (const snapshot of snapshots) tx.create(DirectAwardSearchResultEntry, { search, archivedService: snapshot });
    }
    if (i >= 2 && i <= 4) project.downloadedAt = days(-18 + i);
    if (i >= 3 && i <= 4) project.readyToAssessAt = days(-15 + i);
    if (i === 4 && snapshots[0]) {
      tx.create(Outcome, {
        externalId: newServiceId(),
        result: OutcomeResult.AWARDED,
        directAwardProject: project,
        directAwardSearch: search,
        directAwardArchivedService: snapshots[0],
        startDate: days(5).toISOString().slice(0, 10),
        endDate: days(370).toISOString().slice(0, 10),
        awardValue: '48000.00',
        awardingOrganisationName: 'Ministry of Demonstrations',
        completedAt: days(-2),
        createdAt: days(-3),
      });
    }
    if (i === 5) tx.create(Outcome, { externalId: newServiceId(), result: OutcomeResult.CANCELLED, directAwardProject: project, completedAt: days(-1), createdAt: days(-1) });
  }
  return [`${stages.length} direct award projects for the demo buyer, one at each stage`];
}
