import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { EmailStatus } from '../notifications/email-message.entity.js';

@ArgsType()
export class EmailOutboxArgs {
  @Field(() => EmailStatus, { nullable: true, description: 'Only emails in this delivery state.' })
  @IsOptional()
  status?: EmailStatus;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10_000)
  page: number = 1;
}
