import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { FrameworkFamily, FrameworkStatus } from './framework.entity.js';
import { IsSlug } from '../../shared/validation.js';

@ArgsType()
export class FrameworksArgs {
  @Field(() => [FrameworkStatus], { nullable: true, description: 'Only frameworks in one of these statuses.' })
  @IsOptional()
  status?: FrameworkStatus[];

  @Field(() => FrameworkFamily, { nullable: true, description: 'Only frameworks of this family.' })
  @IsOptional()
  family?: FrameworkFamily;
}

@ArgsType()
export class FrameworkArgs {
  @Field(() => String, { description: 'The framework slug, e.g. "g-cloud-13".' })
  @IsSlug()
  slug!: string;
}

@InputType({ description: 'The framework fields an admin may change; omitted fields stay as they are.' })
export class UpdateFrameworkInput {
  @Field(() => FrameworkStatus, { nullable: true })
  @IsOptional()
  status?: FrameworkStatus;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clarificationQuestionsOpen?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  allowDeclarationReuse?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  hasDirectAward?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  hasFurtherCompetition?: boolean;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  applicationsCloseAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  intentionToAwardAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  clarificationsCloseAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  clarificationsPublishAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  liveAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date;
}

/** One lot of one framework, as the arguments of operations that work on a lot (drafts, briefs). */
@ArgsType()
export class FrameworkLotArgs {
  @Field(() => String)
  @IsSlug()
  frameworkSlug!: string;

  @Field(() => String)
  @IsSlug()
  lotSlug!: string;
}
