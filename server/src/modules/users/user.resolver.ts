import { Arg, Args, Authorized, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { ConnectionType } from '../../shared/pagination.js';
import { BuyerEmailDomain } from './buyer-email-domain.entity.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { User } from './user.entity.js';
import {
  AccountLink,
  ChangePasswordInput,
  CreateAccountInput,
  InviteAdminUserInput,
  ResetPasswordInput,
  SignInInput,
  UpdateAdminUserInput,
  UserIdArgs,
  UsersArgs,
} from './user.inputs.js';
import * as accounts from './account.service.js';
import * as domains from './buyer-email-domain.service.js';
import * as passwords from './password.service.js';
import * as sessions from './session.service.js';
import * as users from './user.service.js';

@ObjectType()
export class UserConnection extends ConnectionType(User, 'User') {}

const ALL_ROLES = Object.values(Role);

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null. Public.' })
  async viewer(@Ctx() ctx: AppContext): Promise<User | null> {
    return sessions.getViewerUser(ctx);
  }

  @Mutation(() => User, { description: 'Signs in on the site the request came through and sets the session cookie. Public.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: AppContext): Promise<User> {
    return sessions.signIn(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session. Public.' })
  async signOut(@Ctx() ctx: AppContext): Promise<boolean> {
    return sessions.signOut(ctx);
  }

  @Mutation(() => Boolean, { description: 'Emails a link to create a buyer account (public-sector domains only). Public.' })
  async requestBuyerAccount(@Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return accounts.requestBuyerAccount(ctx, email);
  }

  @Query(() => AccountLink, { description: 'The address and role an account link was sent for. Public.' })
  async accountLink(@Arg('token', () => String) token: string, @Ctx() ctx: AppContext): Promise<AccountLink> {
    return accounts.describeAccountLink(ctx, token);
  }

  @Mutation(() => User, { description: 'Creates the account an emailed link is for. Public (the link is the credential).' })
  async createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: AppContext): Promise<User> {
    return accounts.createAccount(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Emails a password reset link if the address has an account; always true. Public.' })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return passwords.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link. Public (the link is the credential).' })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: AppContext): Promise<boolean> {
    return passwords.resetPassword(ctx, input);
  }

  @Authorized(ALL_ROLES)
  @Mutation(() => Boolean)
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: AppContext): Promise<boolean> {
    return passwords.changePassword(ctx, input);
  }

  @Authorized(ALL_ROLES)
  @Mutation(() => User, { description: 'Joins (true) or leaves (false) the user research mailing list: your own account.' })
  async setUserResearchOptIn(@Arg('optedIn', () => Boolean) optedIn: boolean, @Ctx() ctx: AppContext): Promise<User> {
    return users.setUserResearchOptIn(ctx, optedIn);
  }

  @Authorized(rolesFor(Permission.MANAGE_ADMIN_USERS))
  @Mutation(() => Boolean, { description: 'Invites a colleague to the admin site with a role.' })
  async inviteAdminUser(@Arg('input', () => InviteAdminUserInput) input: InviteAdminUserInput, @Ctx() ctx: AppContext): Promise<boolean> {
    return accounts.inviteAdminUser(ctx, input);
  }

  @Authorized(rolesFor(Permission.MANAGE_ADMIN_USERS))
  @Mutation(() => User, { description: 'Changes an admin account’s name, role and status (admin-managers; the five assignable roles).' })
  async updateAdminUser(@Args(() => UserIdArgs) { id }: UserIdArgs, @Arg('input', () => UpdateAdminUserInput) input: UpdateAdminUserInput, @Ctx() ctx: AppContext): Promise<User> {
    return users.updateAdminUser(ctx, Number(id), input);
  }

  @Authorized(rolesFor(Permission.VIEW_USERS))
  @Query(() => UserConnection, { description: 'Users, newest first. Admin-managers see admin users only.' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: AppContext): Promise<UserConnection> {
    return users.listUsers(ctx, args, args.first, args.after);
  }

  @Authorized(rolesFor(Permission.VIEW_USERS))
  @Query(() => User, { description: 'One account by id (NOT_FOUND for an account the viewer may not list). Admin-managers see admin users only.' })
  async user(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: AppContext): Promise<User> {
    return users.getUser(ctx, Number(id));
  }

  @Authorized(rolesFor(Permission.UNLOCK_OR_DEACTIVATE_USERS))
  @Mutation(() => User)
  async unlockUser(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: AppContext): Promise<User> {
    return users.unlockUser(ctx, Number(id));
  }

  @Authorized(rolesFor(Permission.UNLOCK_OR_DEACTIVATE_USERS))
  @Mutation(() => User)
  async setUserActive(@Args(() => UserIdArgs) { id }: UserIdArgs, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: AppContext): Promise<User> {
    return users.setUserActive(ctx, Number(id), active);
  }

  @Authorized(rolesFor(Permission.MANAGE_BUYER_EMAIL_DOMAINS))
  @Query(() => [BuyerEmailDomain])
  async buyerEmailDomains(@Ctx() ctx: AppContext): Promise<BuyerEmailDomain[]> {
    return domains.listBuyerEmailDomains(ctx);
  }

  @Authorized(rolesFor(Permission.MANAGE_BUYER_EMAIL_DOMAINS))
  @Mutation(() => BuyerEmailDomain)
  async addBuyerEmailDomain(@Arg('domain', () => String) domain: string, @Ctx() ctx: AppContext): Promise<BuyerEmailDomain> {
    return domains.addBuyerEmailDomain(ctx, domain);
  }

  @Authorized(rolesFor(Permission.MANAGE_BUYER_EMAIL_DOMAINS))
  @Mutation(() => Boolean)
  async removeBuyerEmailDomain(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: AppContext): Promise<boolean> {
    return domains.removeBuyerEmailDomain(ctx, Number(id));
  }
}
