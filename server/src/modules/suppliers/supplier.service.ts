import { LockMode, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput, conflict, forbidden, notFound, type FieldErrors } from '../../app/errors.js';
import { decodeOffsetCursor, toOffsetConnection, type Connection } from '../../shared/pagination.js';
import { EMAIL_PATTERN } from '../../shared/validation.js';
import { publishEvent } from '../../app/events.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Role } from '../../shared/role.js';
import { ContactInformation } from './contact-information.entity.js';
import { Supplier } from './supplier.entity.js';
import type { CreateSupplierAccountInput, SupplierCompanyDetails, UpdateSupplierInput } from './supplier.inputs.js';
import { editableFields, worksOnSuppliers, isOwnSupplier } from './supplier.policy.js';

const PHONE = /^\+?([\d\s()-]){9,20}$/;
const COMPANIES_HOUSE = /^([0-9]{2}|[A-Za-z]{2})[0-9]{6}$/;
const COUNTRY = /^(country:[A-Z]{2}|territory:[A-Z]{2,3}(-[A-Z0-9]{2})?)$/;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Trims, and checks required text, length and format; collects messages per field. */
function text(
  errors: FieldErrors,
  field: string,
  value: string | undefined,
  label: string,
  opts: { max: number; pattern?: RegExp; patternMessage?: string; required?: boolean },
): string | undefined {
  const v = value?.trim();
  if (!v) {
    if (opts.required) errors[field] = `Enter ${label}`;
    return undefined;
  }
  if (v.length > opts.max) errors[field] = `${label[0]!.toUpperCase()}${label.slice(1)} must be ${opts.max} characters or fewer`;
  else if (opts.pattern && !opts.pattern.test(v)) errors[field] = opts.patternMessage ?? `Enter ${label} in the correct format`;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Create

/**
 * Opens a supplier account: the supplier with its contact. The users module's handler of the
 * event emails the login address: a link that makes its owner the supplier's first user, or, when
 * the address already has an account, a note saying so (the person creating the supplier is not
 * told: the answer is the same for any address).
 */
const dunsNumber = (errors: FieldErrors, value: string | undefined) =>
  text(errors, 'dunsNumber', value?.replace(/\s+/g, ''), 'your DUNS number', { max: 9, required: true, pattern: /^\d{9}$/, patternMessage: 'Your DUNS number must be 9 digits' });

const DUNS_TAKEN = 'A supplier account already exists with this DUNS number. Ask a colleague to invite you, or contact support.';

/**
 * The first step of opening a supplier account: the DUNS number's format, and that no supplier has
 * it yet. No Dun & Bradstreet lookup is reachable from here, so the company is not looked up.
 * Answers the number as stored (spaces removed).
 */
export async function checkDunsNumber(ctx: AppContext, value: string): Promise<string> {
  const errors: FieldErrors = {};
  const duns = dunsNumber(errors, value);
  if (!duns || Object.keys(errors).length) throw badInput('Check your DUNS number', errors);
  if (await ctx.em.fork().count(Supplier, { dunsNumber: duns })) throw badInput('A supplier account already exists with this DUNS number', { dunsNumber: DUNS_TAKEN });
  return duns;
}

export async function createSupplierAccount(ctx: AppContext, input: CreateSupplierAccountInput): Promise<Supplier> {
  const errors: FieldErrors = {};
  const duns = dunsNumber(errors, input.dunsNumber);
  const name = text(errors, 'companyName', input.companyName, 'your company name', { max: 255, required: true });
  const contactName = text(errors, 'contactName', input.contactName, 'a contact name', { max: 255, required: true });
  const contactEmail = text(errors, 'contactEmail', input.contactEmail?.toLowerCase(), 'a contact email address', {
    max: 320,
    required: true,
    pattern: EMAIL_PATTERN,
    patternMessage: 'Enter an email address in the correct format, like name@example.com',
  });
  const contactPhone = text(errors, 'contactPhone', input.contactPhone, 'a contact phone number', {
    max: 20,
    required: true,
    pattern: PHONE,
    patternMessage: 'Enter a phone number, like 01632 960 001',
  });
  const loginEmail = text(errors, 'loginEmail', input.loginEmail?.toLowerCase(), 'the email address you will sign in with', {
    max: 320,
    required: true,
    pattern: EMAIL_PATTERN,
    patternMessage: 'Enter an email address in the correct format, like name@example.com',
  });
  if (Object.keys(errors).length) throw badInput('Check the details you entered', errors);

  return ctx.em.transactional(async (em) => {
    if (await em.findOne(Supplier, { dunsNumber: duns! })) {
      throw badInput('A supplier account already exists with this DUNS number', { dunsNumber: DUNS_TAKEN });
    }
    const now = ctx.clock.now();
    const supplier = em.create(Supplier, { name: name!, dunsNumber: duns!, createdAt: now, updatedAt: now });
    em.create(ContactInformation, { supplier, contactName: contactName!, email: contactEmail!, phoneNumber: contactPhone! });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.CREATE_SUPPLIER,
      actorEmail: loginEmail,
      objectType: 'Supplier',
      objectId: supplier.id,
      data: { supplierId: supplier.id, loginEmail, supplierName: supplier.name, update: { name, dunsNumber: duns, contactName, contactEmail, contactPhone } },
    });
    return supplier;
  });
}

