import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { ConnectionType } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { ContactInformation } from './contact-information.entity.js';
import { Supplier } from './supplier.entity.js';
import { CreateSupplierAccountInput, SupplierCompanyDetails, SupplierIdArgs, SuppliersArgs, UpdateSupplierInput } from './supplier.inputs.js';
import { primaryContactBySupplier } from './supplier.loaders.js';
import { canViewPrivateDetails } from './supplier.policy.js';
import * as suppliers from './supplier.service.js';

@ObjectType()
export class SupplierConnection extends ConnectionType(Supplier, 'Supplier') {}

/** Roles that may reach supplier mutations at all; the policy decides which supplier and which fields. */
const SUPPLIER_EDITORS = [Role.SUPPLIER, Role.ADMIN, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY];

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => SupplierConnection, { description: 'Active suppliers A–Z (by name, then id). Public.' })
  async suppliers(@Args(() => SuppliersArgs) args: SuppliersArgs, @Ctx() ctx: AppContext): Promise<SupplierConnection> {
    return suppliers.listSuppliers(ctx, args, args.first, args.after);
  }

  @Query(() => Supplier, { description: 'One supplier; NOT_FOUND when there is none. Public.' })
  async supplier(@Args(() => SupplierIdArgs) { id }: SupplierIdArgs, @Ctx() ctx: AppContext): Promise<Supplier> {
    return suppliers.getSupplier(ctx, Number(id));
  }

  @Query(() => String, {
    description: 'Checks the DUNS number of a supplier account about to be opened: 9 digits, and not already a supplier’s. Answers it as stored. Public.',
  })
  async checkDunsNumber(@Arg('dunsNumber', () => String) dunsNumber: string, @Ctx() ctx: AppContext): Promise<string> {
    return suppliers.checkDunsNumber(ctx, dunsNumber);
  }

  @Mutation(() => Supplier, { description: 'Opens a supplier account and emails the first user a link to create their login. Public.' })
  async createSupplierAccount(@Arg('input', () => CreateSupplierAccountInput) input: CreateSupplierAccountInput, @Ctx() ctx: AppContext): Promise<Supplier> {
    return suppliers.createSupplierAccount(ctx, input);
  }

  @Authorized(SUPPLIER_EDITORS)
  @Mutation(() => Supplier, { description: 'Changes supplier details; which fields depends on who you are and whether the details were confirmed.' })
  async updateSupplier(
    @Args(() => SupplierIdArgs) { id }: SupplierIdArgs,
    @Arg('input', () => UpdateSupplierInput) input: UpdateSupplierInput,
    @Ctx() ctx: AppContext,
  ): Promise<Supplier> {
    return suppliers.updateSupplier(ctx, Number(id), input);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => Supplier, { description: 'Confirms the company details (all must be answered); the registered name and numbers are then fixed.' })
  async confirmSupplierCompanyDetails(@Args(() => SupplierIdArgs) { id }: SupplierIdArgs, @Ctx() ctx: AppContext): Promise<Supplier> {
    return suppliers.confirmCompanyDetails(ctx, Number(id));
  }

  @FieldResolver(() => ContactInformation, { nullable: true, description: 'The contact buyers see.' })
  async contact(@Root() supplier: Supplier, @Ctx() ctx: AppContext): Promise<ContactInformation | undefined> {
    return ctx.loaders.get(primaryContactBySupplier).load(supplier.id);
  }

  @FieldResolver(() => SupplierCompanyDetails, { nullable: true, description: 'Null unless you are this supplier or an admin who works on suppliers.' })
  async companyDetails(@Root() supplier: Supplier, @Ctx() ctx: AppContext): Promise<SupplierCompanyDetails | null> {
    if (!canViewPrivateDetails(ctx.viewer, supplier)) return null;
    return suppliers.companyDetails(supplier, await ctx.loaders.get(primaryContactBySupplier).load(supplier.id));
  }
}
