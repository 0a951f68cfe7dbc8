import { ref } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { DeclarationStatus, SupplierFramework } from '../applications/supplier-framework.entity.js';
import { BriefResponse } from '../briefs/brief-response.entity.js';
import { Brief } from '../briefs/brief.entity.js';
import { DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch } from '../directaward/project.entity.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Outcome, OutcomeResult } from '../outcomes/outcome.entity.js';
import { ArchivedService } from '../services/archived-service.entity.js';
import { Service } from '../services/service.entity.js';
import { OrganisationSize } from '../suppliers/supplier.entity.js';

/** RFC 4180, as a spreadsheet program reads it (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  expect(cell).toBe('');
  return rows;
}

let app: TestApp;
let manager: Browser;
const now = new Date('2024-06-03T09:00:00Z');
const NASTY = '=HYPERLINK("http://evil.example","click"), Ltd';
let officialSupplierId: number;
let interestedSupplierId: number;
let projectExternalId: string;
let briefId: number;

beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  const gcloud = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const official = await makeSupplier(em, { name: NASTY, registeredName: 'Quote "Registered" Ltd', organisationSize: OrganisationSize.SMALL });
  const interested = await makeSupplier(em, { name: 'Only Interested Ltd', organisationSize: OrganisationSize.LARGE });
  officialSupplierId = official.id;
  interestedSupplierId = interested.id;
  em.create(SupplierFramework, {
    supplier: official,
    framework: gcloud,
    declarationStatus: DeclarationStatus.COMPLETE,
    onFramework: true,
    declaration: {
      primaryContact: 'Pat Primary',
      primaryContactEmail: 'pat@official.example.com',
      contactNameContractNotice: '+Notice Name',
      contactEmailContractNotice: 'notice@official.example.com',
    },
    createdAt: now,
    updatedAt: now,
  });
  em.create(SupplierFramework, { supplier: interested, framework: gcloud, declarationStatus: DeclarationStatus.STARTED, createdAt: now, updatedAt: now });
  await em.flush();
  await makeUser(em, { role: Role.SUPPLIER, supplier: ref(official), email: 'researcher@official.example.com', name: 'Rae Researcher', userResearchOptedIn: true });
  await makeUser(em, { role: Role.SUPPLIER, supplier: ref(official), email: 'gone@official.example.com', active: false, userResearchOptedIn: true });
  await makeUser(em, { role: Role.SUPPLIER, supplier: ref(interested), email: 'quiet@interested.example.com', name: 'Quinn Quiet' });
  const buyer = await makeUser(em, { role: Role.BUYER, email: 'opted.in@example.gov.uk', name: '@Bea Buyer', userResearchOptedIn: true });
  await makeUser(em, { role: Role.BUYER, email: 'not.opted@example.gov.uk', name: 'Ned Buyer' });

  // An awarded direct-award project: the winning service's snapshot, the project's buyer, the completed award.
  const lot = await em.findOneOrFail(Lot, { slug: 'cloud-hosting' });
  const service = em.create(Service, {
    serviceId: '123456789012345',
    supplier: official,
    framework: gcloud,
    lot,
    data: { serviceName: 'Hosted quokkas' },
    createdAt: now,
    updatedAt: now,
  });
  const archived = em.create(ArchivedService, {
    service,
    serviceId: service.serviceId,
    supplier: official,
    framework: gcloud,
    lot,
    data: { serviceName: 'Hosted quokkas' },
    status: service.status,
    createdAt: now,
  });
  const project = em.create(DirectAwardProject, { externalId: '900000000000001', name: 'Find hosting, quickly', createdAt: now, lockedAt: now });
  em.create(DirectAwardProjectUser, { project, user: buyer });
  const search = em.create(DirectAwardSearch, { project, createdBy: buyer, query: {}, createdAt: now, searchedAt: now });
  em.create(Outcome, {
    externalId: '900000000000002',
    result: OutcomeResult.AWARDED,
    directAwardProject: project,
    directAwardSearch: search,
    directAwardArchivedService: archived,
    completedAt: now,
    startDate: '2024-07-01',
    endDate: '2025-06-30',
    awardValue: '12345.50',
    awardingOrganisationName: 'Ministry of Quokkas',
    createdAt: now,
  });
  // An unfinished award is no outcome yet.
  const pending = em.create(DirectAwardProject, { externalId: '900000000000003', name: 'Still choosing', createdAt: now, lockedAt: now });
  em.create(Outcome, {
    externalId: '900000000000004',
    result: OutcomeResult.AWARDED,
    directAwardProject: pending,
    directAwardSearch: em.create(DirectAwardSearch, { project: pending, createdBy: buyer, query: {}, createdAt: now }),
    directAwardArchivedService: archived,
    createdAt: now,
  });
  projectExternalId = project.externalId;

  // A DOS opportunity that closed and was awarded to the small supplier; a draft one is not listed.
  const dos = await em.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' });
  const specialists = await em.findOneOrFail(Lot, { slug: 'digital-specialists' });
  const brief = em.create(Brief, {
    framework: dos,
    lot: specialists,
    data: { title: 'Developer, for a planning service', organisation: 'Department of Quokkas', location: 'London' },
    createdAt: new Date('2024-04-01T09:00:00Z'),
    updatedAt: now,
    publishedAt: new Date('2024-04-02T09:00:00Z'),
    applicationsClosedAt: new Date('2024-04-16T23:59:59Z'),
  });
  em.create(Brief, { framework: dos, lot: specialists, data: { title: 'A draft nobody sees' }, createdAt: now, updatedAt: now });
  const winner = em.create(BriefResponse, { brief, supplier: official, createdAt: now, submittedAt: new Date('2024-04-10T09:00:00Z'), awardedAt: now });
  em.create(BriefResponse, { brief, supplier: interested, createdAt: now, submittedAt: new Date('2024-04-11T09:00:00Z') });
  em.create(BriefResponse, { brief, supplier: await makeSupplier(em, { organisationSize: OrganisationSize.MICRO }), createdAt: now });
  em.create(Outcome, {
    externalId: '900000000000005',
    result: OutcomeResult.AWARDED,
    brief,
    briefResponse: winner,
    completedAt: now,
    startDate: '2024-05-01',
    awardValue: '99000.00',
    createdAt: now,
  });
  await em.flush();
  briefId = brief.id;

  const fwm = await makeUser(em, { role: Role.ADMIN_FRAMEWORK_MANAGER });
  manager = await app.signIn(fwm.email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

interface File {
  filename: string;
  contentType: string;
  base64: string;
}
const csvOf = (file: File) => parseCsv(Buffer.from(file.base64, 'base64').toString('utf8'));

async function download(browser: Browser, query: string, variables: Record<string, unknown> = {}): Promise<{ file: File; rows: string[][] }> {
  const res = await browser.gql<Record<string, File>>(query, variables);
  expect(res.errors).toBeUndefined();
  const file = Object.values(res.data!)[0]!;
  expect(file.contentType).toBe('text/csv; charset=utf-8');
  return { file, rows: csvOf(file) };
}

const SUPPLIER_LIST = 'query ($f: String!, $l: SupplierList!) { supplierListReport(frameworkSlug: $f, list: $l) { filename contentType base64 } }';

describe('AD13 supplier lists per framework', () => {
  it('official details list the suppliers with a complete declaration, cells quoted and formulas defused', async () => {
    const { file, rows } = await download(manager, SUPPLIER_LIST, { f: 'g-cloud-13', l: 'OFFICIAL_DETAILS' });
    expect(file.filename).toBe('official-details-g-cloud-13-2024-06-03T09-00-00Z.csv');
    expect(rows[0]).toEqual([
      'Supplier ID',
      'Trading name',
      'Registered name',
      'DUNS number',
      'Companies House number',
      'Other registration number',
      'Primary contact name',
      'Primary contact email',
      'Contract notice contact name',
      'Contract notice contact email',
      'Application result',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([String(officialSupplierId)]);
    const row = rows[1]!;
    expect(row[1]).toBe(`'${NASTY}`);
    expect(row[2]).toBe('Quote "Registered" Ltd');
    expect(row.slice(6)).toEqual(['Pat Primary', 'pat@official.example.com', "'+Notice Name", 'notice@official.example.com', 'On framework']);
  });

  it('supplier accounts list every active user of every interested supplier', async () => {
    const { rows } = await download(manager, SUPPLIER_LIST, { f: 'g-cloud-13', l: 'ACCOUNTS' });
    expect(rows[0]).toEqual(['Supplier ID', 'Trading name', 'User name', 'Email address', 'Declaration status', 'Application result', 'Last signed in']);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      [String(officialSupplierId), 'researcher@official.example.com', 'complete', 'On framework'],
      [String(interestedSupplierId), 'quiet@interested.example.com', 'started', ''],
    ]);
  });

  it('are refused for a framework no one has applied to yet, and for an unknown one, with typed errors', async () => {
    const em = app.orm.em.fork();
    await em.nativeUpdate(Framework, { slug: 'g-cloud-4' }, { status: FrameworkStatus.COMING });
    const coming = await manager.gql(SUPPLIER_LIST, { f: 'g-cloud-4', l: 'ACCOUNTS' });
    expect(coming.errors![0]!.extensions!.code).toBe('CONFLICT');
    const unknown = await manager.gql(SUPPLIER_LIST, { f: 'g-cloud-99', l: 'ACCOUNTS' });
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const wrongList = await manager.gql(SUPPLIER_LIST, { f: 'g-cloud-13', l: 'EVERYONE' });
    expect(wrongList.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('AD13 user research and buyer lists', () => {
  it('supplier research participants are the active opted-in users of interested suppliers', async () => {
    const { file, rows } = await download(manager, 'query ($f: String!) { supplierResearchParticipantsReport(frameworkSlug: $f) { filename contentType base64 } }', {
      f: 'g-cloud-13',
    });
    expect(file.filename).toBe('user-research-suppliers-on-g-cloud-13-2024-06-03T09-00-00Z.csv');
    expect(rows).toEqual([
      ['Email address', 'User name', 'Supplier ID', 'Trading name'],
      ['researcher@official.example.com', 'Rae Researcher', String(officialSupplierId), `'${NASTY}`],
    ]);
    // Not for an expired G-Cloud framework (only expired DOS ones keep their participants).
    const expired = await manager.gql('{ supplierResearchParticipantsReport(frameworkSlug: "g-cloud-12") { filename } }');
    expect(expired.errors![0]!.extensions!.code).toBe('CONFLICT');
    const dosExpired = await manager.gql<{ supplierResearchParticipantsReport: File }>(
      '{ supplierResearchParticipantsReport(frameworkSlug: "digital-outcomes-and-specialists-4") { filename contentType base64 } }',
    );
    expect(csvOf(dosExpired.data!.supplierResearchParticipantsReport)).toEqual([['Email address', 'User name', 'Supplier ID', 'Trading name']]);
  });

  it('all buyers and the buyers opted into user research', async () => {
    const all = await download(manager, '{ buyersReport { filename contentType base64 } }');
    expect(all.file.filename).toBe('all-buyers-on-2024-06-03T09-00-00Z.csv');
    expect(all.rows[0]).toEqual(['Name', 'Email address', 'Phone number', 'Account created', 'Active', 'User research']);
    expect(all.rows.slice(1).map((r) => r[1])).toEqual(['opted.in@example.gov.uk', 'not.opted@example.gov.uk']);
    expect(all.rows[1]).toEqual(["'@Bea Buyer", 'opted.in@example.gov.uk', '', '2024-01-01', 'Yes', 'Yes']);
    const research = await download(manager, '{ buyersReport(userResearchOnly: true) { filename contentType base64 } }');
    expect(research.file.filename).toBe('user-research-buyers-on-2024-06-03T09-00-00Z.csv');
    expect(research.rows.slice(1).map((r) => r[1])).toEqual(['opted.in@example.gov.uk']);
  });
});

describe('AD13 outcomes', () => {
  it('direct-award outcomes list completed awards only, with the service, supplier, value and buyer', async () => {
    const { rows } = await download(manager, '{ directAwardOutcomesReport { filename contentType base64 } }');
    expect(rows[0]).toEqual([
      'ID',
      'Name',
      'Submitted at',
      'Result',
      'Award service ID',
      'Award service name',
      'Award supplier ID',
      'Award supplier name',
      'Award value',
      'Awarding organisation name',
      'Award start date',
      'Award end date',
      'User ID',
      'User name',
      'User email',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 12)).toEqual([
      projectExternalId,
      'Find hosting, quickly',
      '2024-06-03T09:00:00Z',
      'awarded',
      '123456789012345',
      'Hosted quokkas',
      String(officialSupplierId),
      `'${NASTY}`,
      '12345.50',
      'Ministry of Quokkas',
      '2024-07-01',
      '2025-06-30',
    ]);
    expect(rows[1]!.slice(13)).toEqual(["'@Bea Buyer", 'opted.in@example.gov.uk']);
  });

  it('DOS opportunity data lists published opportunities with applications, SME applications and the award', async () => {
    const sourcing = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING })).email, 'admin');
    const { file, rows } = await download(sourcing, '{ dosOpportunitiesReport { filename contentType base64 } }');
    expect(file.filename).toBe('opportunity-data-2024-06-03T09-00-00Z.csv');
    expect(rows).toEqual([
      [
        'ID',
        'Opportunity',
        'Framework',
        'Lot',
        'Organisation',
        'Location',
        'Published',
        'Closing date',
        'Status',
        'Applications',
        'SME applications',
        'Winning supplier',
        'Winning supplier size',
        'Contract amount',
        'Contract start date',
      ],
      [
        String(briefId),
        'Developer, for a planning service',
        'Digital Outcomes and Specialists 5',
        'Digital specialists',
        'Department of Quokkas',
        'London',
        '2024-04-02',
        '2024-04-16',
        'awarded',
        '2',
        '1',
        `'${NASTY}`,
        'small',
        '99000.00',
        '2024-05-01',
      ],
    ]);
  });

  it('a data controller may not download outcomes (FORBIDDEN)', async () => {
    const dc = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_DATA_CONTROLLER })).email, 'admin');
    const res = await dc.gql('{ dosOpportunitiesReport { filename } }');
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
