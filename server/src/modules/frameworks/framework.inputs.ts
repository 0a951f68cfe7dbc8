import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { FrameworkFamily, FrameworkStatus } from './framework.entity.js';

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
  @MaxLength(100)
  @Matches(/^[\w-]+$/, { message: 'slug may contain only letters, digits, hyphens and underscores' })
  slug!: string;
}
