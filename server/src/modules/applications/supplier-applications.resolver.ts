import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { applicationsBySupplier, draftCountsByApplication } from './application.loaders.js';
import { canListApplications } from './application.policy.js';
import { SupplierFramework } from './supplier-framework.entity.js';

@ObjectType({ description: "How many of an application's draft services are in each status." })
export class DraftServiceCounts {
  @Field(() => Int, { description: 'Drafts not yet marked as complete.' }) notSubmitted!: number;
  @Field(() => Int, { description: 'Drafts marked as complete (submitted at the deadline).' }) submitted!: number;
  @Field(() => Int, { description: 'Completed drafts on a lot the supplier was not accepted on.' }) failed!: number;
}

/** A supplier's applications, for its dashboard and the admins who run applications. */
@Resolver(() => Supplier)
export class SupplierApplicationsResolver {
  @FieldResolver(() => [SupplierFramework], {
    nullable: true,
    description: "The supplier's framework applications (oldest framework first); null unless you are this supplier or an admin who works on applications.",
  })
  async frameworkApplications(@Root() supplier: Supplier, @Ctx() ctx: AppContext): Promise<SupplierFramework[] | null> {
    if (!ctx.viewer || !canListApplications(ctx.viewer, supplier.id)) return null;
    return ctx.loaders.get(applicationsBySupplier).load(supplier.id);
  }
}

@Resolver(() => SupplierFramework)
export class ApplicationDraftCountsResolver {
  @FieldResolver(() => DraftServiceCounts, { description: "How many of the application's draft services are in each status." })
  async draftServiceCounts(@Root() application: SupplierFramework, @Ctx() ctx: AppContext): Promise<DraftServiceCounts> {
    return ctx.loaders.get(draftCountsByApplication).load({ supplierId: application.supplier.id, frameworkId: application.framework.id });
  }
}
