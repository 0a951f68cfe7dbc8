import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/** A public-sector email domain whose people may create buyer accounts (matches subdomains too). */
@ObjectType()
@Entity({ tableName: 'buyer_email_domains' })
export class BuyerEmailDomain {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 255, unique: true })
  domain!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * The approved domain that qualifies an address, the most specific when several do:
 * `a.b.gov.uk` is allowed by `gov.uk` and by `b.gov.uk` (which qualifies it), but not by `ab.gov.uk`.
 */
export function domainAllowed(email: string, allowed: readonly string[]): string | undefined {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return allowed.filter((a) => `.${domain}`.endsWith(`.${a.toLowerCase()}`)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Suffixes anyone can buy a domain under: approving one would let anybody open a buyer account, so
 * an admin may add an organisation's own domain beneath them but never the suffix itself.
 */
export const PUBLICLY_PURCHASABLE_SUFFIXES: readonly string[] = [
  'uk',
  'co.uk',
  'org.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'net.uk',
  'sch.uk',
  'scot',
  'wales',
  'cymru',
  'london',
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'eu',
  'me',
  'online',
  'site',
  'app',
  'dev',
  'email',
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.co.uk',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'aol.com',
  'btinternet.com',
];

/** The block-listed suffix a domain is, if it is one (so the refusal can name it). */
export const publiclyPurchasableSuffix = (domain: string): string | undefined => PUBLICLY_PURCHASABLE_SUFFIXES.find((s) => s === domain.toLowerCase());
