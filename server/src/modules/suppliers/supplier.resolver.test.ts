import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { User } from '../users/user.entity.js';
import { Supplier } from './supplier.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

const signedIn = (email: string, site: 'web' | 'admin' = 'web'): Promise<Browser> => app.signIn(email, site);

async function supplierUser(supplier?: Supplier) {
  const s = supplier ?? (await makeSupplier(app.orm.em.fork()));
  const em = app.orm.em.fork();
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, s.id, { wrapped: true }) });
  return { supplier: s, user, browser: await signedIn(user.email) };
}

const UPDATE =
  'mutation ($id: ID!, $input: UpdateSupplierInput!) { updateSupplier(id: $id, input: $input) { name companyDetails { registeredName companiesHouseNumber otherCompanyRegistrationNumber confirmed missing } } }';
const linkToken = (text: string) => /\/create-account\/(\d+\.[A-Za-z0-9_-]{43})/.exec(text)![1]!;

describe('creating a supplier account', () => {
  const input = {
    dunsNumber: '123456789',
    companyName: 'Cloudy Computing Ltd',
    contactName: 'Kim Contact',
    contactEmail: 'Sales@Cloudy.example.com',
    contactPhone: '01632 960 123',
    loginEmail: 'kim@cloudy.example.com',
  };

  it('creates the supplier and emails the first user a link, which makes them its user', async () => {
    const res = await app.gql<{ createSupplierAccount: { id: string; name: string; contact: { email: string } } }>(
      'mutation ($i: CreateSupplierAccountInput!) { createSupplierAccount(input: $i) { id name contact { email } } }',
      { i: input },
    );
    const supplier = res.data!.createSupplierAccount;
    expect(Number(supplier.id)).toBeGreaterThanOrEqual(700_000);
    expect(supplier).toMatchObject({ name: 'Cloudy Computing Ltd', contact: { email: 'sales@cloudy.example.com' } });

    const mail = await app.mailbox!.waitFor('kim@cloudy.example.com');
    expect(mail.subject).toBe('Join Cloudy Computing Ltd on the Digital Marketplace');
    const browser = app.browser('web');
    const created = await browser.gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { role supplier { id name } } }', {
      i: { token: linkToken(mail.text!), name: 'Kim', password: 'cloudy supplier passphrase' },
    });
    expect(created.data).toEqual({ createAccount: { role: 'SUPPLIER', supplier: { id: supplier.id, name: 'Cloudy Computing Ltd' } } });
  });

  it('a company name as long as allowed still gets its invitation (subject shortened) and holds up no other email', async () => {
    const long = `${'Long Name '.repeat(24)}Ltd`.slice(0, 255);
    const res = await app.gql('mutation ($i: CreateSupplierAccountInput!) { createSupplierAccount(input: $i) { id } }', {
      i: { ...input, companyName: long, dunsNumber: '555555555', loginEmail: 'long@name.example.com' },
    });
    expect(res.errors).toBeUndefined();
    const mail = await app.mailbox!.waitFor('long@name.example.com');
    expect(mail.subject!.length).toBeLessThanOrEqual(255);
    expect(mail.subject).toMatch(/^Join Long Name .*…$/);
    // The users' email handler went on: a reset asked for next is sent.
    const user = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    expect((await app.mailbox!.waitFor(user.email)).subject).toMatch(/password/i);
  });

  it('refuses a DUNS number that is not 9 digits or is already registered, storing nothing', async () => {
    const count = () => app.orm.em.fork().count(Supplier);
    const before = await count();
    const create = (i: object) => app.gql('mutation ($i: CreateSupplierAccountInput!) { createSupplierAccount(input: $i) { id } }', { i: { ...input, ...i } });
    expect((await create({ dunsNumber: '12345', contactPhone: 'call me' })).errors![0]!.extensions!.fieldErrors).toEqual({
      dunsNumber: 'Your DUNS number must be 9 digits',
      contactPhone: 'Enter a phone number, like 01632 960 001',
    });
    expect((await create({ loginEmail: 'other@cloudy.example.com' })).errors![0]!.extensions!.fieldErrors).toEqual({
      dunsNumber: expect.stringMatching(/already exists with this DUNS/),
    });
    expect(await count()).toBe(before);
  });

  it('answers a login address that already has an account exactly as a new one, and emails that account instead', async () => {
    const existing = input.loginEmail;
    const res = await app.gql('mutation ($i: CreateSupplierAccountInput!) { createSupplierAccount(input: $i) { name } }', {
      i: { ...input, companyName: 'Second Cloud Ltd', dunsNumber: '987654321' },
    });
    expect(res).toEqual({ data: { createSupplierAccount: { name: 'Second Cloud Ltd' } } });
    const mail = await app.mailbox!.waitFor(existing);
    expect(mail.subject).toBe('You already have a Digital Marketplace account');
    expect(mail.text).toMatch(/Second Cloud Ltd/);
    expect(await app.orm.em.fork().count(User, { email: existing })).toBe(1);
  });
});

