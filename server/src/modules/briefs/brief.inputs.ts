import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { GraphQLJSONObject } from '../../shared/json.js';
import { PageArgs } from '../../shared/pagination.js';
import { IsSerialId, IsSlug } from '../../shared/validation.js';
import { FrameworkLotArgs } from '../frameworks/framework.inputs.js';
import { BriefStatus } from './brief.status.js';

@ArgsType()
export class BriefIdArgs {
  @Field(() => ID)
  @IsSerialId('brief')
  id!: string;
}

@ArgsType()
export class NewBriefArgs extends FrameworkLotArgs {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'First answers, e.g. the title.' })
  answers?: Record<string, unknown>;
}

@ArgsType()
export class OpportunitiesArgs extends PageArgs {
  @Field(() => [BriefStatus], { nullable: true })
  @IsOptional()
  status?: BriefStatus[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @MaxLength(100, { each: true })
  lotSlugs?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSlug()
  frameworkSlug?: string;
}

@ArgsType()
export class ResponseIdArgs {
  @Field(() => ID)
  @IsSerialId('brief response')
  id!: string;
}
