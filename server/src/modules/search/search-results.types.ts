import { Field, Int, ObjectType } from 'type-graphql';
import { SearchResultsType } from './search.types.js';

/** A page of G-Cloud services or of DOS opportunities, as the search queries answer it. */

@ObjectType({ description: 'A category of the chosen lot with its count for the same search (other categories ignored).' })
export class SearchCategory {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Boolean)
  selected!: boolean;

  @Field(() => [SearchCategory])
  children!: SearchCategory[];
}

@ObjectType({ description: 'A service in search results.' })
export class ServiceSearchHit {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  serviceName!: string;

  @Field(() => String)
  supplierName!: string;

  @Field(() => String)
  lot!: string;

  @Field(() => String)
  lotName!: string;

  @Field(() => String)
  frameworkName!: string;

  @Field(() => String, { nullable: true })
  serviceDescription!: string | null;

  @Field(() => String, { nullable: true, description: 'Matched passage: HTML-escaped, with <mark> around matched words.' })
  highlight!: string | null;
}

@ObjectType()
export class ServiceSearchResults extends SearchResultsType(ServiceSearchHit, 'Service') {
  @Field(() => [SearchCategory], { description: "The chosen lot's category tree with counts; empty with no lot chosen." })
  categories!: SearchCategory[];
}

@ObjectType({ description: 'An opportunity in search results.' })
export class OpportunitySearchHit {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  status!: string;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String)
  lot!: string;

  @Field(() => String)
  lotName!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  applicationsClosedAt!: Date | null;

  @Field(() => String, { nullable: true })
  highlight!: string | null;
}

@ObjectType()
export class OpportunitySearchResults extends SearchResultsType(OpportunitySearchHit, 'Opportunity') {}
