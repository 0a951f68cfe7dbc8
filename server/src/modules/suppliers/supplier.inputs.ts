import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination.js';
import { OrganisationSize, TradingStatus } from './supplier.entity.js';
import { IsSerialId } from '../../shared/validation.js';

@InputType({ description: 'Everything needed to open a supplier account; the login link goes to loginEmail.' })
export class CreateSupplierAccountInput {
  @Field(() => String)
  @MaxLength(20)
  dunsNumber!: string;

  @Field(() => String, { description: 'Trading name, as buyers will see it.' })
  @MaxLength(300)
  companyName!: string;

  @Field(() => String)
  @MaxLength(300)
  contactName!: string;

  @Field(() => String)
  @MaxLength(320)
  contactEmail!: string;

  @Field(() => String)
  @MaxLength(30)
  contactPhone!: string;

  @Field(() => String, { description: 'The work address the first user signs in with.' })
  @MaxLength(320)
  loginEmail!: string;
}

@InputType()
export class RegisteredAddressInput {
  @Field(() => String)
  @MaxLength(300)
  address1!: string;

  @Field(() => String)
  @MaxLength(300)
  city!: string;

  @Field(() => String)
  @MaxLength(30)
  postcode!: string;
}

@InputType({ description: 'The supplier fields to change; omitted fields stay as they are.' })
export class UpdateSupplierInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) contactName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(320) contactEmail?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) contactPhone?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) registeredName?: string;
  @Field(() => RegisteredAddressInput, { nullable: true }) @IsOptional() registeredAddress?: RegisteredAddressInput;
  @Field(() => String, { nullable: true, description: 'e.g. country:GB or territory:UM-67' }) @IsOptional() @MaxLength(20) registrationCountry?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) companiesHouseNumber?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) otherCompanyRegistrationNumber?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) vatNumber?: string;
  @Field(() => TradingStatus, { nullable: true }) @IsOptional() tradingStatus?: TradingStatus;
  @Field(() => OrganisationSize, { nullable: true }) @IsOptional() organisationSize?: OrganisationSize;
}

@ArgsType()
export class SupplierIdArgs {
  @Field(() => ID)
  @IsSerialId('supplier')
  id!: string;
}

@ArgsType()
export class SuppliersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'First letter of the name, or "other" for names not starting with a letter.' })
  @IsOptional()
  @Matches(/^([A-Za-z]|other)$/, { message: 'prefix must be one letter or "other"' })
  prefix?: string;

  @Field(() => String, { nullable: true, description: 'Part of the trading or registered name.' })
  @IsOptional()
  @Length(1, 255)
  name?: string;

  @Field(() => String, { nullable: true, description: 'The whole DUNS number (spaces ignored). Admins who work on suppliers only.' })
  @IsOptional()
  @Length(1, 40)
  dunsNumber?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The whole Companies House or other registration number (case and spaces ignored). Admins who work on suppliers only.',
  })
  @IsOptional()
  @Length(1, 255)
  companyRegistrationNumber?: string;
}

@ObjectType()
export class RegisteredAddress {
  @Field(() => String, { nullable: true }) address1!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
}

@ObjectType({ description: 'Details for framework applications; visible to the supplier and to admins.' })
export class SupplierCompanyDetails {
  @Field(() => String) dunsNumber!: string;
  @Field(() => String, { nullable: true }) registeredName!: string | null;
  @Field(() => RegisteredAddress) registeredAddress!: RegisteredAddress;
  @Field(() => String, { nullable: true }) registrationCountry!: string | null;
  @Field(() => String, { nullable: true }) companiesHouseNumber!: string | null;
  @Field(() => String, { nullable: true }) otherCompanyRegistrationNumber!: string | null;
  @Field(() => String, { nullable: true }) vatNumber!: string | null;
  @Field(() => TradingStatus, { nullable: true }) tradingStatus!: TradingStatus | null;
  @Field(() => OrganisationSize, { nullable: true }) organisationSize!: OrganisationSize | null;
  @Field(() => Boolean, { description: 'Confirmed at least once; registered name and numbers are then fixed.' }) confirmed!: boolean;
  @Field(() => [String], { description: 'Details still needed before they can be confirmed.' }) missing!: string[];
}
