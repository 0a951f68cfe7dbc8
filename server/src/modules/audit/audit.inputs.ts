import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditType } from './audit.types.js';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditType, { nullable: true })
  @IsOptional()
  type?: AuditType;

  @Field(() => String, { nullable: true, description: 'e.g. "User", "Service".' })
  @IsOptional()
  @MaxLength(50)
  objectType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  objectId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  acknowledged?: boolean;

  @Field(() => String, { nullable: true, description: 'The email of the user who acted (any case).' })
  @IsOptional()
  @MaxLength(320)
  actorEmail?: string;

  @Field(() => String, { nullable: true, description: 'Events on or after this UK day, as YYYY-MM-DD.' })
  @IsOptional()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Events on or before this UK day, as YYYY-MM-DD (BAD_USER_INPUT if before `from`).' })
  @IsOptional()
  to?: string;
}
