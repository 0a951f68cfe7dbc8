import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { badInput } from '../../app/errors.js';
import { PageArgs } from '../../shared/pagination.js';
import { IsSerialId, IsSlug } from '../../shared/validation.js';
import { SERVICE_ID_PATTERN } from './service-id.js';
import { ServiceStatus } from './service.entity.js';

@ArgsType()
export class ServiceIdArgs {
  @Field(() => ID, { description: 'The public service id.' })
  @Matches(SERVICE_ID_PATTERN, { message: 'id must be a service id' })
  id!: string;
}

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsSerialId('supplier')
  supplierId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSlug()
  frameworkSlug?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSlug()
  lotSlug?: string;

  @Field(() => [ServiceStatus], { nullable: true })
  @IsOptional()
  status?: ServiceStatus[];
}

@ArgsType()
export class ArchivedServicesArgs extends PageArgs {
  @Field(() => ID)
  @Matches(SERVICE_ID_PATTERN, { message: 'serviceId must be a service id' })
  serviceId!: string;
}

@ArgsType()
export class SuspendArgs {
  @Field(() => ID)
  @IsSerialId('supplier')
  supplierId!: string;

  @Field(() => String)
  @IsSlug()
  frameworkSlug!: string;

  @Field(() => Boolean, { description: 'true suspends the live services; false publishes the suspended ones again.' })
  suspended!: boolean;
}

@ArgsType()
export class CopyServiceArgs {
  @Field(() => String, { description: 'The framework being applied to.' })
  @IsSlug()
  frameworkSlug!: string;

  @Field(() => ID, { description: "The previous framework's service to copy." })
  @Matches(SERVICE_ID_PATTERN, { message: 'serviceId must be a service id' })
  serviceId!: string;
}

const VERSION_ID = /^\d{1,9}$/;

/** The id of a snapshot (an archived service), given as a plain ID argument. */
export function archivedServiceIdArg(value: string): number {
  if (!VERSION_ID.test(value)) throw badInput('archivedServiceId must be a version id', { archivedServiceId: 'Choose a version of this service' });
  return Number(value);
}

/** The `from` and `to` versions of a diff (`to` may be omitted: the service as it is now). */
export function diffVersionArgs(from: string, to: string | null | undefined): { from: number; to?: number } {
  if (!VERSION_ID.test(from) || (to !== undefined && to !== null && !VERSION_ID.test(to))) {
    throw badInput('from and to must be version ids', { from: 'Choose a version of this service' });
  }
  return { from: Number(from), to: to === undefined || to === null ? undefined : Number(to) };
}

@ArgsType()
export class GCloudSuppliersArgs {
  @Field(() => String, { nullable: true, description: 'First letter of the name, or "other" for names not starting with a letter; every letter when absent.' })
  @IsOptional()
  @Matches(/^([A-Za-z]|other)$/, { message: 'prefix must be one letter or "other"' })
  prefix?: string;

  @Field(() => Int, { defaultValue: 1, description: 'Which page, from 1 (a page past the last is empty).' })
  @Min(1, { message: 'page must be 1 or more' })
  @Max(100_000, { message: 'page must be 100000 or less' })
  page: number = 1;

  @Field(() => Int, { defaultValue: 100, description: 'How many suppliers a page holds (1–100).' })
  @Min(1)
  @Max(100)
  first: number = 100;
}

/** Why an admin changed a service's status or moved it: required words, kept in the audit event. */
export function reasonArg(value: string | null | undefined, required: boolean): string | null {
  const reason = value?.trim() ?? '';
  if (!reason) {
    if (required || (value !== undefined && value !== null)) throw badInput('Give a reason', { reason: 'Enter the reason' });
    return null;
  }
  if (reason.length > 500) throw badInput('The reason is too long', { reason: 'The reason must be 500 characters or fewer' });
  return reason;
}

@ArgsType()
export class TransferServiceArgs {
  @Field(() => ID, { description: 'The public service id.' })
  @Matches(SERVICE_ID_PATTERN, { message: 'id must be a service id' })
  id!: string;

  @Field(() => ID, { description: 'The supplier taking the service over.' })
  @IsSerialId('supplier')
  toSupplierId!: string;

  @Field(() => String, { description: 'Why (the novation agreement, say): kept in the audit event. 500 characters at most.' })
  @MaxLength(2000)
  reason!: string;
}
