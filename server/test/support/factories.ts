import type { EntityManager } from '@mikro-orm/postgresql';
import { ContactInformation } from '../../src/modules/suppliers/contact-information.entity.js';
import { OrganisationSize, Supplier, TradingStatus } from '../../src/modules/suppliers/supplier.entity.js';
import { BuyerEmailDomain } from '../../src/modules/users/buyer-email-domain.entity.js';
import { hashPassword } from '../../src/modules/users/passwords.js';
import { Role, isAdminRole } from '../../src/shared/role.js';
import { User } from '../../src/modules/users/user.entity.js';

export const PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;

/** A user with the test password, on a domain their role accepts. */
export async function makeUser(em: EntityManager, fields: Partial<User> & { role: Role }): Promise<User> {
  passwordHash ??= hashPassword(PASSWORD);
  const n = Math.random().toString(36).slice(2, 8);
  const domain = isAdminRole(fields.role) ? 'crowncommercial.gov.uk' : fields.role === Role.BUYER ? 'example.gov.uk' : 'supplier.example.com';
  const now = new Date('2024-01-01T00:00:00Z');
  const user = em.create(User, {
    name: `Test ${fields.role} ${n}`,
    email: `${fields.role}.${n}@${domain}`,
    passwordHash: await passwordHash,
    passwordChangedAt: now,
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
  await em.flush();
  return user;
}

export async function allowBuyerDomain(em: EntityManager, domain: string): Promise<void> {
  em.create(BuyerEmailDomain, { domain, createdAt: new Date() });
  await em.flush();
}

let duns = 100_000_000;

/** A supplier with a primary contact. */
export async function makeSupplier(em: EntityManager, fields: Partial<Supplier> = {}): Promise<Supplier> {
  const now = new Date('2024-01-01T00:00:00Z');
  duns += 1 + Math.floor(Math.random() * 1000);
  // A supplier whose details are confirmed has every company detail answered, as confirming requires.
  const complete = fields.companyDetailsConfirmed
    ? {
        registeredName: `Supplier ${duns} Ltd`,
        registrationCountry: 'country:GB',
        companiesHouseNumber: `AB${String(duns).slice(-6)}`,
        tradingStatus: TradingStatus.LIMITED_COMPANY,
        organisationSize: OrganisationSize.SMALL,
      }
    : {};
  const supplier = em.create(Supplier, { name: `Supplier ${duns}`, dunsNumber: String(duns), createdAt: now, updatedAt: now, ...complete, ...fields });
  em.create(ContactInformation, {
    supplier,
    contactName: 'Casey Contact',
    email: `contact@${duns}.example.com`,
    phoneNumber: '01632 960 001',
    ...(fields.companyDetailsConfirmed ? { address1: '1 Test Street', city: 'Testville', postcode: 'TE1 1ST' } : {}),
  });
  await em.flush();
  return supplier;
}
