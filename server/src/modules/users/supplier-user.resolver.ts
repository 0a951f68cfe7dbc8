import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { SupplierIdArgs } from '../suppliers/supplier.inputs.js';
import { supplierById } from '../suppliers/supplier.loaders.js';
import * as team from './supplier-user.service.js';
import { User } from './user.entity.js';
import { UserIdArgs } from './user.inputs.js';

/** A supplier's users: the `Supplier.users` field and the team mutations. */
@Resolver(() => Supplier)
export class SupplierUsersResolver {
  @Authorized([Role.SUPPLIER, Role.ADMIN, Role.ADMIN_CCS_CATEGORY])
  @Mutation(() => Boolean, { description: 'Emails a colleague a link to join the supplier.' })
  async inviteSupplierUser(@Args(() => SupplierIdArgs) { id }: SupplierIdArgs, @Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return team.inviteSupplierUser(ctx, Number(id), email);
  }

  @Authorized(rolesFor(Permission.MOVE_SUPPLIER_USERS))
  @Mutation(() => User, {
    description: 'Moves an existing supplier user (by email) to this supplier as an active user; BAD_USER_INPUT (fieldErrors.email) for an unknown address, a buyer or an admin.',
  })
  async moveUserToSupplier(@Args(() => SupplierIdArgs) { id }: SupplierIdArgs, @Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<User> {
    return team.moveUserToSupplier(ctx, Number(id), email);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => User, { description: 'Removes a colleague from your supplier; they can no longer sign in.' })
  async deactivateSupplierUser(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: AppContext): Promise<User> {
    return team.deactivateSupplierUser(ctx, Number(id));
  }

  @FieldResolver(() => [User], { nullable: true, description: 'Active users by name; null unless you are this supplier or an admin who works on suppliers.' })
  async users(
    @Root() supplier: Supplier,
    @Ctx() ctx: AppContext,
    @Arg('includeDeactivated', () => Boolean, { defaultValue: false, description: 'Deactivated users too (to reactivate them).' }) includeDeactivated: boolean,
  ): Promise<User[] | null> {
    return team.supplierUsers(ctx, supplier, includeDeactivated);
  }
}

@Resolver(() => User)
export class UserSupplierResolver {
  @FieldResolver(() => Supplier, { nullable: true, description: 'The company a supplier user works for.' })
  async supplier(@Root() user: User, @Ctx() ctx: AppContext): Promise<Supplier | undefined> {
    return user.supplier ? ctx.loaders.get(supplierById).load(user.supplier.id) : undefined;
  }
}
