import { Args, ArgsType, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { AppContext } from '../../app/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { AuditEvent } from './audit-event.entity.js';
import { listAuditEvents } from './audit.service.js';
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

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(rolesFor(Permission.VIEW_AUDIT_EVENTS))
  @Query(() => AuditEventConnection, { description: 'Audit events, newest first, filtered.' })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: AppContext): Promise<AuditEventConnection> {
    return listAuditEvents(ctx, args, args.first, args.after);
  }
}
