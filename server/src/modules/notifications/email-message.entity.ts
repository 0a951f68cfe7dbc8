import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum EmailStatus {
  QUEUED = 'queued',
  SENT = 'sent',
  /** No SMTP server configured: kept in the development outbox instead of sent. */
  KEPT = 'kept',
  FAILED = 'failed',
}
registerEnumType(EmailStatus, { name: 'EmailStatus' });

/** An email the service sends, kept with its delivery status. */
@ObjectType()
@Entity({ tableName: 'email_messages' })
export class EmailMessage {
  [OptionalProps]?: 'status' | 'attempts';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 320 })
  @Index()
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  template!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  subject!: string;

  /** The body may hold a one-time link: never exposed through the API or logged. */
  @Property({ type: 'text' })
  text!: string;

  /** Stored documents sent with the email (read from the document storage when sending). */
  @Property({ type: 'json', nullable: true })
  attachments?: Array<{ storageKey: string; fileName: string; contentType: string }> | null;

  @Field(() => EmailStatus)
  @Enum({ items: () => EmailStatus, nativeEnumName: 'email_status', default: EmailStatus.QUEUED })
  status: EmailStatus = EmailStatus.QUEUED;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  @Property({ type: 'smallint', default: 0 })
  attempts: number = 0;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'string', length: 255, nullable: true })
  providerMessageId?: string | null;

  @Field(() => String, { nullable: true, description: "The mail server's error on the last failed attempt." })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;
}
