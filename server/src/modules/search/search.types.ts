import { Field, Int, ObjectType } from 'type-graphql';

/** What the search operations answer, shared by services and opportunities: lots, filters, the summary, index updates. */

@ObjectType({ description: 'An update applied to a search index.' })
export class SearchIndexUpdate {
  @Field(() => String, { description: 'e.g. services-g-cloud-13 or briefs-digital-outcomes-and-specialists' })
  index!: string;

  @Field(() => String, { description: 'service or brief' })
  objectType!: string;

  @Field(() => String)
  objectId!: string;

  @Field(() => String, { description: 'upsert or delete' })
  action!: string;

  @Field(() => String, { description: 'Only ever increases for one document.' })
  version!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'Rebuild progress (objectType "index"): documents written so far.' })
  indexed?: number | null;

  @Field(() => Int, { nullable: true, description: 'Rebuild progress: documents the rebuild expects to write.' })
  total?: number | null;
}

@ObjectType({ description: 'How many results a lot has for the same search.' })
export class LotCount {
  @Field(() => String)
  lot!: string;

  @Field(() => String, { nullable: true, description: "The lot's name (lots of the framework being searched)." })
  name?: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A value a buyer can filter on.' })
export class SearchFilterOption {
  @Field(() => String, { description: 'What to send in filters (lower case, no commas).' })
  value!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean)
  selected!: boolean;

  @Field(() => [SearchFilterOption])
  children!: SearchFilterOption[];
}

@ObjectType({ description: 'One filter: a question of the framework content and its values.' })
export class SearchFilter {
  @Field(() => String, { description: 'The filter key (question id).' })
  key!: string;

  @Field(() => String, { description: 'boolean, radios, checkboxes or checkbox_tree' })
  type!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [SearchFilterOption])
  options!: SearchFilterOption[];
}

@ObjectType({ description: 'A group of filters as the framework content orders them.' })
export class SearchFilterGroup {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  slug!: string | null;

  @Field(() => [SearchFilter])
  filters!: SearchFilter[];
}

@ObjectType({ description: 'A piece of the result summary sentence.' })
export class SearchSummaryPart {
  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'count, text or strong' })
  kind!: string;
}

@ObjectType({ description: 'The result summary sentence (dm-journeys §4.4), as text and as parts to render.' })
export class SearchSummary {
  @Field(() => String)
  text!: string;

  @Field(() => [SearchSummaryPart])
  parts!: SearchSummaryPart[];
}

/** A page of search results of one hit type: the page, the total and the counts per lot. */
export function SearchResultsType<T extends object>(hitType: abstract new (...args: never[]) => T, name: string) {
  @ObjectType(`${name}SearchResults`)
  class Results {
    @Field(() => Int)
    total!: number;

    @Field(() => Int)
    page!: number;

    @Field(() => Int)
    pageSize!: number;

    @Field(() => [hitType])
    results!: T[];

    @Field(() => [LotCount], { description: 'Counts of the lots that have results.' })
    lotCounts!: LotCount[];

    @Field(() => [LotCount], { description: 'Every lot of the framework being searched, in order, with its count (0 included).' })
    lots!: LotCount[];

    @Field(() => String, { nullable: true, description: 'The framework whose filters apply (the latest live one).' })
    frameworkName!: string | null;

    @Field(() => [SearchFilterGroup], { description: 'Filter groups for the chosen lot (categories excluded), with the chosen values selected.' })
    filterGroups!: SearchFilterGroup[];

    @Field(() => SearchSummary)
    summary!: SearchSummary;
  }
  return Results;
}

@ObjectType({ description: 'A lot that can be searched.' })
export class SearchLot {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'What a search page offers: the framework searched, its lots and the filter groups of a lot.' })
export class SearchFilterSet {
  @Field(() => String, { nullable: true })
  frameworkSlug!: string | null;

  @Field(() => String, { nullable: true })
  frameworkName!: string | null;

  @Field(() => String, { nullable: true, description: 'The lot the groups are for: the one asked for if it is a lot of the framework, else none (every lot).' })
  lot!: string | null;

  @Field(() => [SearchLot])
  lots!: SearchLot[];

  @Field(() => [SearchFilterGroup], { description: 'Categories included (slug "categories").' })
  groups!: SearchFilterGroup[];
}
