import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventConnection, AuditEventsArgs } from './audit.inputs.js';
import { auditEvent, listAuditEvents } from './audit.service.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(rolesFor(Permission.VIEW_AUDIT_EVENTS))
  @Query(() => AuditEventConnection, { description: 'Audit events, newest first, filtered.' })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: AppContext): Promise<AuditEventConnection> {
    return listAuditEvents(ctx, args, args.first, args.after);
  }

  @Authorized(rolesFor(Permission.VIEW_AUDIT_EVENTS))
  @Query(() => AuditEvent, { description: 'One audit event; NOT_FOUND when there is none.' })
  async auditEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<AuditEvent> {
    return auditEvent(ctx, /^\d{1,10}$/.test(id) ? Number(id) : 0);
  }
}