// ---------------------------------------------------------------------------------------------
// Read

export async function getSupplier(ctx: Pick<AppContext, 'em'>, id: number): Promise<Supplier> {
  const supplier = await ctx.em.findOne(Supplier, { id });
  if (!supplier) throw notFound(`Supplier ${id}`);
  return supplier;
}

/** The A–Z query: active suppliers, with a letter or "other" (names not starting with a letter) when given. */
export function suppliersAToZ(em: EntityManager, prefix?: string) {
  const qb = em.createQueryBuilder(Supplier, 's').where({ active: true });
  if (prefix && prefix.toLowerCase() !== 'other') qb.andWhere('lower(left(s.name, 1)) = ?', [prefix.toLowerCase()]);
  if (prefix?.toLowerCase() === 'other') qb.andWhere(`s.name !~* '^[a-z]'`);
  return qb;
}

/** One page of an A–Z query from a position: by name, then id, with the total. */
export async function aToZPage(qb: ReturnType<typeof suppliersAToZ>, first: number, offset: number): Promise<Connection<Supplier>> {
  const total = await qb.clone().getCount();
  // A–Z means case-insensitive: "zeta" sorts with "Zebra", whatever the database collation.
  const rows = await qb
    .orderBy([{ [raw('lower(s.name)')]: 'asc' }, { id: 'asc' }])
    .offset(offset)
    .limit(first + 1)
    .getResultList();
  return toOffsetConnection(rows, first, offset, total);
}

/**
 * The A–Z list: by name, then id; a letter or "other" (names not starting with a letter); a name
 * search; or (admins who work on suppliers, AD1) a whole DUNS or company registration number.
 */
export async function listSuppliers(
  ctx: AppContext,
  filter: { prefix?: string; name?: string; dunsNumber?: string | null; companyRegistrationNumber?: string | null },
  first: number,
  after?: string | null,
): Promise<Connection<Supplier>> {
  if ((filter.dunsNumber != null || filter.companyRegistrationNumber != null) && !worksOnSuppliers(ctx.viewer)) {
    throw forbidden('Only admins who work on suppliers may search by DUNS or company registration number');
  }
  const qb = suppliersAToZ(ctx.em, filter.prefix);
  if (filter.name) {
    const like = `%${filter.name.replace(/[%_\\]/g, '\\$&')}%`;
    qb.andWhere({ $or: [{ name: { $ilike: like } }, { registeredName: { $ilike: like } }] });
  }
  if (filter.dunsNumber != null) qb.andWhere({ dunsNumber: filter.dunsNumber.replace(/\s+/g, '') });
  if (filter.companyRegistrationNumber != null) {
    const number = filter.companyRegistrationNumber.replace(/\s+/g, '').toUpperCase();
    // Stored as typed: compared without spaces and case on both sides.
    qb.andWhere(`(upper(regexp_replace(s.companies_house_number, '\\s', '', 'g')) = ? or upper(regexp_replace(s.other_company_registration_number, '\\s', '', 'g')) = ?)`, [
      number,
      number,
    ]);
  }
  return aToZPage(qb, first, decodeOffsetCursor(after));
}

