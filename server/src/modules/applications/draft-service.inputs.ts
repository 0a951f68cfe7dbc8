import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../shared/pagination.js';
import { IsSerialId, IsSlug } from '../../shared/validation.js';
import { FrameworkLotArgs } from '../frameworks/framework.inputs.js';
import { DraftStatus } from './draft-service.entity.js';

@ArgsType()
export class FrameworkDraftsArgs extends PageArgs {
  @Field(() => String)
  @IsSlug()
  frameworkSlug!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsSerialId('supplier')
  supplierId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSlug()
  lotSlug?: string;

  @Field(() => [DraftStatus], { nullable: true })
  @IsOptional()
  status?: DraftStatus[];
}

@ArgsType()
export class DraftIdArgs {
  @Field(() => ID)
  @IsSerialId('draft service')
  id!: string;
}

/** The framework and lot of a new draft (and of the services to copy into one). */
@ArgsType()
export class NewDraftArgs extends FrameworkLotArgs {}
