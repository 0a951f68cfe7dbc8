import { GraphQLJSON, GraphQLJSONObject } from '../../shared/json.js';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { forbidden } from '../../app/errors.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditEventConnection } from '../audit/audit.inputs.js';
import { Framework, FrameworkFamily } from '../frameworks/framework.entity.js';
import { frameworkById, lotById } from '../frameworks/framework.loaders.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { supplierById } from '../suppliers/supplier.loaders.js';
import { SupplierConnection } from '../suppliers/supplier.resolver.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { ArchivedService } from './archived-service.entity.js';
import { DisplaySection, displaySections, priceText } from '../frameworks/content/display.js';
import { Service, ServiceStatus } from './service.entity.js';
import { serviceByPublicId, servicesBySupplier } from './service.loaders.js';
import {
  archivedServiceIdArg,
  ArchivedServicesArgs,
  diffVersionArgs,
  GCloudSuppliersArgs,
  reasonArg,
  ServiceIdArgs,
  ServicesArgs,
  SuspendArgs,
  TransferServiceArgs,
} from './service.inputs.js';
import { canReviewServiceUpdates, canViewAnyService, isServiceOwner, Unavailability } from './service.policy.js';
import * as services from './service.service.js';

registerEnumType(Unavailability, {
  name: 'ServiceUnavailabilityReason',
  valuesConfig: {
    FRAMEWORK_EXPIRED: { description: 'The framework expired: existing contracts stay valid.' },
    REMOVED_BY_SUPPLIER: { description: 'The supplier stopped offering it.' },
    REMOVED_BY_ADMIN: { description: 'The Crown Commercial Service suspended it.' },
  },
});

@ObjectType({ description: 'Why and since when a service cannot be bought.' })
class ServiceUnavailability {
  @Field(() => Unavailability)
  reason!: Unavailability;

  @Field(() => Date, { nullable: true })
  since!: Date | null;
}

@ObjectType({ description: 'One answer that differs between two versions of a service.' })
class ServiceAnswerChange {
  @Field(() => String, { description: 'The answer key (question id).' })
  questionId!: string;