describe('company details', () => {
  it('must all be answered before confirming, and the registered name and number are then fixed for the supplier', async () => {
    const { supplier, browser } = await supplierUser();
    const id = String(supplier.id);
    const confirm = () => browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { companyDetails { confirmed } } }', { id });
    expect((await confirm()).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: {
        registeredName: 'Answer required',
        registeredAddress: 'Answer required',
        registrationCountry: 'Answer required',
        registrationNumber: 'Answer required',
        tradingStatus: 'Answer required',
        organisationSize: 'Answer required',
      },
    });
    const bad = await browser.gql(UPDATE, { id, input: { companiesHouseNumber: '123', registrationCountry: 'UK', description: Array(60).fill('word').join(' ') } });
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual({
      companiesHouseNumber: 'Your Companies House number must be 8 characters: 2 digits or 2 letters, then 6 digits',
      registrationCountry: 'Choose a country from the list',
      description: 'Your summary must be 50 words or fewer',
    });
    const ok = await browser.gql(UPDATE, {
      id,
      input: {
        registeredName: 'Cloudy Computing Limited',
        companiesHouseNumber: 'sc123456',
        registrationCountry: 'country:GB',
        registeredAddress: { address1: '1 High Street', city: 'Leeds', postcode: 'ls1 1aa' },
        tradingStatus: 'LIMITED_COMPANY',
        organisationSize: 'SMALL',
      },
    });
    expect(ok.data).toMatchObject({ updateSupplier: { companyDetails: { registeredName: 'Cloudy Computing Limited', companiesHouseNumber: 'SC123456', missing: [] } } });
    expect((await confirm()).data).toEqual({ confirmSupplierCompanyDetails: { companyDetails: { confirmed: true } } });

    const locked = await browser.gql(UPDATE, { id, input: { registeredName: 'Something Else Ltd' } });
    expect(locked.errors![0]!.extensions).toEqual({ code: 'CONFLICT', fields: ['registeredName'] });
    expect((await browser.gql(UPDATE, { id, input: { organisationSize: 'MEDIUM' } })).errors).toBeUndefined();
    // null clears an optional detail and is refused, as a missing answer, for a required one.
    expect((await browser.gql(UPDATE, { id, input: { description: 'We host things.', vatNumber: 'GB123456789' } })).errors).toBeUndefined();
    expect((await browser.gql(UPDATE, { id, input: { description: null, vatNumber: null } })).errors).toBeUndefined();
    const cleared = await app.orm.em.fork().findOneOrFail(Supplier, { id: Number(id) });
    expect([cleared.description, cleared.vatNumber]).toEqual([null, null]);
    const nulls = await browser.gql(UPDATE, { id, input: { name: null, organisationSize: null, description: null } });
    expect(nulls.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { name: 'Enter your company name', organisationSize: 'Choose your organisation size' },
    });

    const admin = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_DATA_CONTROLLER });
    const dc = await signedIn(admin.email, 'admin');
    expect((await dc.gql(UPDATE, { id, input: { registeredName: 'Corrected Name Ltd' } })).data).toMatchObject({
      updateSupplier: { companyDetails: { registeredName: 'Corrected Name Ltd' } },
    });
    const category = await signedIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
    expect((await category.gql(UPDATE, { id, input: { name: 'Cloudy' } })).data).toMatchObject({ updateSupplier: { name: 'Cloudy' } });
    expect((await category.gql(UPDATE, { id, input: { registeredName: 'Nope Ltd' } })).errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', fields: ['registeredName'] });
  });
});

