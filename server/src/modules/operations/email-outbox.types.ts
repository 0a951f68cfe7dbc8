import { Field, Int, ObjectType } from 'type-graphql';
import { EmailMessage } from '../notifications/email-message.entity.js';

@ObjectType({ description: 'A page of the email outbox, newest first.' })
export class EmailOutboxPage {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  pageSize!: number;

  @Field(() => [EmailMessage])
  messages!: EmailMessage[];
}
