import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { SEARCH_INDEX_UPDATES, type SearchIndexEvent } from '../../app/pubsub.js';
import { searchIndex } from './search-index.js';
import { cleanSearchQuery, PAGE_SIZE } from './search.port.js';

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
}

@ArgsType()
class SearchIndexUpdatesArgs {
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

@Resolver()
export class SearchIndexResolver {
  @Subscription(() => SearchIndexUpdate, {
    topics: SEARCH_INDEX_UPDATES,
    filter: ({ payload, args }: { payload: SearchIndexEvent; args: SearchIndexUpdatesArgs }) =>
      (!args.index || args.index === payload.index) && (!args.objectType || args.objectType === payload.objectType) && (!args.objectId || args.objectId === payload.objectId),
    description: 'Every update applied to the search indices (optionally one index, object type or object), from any worker. Public: only published documents are indexed.',
  })
  searchIndexUpdates(@Root() event: SearchIndexEvent, @Args(() => SearchIndexUpdatesArgs) _args: SearchIndexUpdatesArgs): SearchIndexUpdate {
    return { ...event, at: new Date(event.at) };
  }
}

@ObjectType({ description: 'How many results a lot has for the same search.' })
class LotCount {
  @Field(() => String)
  lot!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A service in search results.' })
class ServiceSearchHit {
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

/** A page of search results of one hit type: the page, the total and the counts per lot. */
function SearchResultsType<T extends object>(hitType: abstract new (...args: never[]) => T, name: string) {
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

    @Field(() => [LotCount])
    lotCounts!: LotCount[];
  }
  return Results;
}

@ObjectType()
class ServiceSearchResults extends SearchResultsType(ServiceSearchHit, 'Service') {}

@ObjectType({ description: 'An opportunity in search results.' })
class OpportunitySearchHit {
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
class OpportunitySearchResults extends SearchResultsType(OpportunitySearchHit, 'Opportunity') {}

@ArgsType()
class ServiceSearchArgs {
  @Field(() => String, { nullable: true, description: 'Keywords: every word must match; no search syntax.' })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Question id → accepted values (OR within one, AND across).' })
  @IsOptional()
  filters?: Record<string, string[]>;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10_000)
  page: number = 1;
}

@ArgsType()
class OpportunitySearchArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @MaxLength(100, { each: true })
  lots?: string[];

  @Field(() => [String], { nullable: true, description: 'live, closed, awarded, cancelled, unsuccessful, withdrawn' })
  @IsOptional()
  @MaxLength(20, { each: true })
  statuses?: string[];

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10_000)
  page: number = 1;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function pageOrNotFound(total: number, page: number): void {
  if (page > 1 && (page - 1) * PAGE_SIZE >= total) throw notFound(`Page ${page} of the results`);
}

@Resolver()
export class SearchQueryResolver {
  @Query(() => ServiceSearchResults, { description: 'G-Cloud services: one page of 30, the total and the counts per lot, in one request. Public.' })
  async serviceSearch(@Args(() => ServiceSearchArgs) args: ServiceSearchArgs, @Ctx() ctx: AppContext): Promise<ServiceSearchResults> {
    const query = cleanSearchQuery({ q: args.q, lot: args.lot, filters: args.filters });
    const found = await searchIndex.searchServices(ctx.em, query, args.page);
    pageOrNotFound(found.total, args.page);
    return {
      total: found.total,
      page: args.page,
      pageSize: PAGE_SIZE,
      lotCounts: found.lotCounts,
      results: found.hits.map((h) => ({
        id: h.id,
        serviceName: str(h.document.serviceName) ?? '',
        supplierName: str(h.document.supplierName) ?? '',
        lot: str(h.document.lot) ?? '',
        lotName: str(h.document.lotName) ?? '',
        frameworkName: str(h.document.frameworkName) ?? '',
        serviceDescription: str(h.document.serviceDescription),
        highlight: h.highlight,
      })),
    };
  }

  @Query(() => OpportunitySearchResults, { description: 'DOS opportunities from the search index: live first, newest first. Public.' })
  async opportunitySearch(@Args(() => OpportunitySearchArgs) args: OpportunitySearchArgs, @Ctx() ctx: AppContext): Promise<OpportunitySearchResults> {
    const q = cleanSearchQuery({ q: args.q }).q;
    const found = await searchIndex.searchOpportunities(ctx.em, { q, lots: args.lots, statuses: args.statuses }, args.page);
    pageOrNotFound(found.total, args.page);
    return {
      total: found.total,
      page: args.page,
      pageSize: PAGE_SIZE,
      lotCounts: found.lotCounts,
      results: found.hits.map((h) => ({
        id: h.id,
        title: str(h.document.title) ?? '',
        status: str(h.document.status) ?? '',
        organisation: str(h.document.organisation),
        location: str(h.document.location),
        lot: str(h.document.lot) ?? '',
        lotName: str(h.document.lotName) ?? '',
        publishedAt: str(h.document.publishedAt) ? new Date(str(h.document.publishedAt)!) : null,
        applicationsClosedAt: str(h.document.applicationsClosedAt) ? new Date(str(h.document.applicationsClosedAt)!) : null,
        highlight: h.highlight,
      })),
    };
  }
}