export function companyDetails(supplier: Supplier, primary: ContactInformation | undefined): SupplierCompanyDetails {
  const details: Omit<SupplierCompanyDetails, 'missing'> = {
    dunsNumber: supplier.dunsNumber,
    registeredName: supplier.registeredName ?? null,
    registeredAddress: { address1: primary?.address1 ?? null, city: primary?.city ?? null, postcode: primary?.postcode ?? null },
    registrationCountry: supplier.registrationCountry ?? null,
    companiesHouseNumber: supplier.companiesHouseNumber ?? null,
    otherCompanyRegistrationNumber: supplier.otherCompanyRegistrationNumber ?? null,
    vatNumber: supplier.vatNumber ?? null,
    tradingStatus: supplier.tradingStatus ?? null,
    organisationSize: supplier.organisationSize ?? null,
    confirmed: supplier.companyDetailsConfirmed,
  };
  const missing = [
    !details.registeredName && 'registeredName',
    !(details.registeredAddress.address1 && details.registeredAddress.city && details.registeredAddress.postcode) && 'registeredAddress',
    !details.registrationCountry && 'registrationCountry',
    !(details.companiesHouseNumber || details.otherCompanyRegistrationNumber) && 'registrationNumber',
    !details.tradingStatus && 'tradingStatus',
    !details.organisationSize && 'organisationSize',
  ].filter((m): m is string => Boolean(m));
  return { ...details, missing };
}

// ---------------------------------------------------------------------------------------------
// Update

/**
 * The supplier a viewer acts on; other suppliers are "not found" to supplier users (no leaks). The
 * role gate is the resolver's `@Authorized`: this is the object rule only.
 */
export async function actingOn(ctx: AppContext, em: EntityManager, id: number, lock: boolean): Promise<Supplier> {
  const viewer = requireViewer(ctx);
  const supplier = await em.findOne(Supplier, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!supplier || (viewer.role === Role.SUPPLIER && !isOwnSupplier(viewer, supplier))) throw notFound(`Supplier ${id}`);
  return supplier;
}

