import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Role } from '../../shared/role.js';
import { Document, DocumentPurpose, documentFor } from '../documents/index.js';
import { FrameworkAgreement } from './framework-agreement.entity.js';
import { agreementIdArg, SignArgs } from './framework-agreement.inputs.js';
import { AgreementStatus, agreementStatus } from './framework-agreement.status.js';
import { actOnAgreement, agreementsToCountersign, currentAgreement, listAgreements, signAgreement } from './framework-agreement.service.js';
import { SupplierFramework } from './supplier-framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { supplierById } from '../suppliers/supplier.loaders.js';

@Resolver(() => FrameworkAgreement)
export class FrameworkAgreementResolver {
  @Authorized([Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY])
  @Query(() => [FrameworkAgreement], { description: 'Signed agreements of a framework, oldest first.' })
  async frameworkAgreements(
    @Arg('frameworkSlug', () => String) frameworkSlug: string,
    @Arg('status', () => AgreementStatus, { nullable: true }) status: AgreementStatus | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<FrameworkAgreement[]> {
    return listAgreements(ctx, frameworkSlug, status ?? undefined);
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Query(() => Int, { description: 'Agreements approved and waiting for a countersignature, on every framework (the sourcing home count).' })
  agreementsToCountersign(@Ctx() ctx: AppContext): Promise<number> {
    return agreementsToCountersign(ctx);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => FrameworkAgreement, { description: 'Signs your framework agreement online (on the framework, standstill or live).' })
  async signFrameworkAgreement(@Args(() => SignArgs) args: SignArgs, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return signAgreement(ctx, args);
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async putFrameworkAgreementOnHold(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementIdArg(id), 'hold');
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async approveFrameworkAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementIdArg(id), 'approve');
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async unapproveFrameworkAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementIdArg(id), 'unapprove');
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async countersignFrameworkAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementIdArg(id), 'countersign');
  }

  @FieldResolver(() => AgreementStatus)
  status(@Root() agreement: FrameworkAgreement): AgreementStatus {
    return agreementStatus(agreement);
  }

  @FieldResolver(() => Supplier, { description: 'The supplier whose agreement this is (AD11 lists agreements by supplier).' })
  async supplier(@Root() agreement: FrameworkAgreement, @Ctx() ctx: AppContext): Promise<Supplier> {
    const application = agreement.application.isInitialized() ? agreement.application.getEntity() : await ctx.em.findOneOrFail(SupplierFramework, agreement.application.id);
    return (await ctx.loaders.get(supplierById).load(application.supplier.id))!;
  }

  @FieldResolver(() => Document, { nullable: true, description: "The supplier's signature page, generated shortly after signing; null until then." })
  async signaturePage(@Root() agreement: FrameworkAgreement, @Ctx() ctx: AppContext): Promise<Document | null> {
    return documentFor(ctx.em, DocumentPurpose.SIGNATURE_PAGE, agreement.id);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The countersigned agreement, generated shortly after CCS countersigns; null until then.' })
  async countersignedAgreement(@Root() agreement: FrameworkAgreement, @Ctx() ctx: AppContext): Promise<Document | null> {
    return documentFor(ctx.em, DocumentPurpose.COUNTERSIGNED_AGREEMENT, agreement.id);
  }
}

@Resolver(() => SupplierFramework)
export class ApplicationAgreementResolver {
  @FieldResolver(() => FrameworkAgreement, { nullable: true, description: 'The current framework agreement, once signed.' })
  async agreement(@Root() application: SupplierFramework, @Ctx() ctx: AppContext): Promise<FrameworkAgreement | null> {
    return currentAgreement(ctx.em, application);
  }
}
