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
