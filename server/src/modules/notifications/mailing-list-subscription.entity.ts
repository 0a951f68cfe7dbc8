import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * An address signed up for Digital Marketplace email alerts (A12). The original service handed it
 * to Mailchimp; no mailing-list provider is reachable from here, so the list is kept in our own
 * database. The address is stored lower-case, once.
 */
@ObjectType({ description: 'An address signed up for Digital Marketplace email alerts.' })
@Entity({ tableName: 'mailing_list_subscriptions' })
export class MailingListSubscription {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
