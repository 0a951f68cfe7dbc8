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
}