describe('checkDunsNumber', () => {
  it('answers a free DUNS number as stored, and refuses a malformed or taken one with the field’s message', async () => {
    const browser = app.browser('web');
    const CHECK = 'query ($d: String!) { checkDunsNumber(dunsNumber: $d) }';
    const free = String(400_000_000 + Math.floor(Math.random() * 99_999_999));
    expect((await browser.gql(CHECK, { d: ` ${free.slice(0, 3)} ${free.slice(3)} ` })).data).toEqual({ checkDunsNumber: free });
    const malformed = await browser.gql(CHECK, { d: '12345' });
    expect(malformed.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { dunsNumber: 'Your DUNS number must be 9 digits' } });
    expect((await browser.gql(CHECK, { d: '' })).errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { dunsNumber: 'Enter your DUNS number' } });
    const taken = await makeSupplier(app.orm.em.fork(), { dunsNumber: String(Number(free) + 1) });
    const refused = await browser.gql(CHECK, { d: taken.dunsNumber });
    expect(refused.errors![0]!.extensions!.fieldErrors).toEqual({ dunsNumber: expect.stringContaining('already exists') });
  });
});

describe('one supplier cannot reach another', () => {
  it('neither reads nor changes supplier B’s details, users or team', async () => {
    const a = await supplierUser();
    const b = await supplierUser();
    const bId = String(b.supplier.id);
    const view = await a.browser.gql<{ supplier: { name: string; companyDetails: unknown; users: unknown } }>(
      'query ($id: ID!) { supplier(id: $id) { name companyDetails { dunsNumber } users { email } } }',
      { id: bId },
    );
    expect(view.data!.supplier).toEqual({ name: b.supplier.name, companyDetails: null, users: null });
    const own = await a.browser.gql<{ supplier: { companyDetails: { dunsNumber: string }; users: Array<{ email: string }> } }>(
      'query ($id: ID!) { supplier(id: $id) { companyDetails { dunsNumber } users { email } } }',
      { id: String(a.supplier.id) },
    );
    expect(own.data!.supplier.companyDetails.dunsNumber).toBe(a.supplier.dunsNumber);
    expect(own.data!.supplier.users.map((u) => u.email)).toEqual([a.user.email]);

    expect((await a.browser.gql(UPDATE, { id: bId, input: { name: 'Hijacked' } })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await a.browser.gql('mutation ($id: ID!) { inviteSupplierUser(id: $id, email: "spy@example.com") }', { id: bId })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await a.browser.gql('mutation ($id: ID!) { deactivateSupplierUser(id: $id) { id } }', { id: String(b.user.id) })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const bNow = await app.orm.em.fork().findOneOrFail(Supplier, { id: b.supplier.id });
    expect(bNow.name).toBe(b.supplier.name);
    expect((await app.orm.em.fork().findOneOrFail(User, { id: b.user.id })).active).toBe(true);
  });
});

describe('team', () => {
  it('invites a contributor who joins the same supplier, and removes a colleague who can then no longer sign in', async () => {
    const { supplier, user, browser } = await supplierUser();
    expect((await browser.gql('mutation ($id: ID!) { inviteSupplierUser(id: $id, email: "Pat@Cloudy.example.com") }', { id: String(supplier.id) })).data).toEqual({
      inviteSupplierUser: true,
    });
    const mail = await app.mailbox!.waitFor('pat@cloudy.example.com');
    const pat = app.browser('web');
    const created = await pat.gql<{ createAccount: { id: string; supplier: { id: string } } }>(
      'mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id supplier { id } } }',
      {
        i: { token: linkToken(mail.text!), name: 'Pat', password: 'contributor passphrase' },
      },
    );
    expect(created.data!.createAccount.supplier.id).toBe(String(supplier.id));

    expect((await browser.gql('mutation ($id: ID!) { deactivateSupplierUser(id: $id) { id } }', { id: String(user.id) })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const removed = await browser.gql('mutation ($id: ID!) { deactivateSupplierUser(id: $id) { active } }', { id: created.data!.createAccount.id });
    expect(removed.data).toEqual({ deactivateSupplierUser: { active: false } });
    expect((await pat.gql('{ viewer { id } }')).data).toEqual({ viewer: null });
  });
});

describe('A–Z list', () => {
  it('lists active suppliers by name with letter, "other" and name filters, a page at a time, in a bounded number of statements', async () => {
    const em = app.orm.em.fork();
    for (const name of ['Zebra Cloud', 'zeta Systems', '4Tech', 'Apex Digital', 'Zulu Hosting']) await makeSupplier(em, { name });
    await makeSupplier(em, { name: 'Zombie Ltd', active: false });
    const list = (args: string) =>
      app.gql<{ suppliers: { totalCount: number; nodes: Array<{ name: string; contact: { contactName: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        `{ suppliers(${args}) { totalCount nodes { name contact { contactName } } pageInfo { hasNextPage endCursor } } }`,
      );
    const z = (await list('prefix: "z", first: 2')).data!.suppliers;
    expect(z.nodes.map((n) => n.name)).toEqual(['Zebra Cloud', 'zeta Systems']);
    expect([z.totalCount, z.pageInfo.hasNextPage]).toEqual([3, true]);
    const next = (await list(`prefix: "Z", first: 2, after: "${z.pageInfo.endCursor}"`)).data!.suppliers;
    expect(next.nodes.map((n) => n.name)).toEqual(['Zulu Hosting']);
    expect((await list('prefix: "other"')).data!.suppliers.nodes.map((n) => n.name)).toEqual(['4Tech']);
    expect((await list('name: "DIGITAL"')).data!.suppliers.nodes.map((n) => n.name)).toEqual(['Apex Digital']);
    expect((await list('prefix: "zz"')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    app.queries.length = 0;
    const all = (await list('first: 100')).data!.suppliers;
    expect(all.nodes.length).toBeGreaterThan(5);
    expect(all.nodes.every((n) => n.contact.contactName)).toBe(true);
    expect(app.queries.length).toBeLessThanOrEqual(3);
  });
});

describe('admin supplier search (AD1) and a supplier’s users (AD3)', () => {
  const SEARCH = '{ suppliers(dunsNumber: $d, companyRegistrationNumber: $c) { totalCount nodes { name } } }';
  const search = (b: Browser, d: string | null, c: string | null) =>
    b.gql<{ suppliers: { totalCount: number; nodes: Array<{ name: string }> } }>(`query ($d: String, $c: String) ${SEARCH}`, { d, c });

  it('finds a supplier by its whole DUNS number or registration number, for admins who work on suppliers only', async () => {
    const em = app.orm.em.fork();
    const duns = String(900_000_000 + Math.floor(Math.random() * 99_999_999));
    await makeSupplier(em, { name: 'Quarry Lane Digital', dunsNumber: duns, companiesHouseNumber: 'QL123456' });
    await makeSupplier(em, { name: 'Overseas Widgets', otherCompanyRegistrationNumber: 'FR-99 8877' });
    const category = await signedIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');

    expect((await search(category, ` ${duns.slice(0, 3)} ${duns.slice(3)} `, null)).data!.suppliers.nodes).toEqual([{ name: 'Quarry Lane Digital' }]);
    // Only the whole number: part of one finds nothing.
    expect((await search(category, duns.slice(0, 6), null)).data!.suppliers.totalCount).toBe(0);
    expect((await search(category, null, 'ql 123456')).data!.suppliers.nodes).toEqual([{ name: 'Quarry Lane Digital' }]);
    expect((await search(category, null, 'fr-998877')).data!.suppliers.nodes).toEqual([{ name: 'Overseas Widgets' }]);
    expect((await search(category, null, 'QL12345')).data!.suppliers.totalCount).toBe(0);

    // The public name search stays public; the private numbers are not, nor for a supplier or an admin-manager.
    const { browser: supplier } = await supplierUser();
    const manager = await signedIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_MANAGER })).email, 'admin');
    for (const b of [app.browser('web'), supplier, manager]) {
      expect((await search(b, duns, null)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await search(b, null, 'QL123456')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    expect((await app.browser('web').gql<{ suppliers: { nodes: unknown[] } }>('{ suppliers(name: "Quarry Lane") { nodes { name } } }')).data!.suppliers.nodes).toEqual([
      { name: 'Quarry Lane Digital' },
    ]);
  });

  it('lists deactivated users too when asked, so an admin can reactivate them', async () => {
    const { supplier, user } = await supplierUser();
    const em = app.orm.em.fork();
    const gone = await makeUser(em, { role: Role.SUPPLIER, name: 'Aaron Gone', active: false, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
    const admin = await signedIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN })).email, 'admin');
    const users = async (all: boolean) =>
      (
        await admin.gql<{ supplier: { users: Array<{ id: string; active: boolean }> } }>(
          'query ($id: ID!, $all: Boolean!) { supplier(id: $id) { users(includeDeactivated: $all) { id active } } }',
          {
            id: String(supplier.id),
            all,
          },
        )
      ).data!.supplier.users;
    expect(await users(false)).toEqual([{ id: String(user.id), active: true }]);
    expect(await users(true)).toEqual([
      { id: String(gone.id), active: false },
      { id: String(user.id), active: true },
    ]);
  });
});
