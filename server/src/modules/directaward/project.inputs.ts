import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { GraphQLJSONObject } from '../../shared/json.js';

/** Projects and outcomes have 15-digit public ids. */
export const PUBLIC_ID = /^\d{15}$/;

@InputType({ description: 'A G-Cloud catalogue search: keywords, one lot, and filters (question id → accepted values).' })
export class ServiceSearchInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'e.g. { "serviceCategories": ["Accounting and finance"] }' })
  @IsOptional()
  filters?: Record<string, string[]>;
}

@ArgsType()
export class ProjectIdArgs {
  @Field(() => ID)
  @Matches(PUBLIC_ID, { message: 'id must be a project id' })
  id!: string;
}