export async function updateSupplier(ctx: AppContext, id: number, input: UpdateSupplierInput): Promise<Supplier> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const supplier = await actingOn(ctx, em, id, true);
    // `null` is a change too: it clears an optional detail and is refused for a required one.
    const given = Object.keys(input).filter((k) => input[k as keyof UpdateSupplierInput] !== undefined);
    if (!given.length) throw badInput('Supplier update expects at least one change');
    const allowed = editableFields(viewer, supplier);
    const refused = given.filter((f) => !allowed.has(f));
    if (refused.length) {
      const fixed = ['registeredName', 'companiesHouseNumber', 'otherCompanyRegistrationNumber'];
      if (isOwnSupplier(viewer, supplier) && refused.every((f) => fixed.includes(f))) {
        throw conflict(`These details were confirmed and can no longer be changed: ${refused.join(', ')}. Contact support to correct a mistake.`, { fields: refused });
      }
      throw forbidden(`You cannot change ${refused.join(', ')}`, { fields: refused });
    }

    const errors: FieldErrors = {};
    const name = text(errors, 'name', input.name, 'your company name', { max: 255, required: input.name !== undefined });
    if (input.tradingStatus === null) errors.tradingStatus = 'Choose your trading status';
    if (input.organisationSize === null) errors.organisationSize = 'Choose your organisation size';
    if (input.registeredAddress === null) errors['registeredAddress.address1'] = 'Enter a building and street';
    if (input.description != null && words(input.description) > 50) errors.description = 'Your summary must be 50 words or fewer';
    const contactName = text(errors, 'contactName', input.contactName, 'a contact name', { max: 255, required: input.contactName !== undefined });
    const contactEmail = text(errors, 'contactEmail', input.contactEmail?.toLowerCase(), 'a contact email address', {
      max: 320,
      required: input.contactEmail !== undefined,
      pattern: EMAIL_PATTERN,
      patternMessage: 'Enter an email address in the correct format, like name@example.com',
    });
    const contactPhone = text(errors, 'contactPhone', input.contactPhone, 'a contact phone number', {
      max: 20,
      required: input.contactPhone !== undefined,
      pattern: PHONE,
      patternMessage: 'Enter a phone number, like 01632 960 001',
    });
    const registeredName = text(errors, 'registeredName', input.registeredName, 'the registered company name', { max: 255, required: input.registeredName !== undefined });
    const country = text(errors, 'registrationCountry', input.registrationCountry, 'the country of registration', {
      max: 20,
      required: input.registrationCountry !== undefined,
      pattern: COUNTRY,
      patternMessage: 'Choose a country from the list',
    });
    const chNumber = text(errors, 'companiesHouseNumber', input.companiesHouseNumber?.toUpperCase(), 'your Companies House number', {
      max: 8,
      required: input.companiesHouseNumber !== undefined,
      pattern: COMPANIES_HOUSE,
      patternMessage: 'Your Companies House number must be 8 characters: 2 digits or 2 letters, then 6 digits',
    });
    const otherNumber = text(errors, 'otherCompanyRegistrationNumber', input.otherCompanyRegistrationNumber, 'your registration number', {
      max: 255,
      required: input.otherCompanyRegistrationNumber !== undefined,
    });
    const vat = text(errors, 'vatNumber', input.vatNumber, 'your VAT number', { max: 30 });
    if (input.registeredAddress) {
      text(errors, 'registeredAddress.address1', input.registeredAddress.address1, 'a building and street', { max: 255, required: true });
      text(errors, 'registeredAddress.city', input.registeredAddress.city, 'a town or city', { max: 255, required: true });
      text(errors, 'registeredAddress.postcode', input.registeredAddress.postcode, 'a postcode', { max: 15, required: true });
    }
    if (chNumber && otherNumber) errors.companiesHouseNumber = 'Give a Companies House number or another registration number, not both';
    if (Object.keys(errors).length) throw badInput('Check the details you entered', errors);

    const now = ctx.clock.now();
    if (name) supplier.name = name;
    if (input.description !== undefined) supplier.description = input.description?.trim() || null;
    if (registeredName) supplier.registeredName = registeredName;
    if (country) supplier.registrationCountry = country;
    // Answering one registration number clears the other.
    if (chNumber) [supplier.companiesHouseNumber, supplier.otherCompanyRegistrationNumber] = [chNumber, null];
    if (otherNumber) [supplier.otherCompanyRegistrationNumber, supplier.companiesHouseNumber] = [otherNumber, null];
    if (input.vatNumber !== undefined) supplier.vatNumber = vat ?? null;
    if (input.tradingStatus) supplier.tradingStatus = input.tradingStatus;
    if (input.organisationSize) supplier.organisationSize = input.organisationSize;
    supplier.updatedAt = now;
    if (contactName || contactEmail || contactPhone || input.registeredAddress) {
      const primary = (await em.find(ContactInformation, { supplier: supplier.id }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
      if (!primary) throw conflict('This supplier has no contact to update');
      if (contactName) primary.contactName = contactName;
      if (contactEmail) primary.email = contactEmail;
      if (contactPhone) primary.phoneNumber = contactPhone;
      if (input.registeredAddress) {
        primary.address1 = input.registeredAddress.address1.trim();
        primary.city = input.registeredAddress.city.trim();
        primary.postcode = input.registeredAddress.postcode.trim().toUpperCase();
      }
    }
    // In-transaction subscribers: applications to open frameworks keep these details up to date.
    const update = Object.fromEntries(given.map((k) => [k, input[k as keyof UpdateSupplierInput]]));
    await publishEvent(
      ctx,
      em,
      recordAudit(em, now, { type: AuditType.SUPPLIER_UPDATE, actor: viewer, objectType: 'Supplier', objectId: supplier.id, data: { supplierId: supplier.id, update } }),
    );
    return supplier;
  });
}

/** The supplier confirms its company details; from then on the registered name and numbers are fixed. */
export async function confirmCompanyDetails(ctx: AppContext, id: number): Promise<Supplier> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    // Only supplier users get here (`@Authorized`), and only for their own supplier (`actingOn`).
    const supplier = await actingOn(ctx, em, id, true);
    const primary = (await em.find(ContactInformation, { supplier: supplier.id }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
    const { missing } = companyDetails(supplier, primary);
    if (missing.length) {
      throw badInput('Answer every company detail before confirming', Object.fromEntries(missing.map((m) => [m, 'Answer required'])));
    }
    const now = ctx.clock.now();
    supplier.companyDetailsConfirmed = true;
    supplier.updatedAt = now;
    // In-transaction subscribers: confirming also confirms them for every application to an open framework.
    const update = { companyDetailsConfirmed: true };
    await publishEvent(
      ctx,
      em,
      recordAudit(em, now, { type: AuditType.SUPPLIER_UPDATE, actor: viewer, objectType: 'Supplier', objectId: supplier.id, data: { supplierId: supplier.id, update } }),
    );
    return supplier;
  });
}
