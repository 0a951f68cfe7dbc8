import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { badInput } from '../../app/errors.js';
import { Role } from '../../shared/role.js';
import { FrameworkAgreement } from './framework-agreement.entity.js';
import { AgreementStatus, agreementStatus } from './framework-agreement.status.js';
import { actOnAgreement, currentAgreement, listAgreements, signAgreement } from './framework-agreement.service.js';
import { SupplierFramework } from './supplier-framework.entity.js';

@ArgsType()
class SignArgs {
  @Field(() => String) @MaxLength(100) frameworkSlug!: string;
  @Field(() => String) @MaxLength(300) signerName!: string;
  @Field(() => String) @MaxLength(300) signerRole!: string;
}

const agreementId = (id: string) => {
  if (!/^\d{1,9}$/.test(id)) throw badInput('id must be an agreement id', { id: 'Enter an agreement id' });
  return Number(id);
};

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

  @Authorized([Role.SUPPLIER])
  @Mutation(() => FrameworkAgreement, { description: 'Signs your framework agreement online (on the framework, standstill or live).' })
  async signFrameworkAgreement(@Args(() => SignArgs) args: SignArgs, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return signAgreement(ctx, args);
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async putFrameworkAgreementOnHold(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementId(id), 'hold');
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async approveFrameworkAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementId(id), 'approve');
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async unapproveFrameworkAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementId(id), 'unapprove');
  }

  @Authorized([Role.ADMIN_CCS_SOURCING])
  @Mutation(() => FrameworkAgreement)
  async countersignFrameworkAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<FrameworkAgreement> {
    return actOnAgreement(ctx, agreementId(id), 'countersign');
  }

  @FieldResolver(() => AgreementStatus)
  status(@Root() agreement: FrameworkAgreement): AgreementStatus {
    return agreementStatus(agreement);
  }
}

@Resolver(() => SupplierFramework)
export class ApplicationAgreementResolver {
  @FieldResolver(() => FrameworkAgreement, { nullable: true, description: 'The current framework agreement, once signed.' })
  async agreement(@Root() application: SupplierFramework, @Ctx() ctx: AppContext): Promise<FrameworkAgreement | null> {
    return currentAgreement(ctx.em, application);
  }
}
