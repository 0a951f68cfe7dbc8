import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { badInput } from '../../app/errors.js';
import { IsSerialId, IsSlug } from '../../shared/validation.js';

@ArgsType()
export class FrameworkSlugArgs {
  @Field(() => String)
  @IsSlug()
  frameworkSlug!: string;
}

@ArgsType()
export class ApplicationArgs extends FrameworkSlugArgs {
  @Field(() => ID, { nullable: true, description: 'Admins: whose application. Suppliers: omit (your own).' })
  @IsOptional()
  @IsSerialId('supplier')
  supplierId?: string;
}

/** A supplier id given as a plain ID argument. */
export function supplierIdArg(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw badInput('supplierId must be a supplier id', { supplierId: 'Enter a supplier id' });
  return Number(value);
}
