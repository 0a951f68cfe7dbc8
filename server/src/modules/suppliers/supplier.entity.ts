import { Collection, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ContactInformation } from './contact-information.entity.js';

export enum OrganisationSize {
  MICRO = 'micro',
  SMALL = 'small',
  MEDIUM = 'medium',
  LARGE = 'large',
}
registerEnumType(OrganisationSize, { name: 'OrganisationSize' });

export enum TradingStatus {
  LIMITED_COMPANY = 'limited company (LTD)',
  LIMITED_LIABILITY_COMPANY = 'limited liability company (LLC)',
  PUBLIC_LIMITED_COMPANY = 'public limited company (PLC)',
  LIMITED_LIABILITY_PARTNERSHIP = 'limited liability partnership (LLP)',
  SOLE_TRADER = 'sole trader',
  PUBLIC_BODY = 'public body',
  OTHER = 'other',
}
registerEnumType(TradingStatus, { name: 'TradingStatus' });

/** Supplier ids are public (they appear in service ids and URLs) and start where the original's did. */
export const FIRST_SUPPLIER_ID = 700_000;

/**
 * A company that sells through the marketplace. Buyers see the trading name, summary and contact;
 * the registered details are for framework applications and are fixed once confirmed.
 */
@ObjectType({ description: 'A company selling through the marketplace.' })
@Entity({ tableName: 'suppliers' })
export class Supplier {
  [OptionalProps]?: 'companyDetailsConfirmed' | 'active' | 'contacts';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Trading name.' })
  @Property({ type: 'string', length: 255 })
  @Index()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Summary for buyers (50 words at most).' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 9, unique: true })
  dunsNumber!: string;

  @Property({ type: 'string', length: 8, nullable: true })
  companiesHouseNumber?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  otherCompanyRegistrationNumber?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  registeredName?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  registrationCountry?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  vatNumber?: string | null;

  @Enum({ items: () => OrganisationSize, nativeEnumName: 'organisation_size', nullable: true })
  organisationSize?: OrganisationSize | null;

  @Enum({ items: () => TradingStatus, nativeEnumName: 'trading_status', nullable: true })
  tradingStatus?: TradingStatus | null;

  @Property({ type: 'boolean', default: false })
  companyDetailsConfirmed: boolean = false;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @OneToMany(() => ContactInformation, (c) => c.supplier, { orderBy: { id: 'asc' } })
  contacts = new Collection<ContactInformation>(this);

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