  @Field(() => String, { description: 'The question, as the content words it.' })
  question!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

@ObjectType()
class ServiceConnection extends ConnectionType(Service, 'Service') {}

@ObjectType()
class ArchivedServiceConnection extends ConnectionType(ArchivedService, 'ArchivedService') {}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { description: 'A service by its public id. GONE when it can no longer be bought, NOT_FOUND when it does not exist for you. Public.' })
  async service(@Args(() => ServiceIdArgs) { id }: ServiceIdArgs, @Ctx() ctx: AppContext): Promise<Service> {
    return services.getService(ctx, id);
  }

  @Query(() => SupplierConnection, {
    description: 'The G-Cloud supplier A to Z: active suppliers with a service buyers can buy on a live G-Cloud framework, by name, a page at a time. Public.',
  })
  async gCloudSuppliers(@Args(() => GCloudSuppliersArgs) args: GCloudSuppliersArgs, @Ctx() ctx: AppContext): Promise<SupplierConnection> {
    return services.listGCloudSuppliers(ctx, args.prefix, args.page, args.first);
  }

  @Authorized(rolesFor(Permission.VIEW_SERVICES))
  @Query(() => ServiceConnection, { description: 'Services in any status, newest first (admins).' })
  async services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: AppContext): Promise<ServiceConnection> {
    return services.listServices(ctx, { ...args, supplierId: args.supplierId === undefined ? undefined : Number(args.supplierId) }, args.first, args.after);
  }

  @Authorized(rolesFor(Permission.VIEW_SERVICES))
  @Query(() => ArchivedServiceConnection, { description: 'The versions of a service, oldest first (admins).' })
  async archivedServices(@Args(() => ArchivedServicesArgs) args: ArchivedServicesArgs, @Ctx() ctx: AppContext): Promise<ArchivedServiceConnection> {
    return services.listArchivedServices(ctx, args.serviceId, args.first, args.after);
  }

  @Authorized(rolesFor(Permission.REVIEW_SERVICE_UPDATES))
  @Query(() => AuditEventConnection, { description: 'Services with supplier edits to review: the earliest unreviewed edit of each, oldest first.' })
  async serviceUpdatesToReview(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: AppContext): Promise<AuditEventConnection> {
    return services.listServiceUpdatesToReview(ctx, args.first, args.after);
  }

  @Authorized([Role.SUPPLIER, ...rolesFor(Permission.EDIT_SERVICES)])
  @Mutation(() => Service, { description: 'Changes answers of a live service: suppliers the questions they may edit after award (reviewed later), admins any.' })
  async updateService(
    @Args(() => ServiceIdArgs) { id }: ServiceIdArgs,
    @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>,
    @Ctx() ctx: AppContext,
  ): Promise<Service> {
    return services.updateService(ctx, id, answers);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => Service, { description: 'Stops offering one of your live G-Cloud services.' })
  async removeService(@Args(() => ServiceIdArgs) { id }: ServiceIdArgs, @Ctx() ctx: AppContext): Promise<Service> {
    return services.removeService(ctx, id);
  }

  @Authorized(rolesFor(Permission.EDIT_SERVICES))
  @Mutation(() => Service, { description: 'Publishes, removes (DISABLED) or deletes a service.' })
  async setServiceStatus(
    @Args(() => ServiceIdArgs) { id }: ServiceIdArgs,
    @Arg('status', () => ServiceStatus) status: ServiceStatus,
    @Arg('reason', () => String, { nullable: true, description: 'Why (kept in the audit event); when given, it must not be blank. 500 characters at most.' })
    reason: string | null | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Service> {
    return services.setServiceStatus(ctx, id, status, reasonArg(reason, false));
  }

  @Authorized(rolesFor(Permission.EDIT_SERVICES))
  @Mutation(() => Service, {
    description: 'Novation: moves a live service on a live framework to another active supplier, with its documents. Audited with both suppliers and the reason; search follows.',
  })
  async transferService(@Args(() => TransferServiceArgs) args: TransferServiceArgs, @Ctx() ctx: AppContext): Promise<Service> {
    return services.transferService(ctx, args.id, Number(args.toSupplierId), reasonArg(args.reason, true)!);
  }

  @Authorized(rolesFor(Permission.EDIT_SERVICES))
  @Mutation(() => [Service], { description: "Suspends (or un-suspends) all of a supplier's services on a live framework." })
  async setSupplierServicesSuspended(@Args(() => SuspendArgs) args: SuspendArgs, @Ctx() ctx: AppContext): Promise<Service[]> {
    return services.setSupplierServicesSuspended(ctx, Number(args.supplierId), args.frameworkSlug, args.suspended);
  }

  @Authorized(rolesFor(Permission.EDIT_SERVICES))
  @Mutation(() => Service, { description: 'Puts back the answers of an earlier version.' })
  async revertService(@Args(() => ServiceIdArgs) { id }: ServiceIdArgs, @Arg('archivedServiceId', () => ID) archivedServiceId: string, @Ctx() ctx: AppContext): Promise<Service> {
    return services.revertService(ctx, id, archivedServiceIdArg(archivedServiceId));
  }

  @Authorized(rolesFor(Permission.REVIEW_SERVICE_UPDATES))
  @Mutation(() => [AuditEvent], { description: 'Approves a supplier edit and every earlier unreviewed edit of the service; returns the edits approved.' })
  async acknowledgeServiceUpdates(
    @Args(() => ServiceIdArgs) { id }: ServiceIdArgs,
    @Arg('auditEventId', () => Int) auditEventId: number,
    @Ctx() ctx: AppContext,
  ): Promise<AuditEvent[]> {
    return services.acknowledgeServiceUpdates(ctx, id, auditEventId);
  }

  @FieldResolver(() => Supplier)
  async supplier(@Root() service: Service, @Ctx() ctx: AppContext): Promise<Supplier> {
    return (await ctx.loaders.get(supplierById).load(service.supplier.id))!;
  }

  @FieldResolver(() => Framework)
  async framework(@Root() service: Service, @Ctx() ctx: AppContext): Promise<Framework> {
    return (await ctx.loaders.get(frameworkById).load(service.framework.id))!;
  }

  @FieldResolver(() => Lot)
  async lot(@Root() service: Service, @Ctx() ctx: AppContext): Promise<Lot> {
    return (await ctx.loaders.get(lotById).load(service.lot.id))!;
  }

  @FieldResolver(() => [DisplaySection], { description: 'The answers as buyers read them, in the sections of the display manifest; empty sections left out.' })
  async displaySections(@Root() service: Service, @Ctx() ctx: AppContext): Promise<DisplaySection[]> {
    const [framework, lot] = await Promise.all([ctx.loaders.get(frameworkById).load(service.framework.id), ctx.loaders.get(lotById).load(service.lot.id)]);
    return displaySections(ctx.content, framework!.slug, 'display_service', lot!.slug, service.data);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The address of its page on the public site (G-Cloud services, whose page buyers see while the framework is live or expired); null for others.',
  })
  async publicUrl(@Root() service: Service, @Ctx() ctx: AppContext): Promise<string | null> {
    const framework = (await ctx.loaders.get(frameworkById).load(service.framework.id))!;
    if (framework.family !== FrameworkFamily.G_CLOUD) return null;
    return `${ctx.config.WEB_URL}/g-cloud/services/${encodeURIComponent(service.serviceId)}`;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The indicative price in words, e.g. "£100 to £200 a user a month".' })
  price(@Root() service: Service): string | null {
    return priceText(service.data);
  }

  @FieldResolver(() => ServiceUnavailability, { nullable: true, description: 'Why buyers cannot buy it and since when; null while it is buyable (or deleted).' })
  async unavailability(@Root() service: Service, @Ctx() ctx: AppContext): Promise<ServiceUnavailability | null> {
    return services.unavailabilityOf(ctx, service, (await ctx.loaders.get(frameworkById).load(service.framework.id))!);
  }

  @FieldResolver(() => [ServiceAnswerChange], { description: 'What changed between two versions (`to` defaults to the service now). Admins who view services.' })
  async diff(
    @Root() service: Service,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID, { nullable: true }) to: string | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<ServiceAnswerChange[]> {
    if (!canViewAnyService(ctx.viewer)) throw forbidden();
    const versions = diffVersionArgs(from, to);
    return services.diffService(ctx, service, versions.from, versions.to);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When the earliest supplier edit the Crown Commercial Service has not reviewed yet was made; null when none. For the service's supplier and reviewers.",
  })
  async editsAwaitingReviewSince(@Root() service: Service, @Ctx() ctx: AppContext): Promise<Date | null> {
    if (!canReviewServiceUpdates(ctx.viewer) && !isServiceOwner(ctx.viewer, service.supplier.id)) return null;
    return (await services.pendingUpdates(ctx.em, service.serviceId))[0]?.createdAt ?? null;
  }

  @FieldResolver(() => AuditEvent, {
    nullable: true,
    description:
      'Its last status change (who, when; data: oldStatus, newStatus, reason), for "Removed by … on …". Null when it never changed, or for anyone but admins who view services.',
  })
  async lastStatusChange(@Root() service: Service, @Ctx() ctx: AppContext): Promise<AuditEvent | null> {
    if (!canViewAnyService(ctx.viewer)) return null;
    return services.lastStatusChangeEvent(ctx.em, service.serviceId);
  }

  @FieldResolver(() => [AuditEvent], { nullable: true, description: 'Supplier edits not yet reviewed, oldest first; null unless you review service edits.' })
  async pendingUpdates(@Root() service: Service, @Ctx() ctx: AppContext): Promise<AuditEvent[] | null> {
    if (!canReviewServiceUpdates(ctx.viewer)) return null;
    return services.pendingUpdates(ctx.em, service.serviceId);
  }
}

@Resolver(() => Supplier)
export class SupplierServicesResolver {
  @FieldResolver(() => [Service], {
    description: "The supplier's services by framework, lot and name. The public sees live G-Cloud services; the supplier and admins see every status but deleted.",
  })
  async services(
    @Root() supplier: Supplier,
    @Arg('frameworkSlug', () => String, { nullable: true }) frameworkSlug: string | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Service[]> {
    const publicOnly = !canViewAnyService(ctx.viewer) && !isServiceOwner(ctx.viewer, supplier.id);
    return ctx.loaders.get(servicesBySupplier).load({ supplierId: supplier.id, frameworkSlug: frameworkSlug ?? null, publicOnly });
  }
}

@Resolver(() => AuditEvent)
export class AuditEventServiceResolver {
  @FieldResolver(() => Service, { nullable: true, description: 'The service the event is about, if any.' })
  async service(@Root() event: AuditEvent, @Ctx() ctx: AppContext): Promise<Service | undefined> {
    if (event.objectType !== 'Service' || !event.objectId) return undefined;
    return ctx.loaders.get(serviceByPublicId).load(event.objectId);
  }
}
