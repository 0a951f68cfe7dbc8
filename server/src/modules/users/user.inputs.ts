import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { IsSerialId } from '../../shared/validation.js';

@InputType()
export class SignInInput {
  @Field(() => String)
  @MaxLength(320)
  email!: string;

  @Field(() => String)
  @MaxLength(255)
  password!: string;
}

@InputType()
export class CreateAccountInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  @MaxLength(100)
  token!: string;

  @Field(() => String)
  @MaxLength(255)
  name!: string;

  @Field(() => String)
  @MaxLength(255)
  password!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^$|^\+?([\d\s()-]){9,20}$/, { message: 'Enter a telephone number, like 01632 960 001 or +44 808 157 0192' })
  phoneNumber?: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String)
  @MaxLength(100)
  token!: string;

  @Field(() => String)
  @MaxLength(255)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(255)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(255)
  newPassword!: string;
}

@InputType()
export class InviteAdminUserInput {
  @Field(() => String)
  @MaxLength(320)
  email!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType({ description: 'An admin account as an admin-manager sets it: name, role and whether it may sign in.' })
export class UpdateAdminUserInput {
  @Field(() => String)
  @MaxLength(1000)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Boolean, { description: 'False suspends the account (its sessions end).' })
  active!: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of an email address.' })
  @IsOptional()
  @Length(1, 320)
  email?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsSerialId('user')
  id!: string;
}

@ObjectType({ description: 'What an account link is for.' })
export class AccountLink {
  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;
}
