import { IsIn, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from '../../shared/json.js';

/** Arguments of the search operations: shape only (lengths, enums, pages); the search service checks them against the framework content. */

@ArgsType()
export class SearchIndexUpdatesArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  index?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  objectType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  objectId?: string;
}

@ArgsType()
export class ServiceSearchArgs {
  @Field(() => String, { nullable: true, description: 'Keywords: every word must match; "…" is a phrase, -word excludes a word, a | b matches either; nothing else is syntax.' })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Question id → chosen values. A service must offer every chosen value of a checkbox question, any chosen value of a radio or boolean one, and match every question.',
  })
  @IsOptional()
  filters?: Record<string, string[]>;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10_000)
  page: number = 1;
}

/** The statuses an opportunity can have in the search index: every BriefStatus but draft (drafts are never indexed), with its values. */
export enum OpportunitySearchStatus {
  LIVE = 'live',
  CLOSED = 'closed',
  AWARDED = 'awarded',
  CANCELLED = 'cancelled',
  UNSUCCESSFUL = 'unsuccessful',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(OpportunitySearchStatus, {
  name: 'OpportunitySearchStatus',
  description: 'The status of an opportunity in search (any brief status but draft).',
  valuesConfig: {
    LIVE: { description: 'Open for applications.' },
    CLOSED: { description: 'Applications closed; no outcome yet.' },
    AWARDED: { description: 'A supplier was awarded the contract.' },
    CANCELLED: { description: 'The requirement was cancelled after closing.' },
    UNSUCCESSFUL: { description: 'No suitable supplier was found.' },
    WITHDRAWN: { description: 'Withdrawn by the buyer while live.' },
  },
});

@ArgsType()
export class OpportunitySearchArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @MaxLength(100, { each: true })
  lots?: string[];

  @Field(() => [OpportunitySearchStatus], { nullable: true, description: 'Only opportunities in one of these statuses.' })
  @IsOptional()
  statuses?: OpportunitySearchStatus[];

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "statusOpenClosed, location, specialistRole → chosen values (any one of a filter's values, every filter). Without statuses or statusOpenClosed, open and closed opportunities are shown (withdrawn ones are not).",
  })
  @IsOptional()
  filters?: Record<string, string[]>;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10_000)
  page: number = 1;
}

@ArgsType()
export class SearchFiltersArgs {
  @Field(() => String, { description: 'services (G-Cloud) or opportunities (DOS)' })
  @IsIn(['services', 'opportunities'])
  kind!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;
}

@ArgsType()
export class SearchAliasArgs {
  @Field(() => String, { description: 'e.g. services-g-cloud-13 or briefs-digital-outcomes-and-specialists' })
  @MaxLength(100)
  alias!: string;
}
