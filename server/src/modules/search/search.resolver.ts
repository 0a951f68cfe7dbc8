import { IsIn, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, registerEnumType, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { badInput } from '../../app/errors.js';
import { checkFilters, checkServiceQuery, filterGroups, searchFramework, type FilterGroupDefinition, type FilterOption, type SearchFramework } from './search.filters.js';
import { searchSummary, summaryText } from './search.summary.js';
import { SEARCH_INDEX_UPDATES, type SearchIndexEvent } from '../../app/pubsub.js';
import { cleanSearchQuery, normaliseFilterValue, PAGE_SIZE } from './search.port.js';

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

  @Field(() => String, { nullable: true, description: 'The lot\'s name (lots of the framework being searched).' })
  name?: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A value a buyer can filter on.' })
class SearchFilterOption {
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
class SearchFilter {
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
class SearchFilterGroup {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  slug!: string | null;

  @Field(() => [SearchFilter])
  filters!: SearchFilter[];
}

@ObjectType({ description: 'A category of the chosen lot with its count for the same search (other categories ignored).' })
class SearchCategory {
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

@ObjectType({ description: 'A piece of the result summary sentence.' })
class SearchSummaryPart {
  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'count, text or strong' })
  kind!: string;
}

@ObjectType({ description: 'The result summary sentence (dm-journeys §4.4), as text and as parts to render.' })
class SearchSummary {
  @Field(() => String)
  text!: string;

  @Field(() => [SearchSummaryPart])
  parts!: SearchSummaryPart[];
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

@ObjectType()
class ServiceSearchResults extends SearchResultsType(ServiceSearchHit, 'Service') {
  @Field(() => [SearchCategory], { description: 'The chosen lot\'s category tree with counts; empty with no lot chosen.' })
  categories!: SearchCategory[];
}

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
  @Field(() => String, { nullable: true, description: 'Keywords: every word must match; "…" is a phrase, -word excludes a word, a | b matches either; nothing else is syntax.' })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Question id → chosen values. A service must offer every chosen value of a checkbox question, any chosen value of a radio or boolean one, and match every question.' })
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
class OpportunitySearchArgs {
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

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'statusOpenClosed, location, specialistRole → chosen values (any one of a filter\'s values, every filter). Without statuses or statusOpenClosed, open and closed opportunities are shown (withdrawn ones are not).' })
  @IsOptional()
  filters?: Record<string, string[]>;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10_000)
  page: number = 1;
}

@ObjectType({ description: 'A lot that can be searched.' })
class SearchLot {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'What a search page offers: the framework searched, its lots and the filter groups of a lot.' })
class SearchFilterSet {
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

@ArgsType()
class SearchFiltersArgs {
  @Field(() => String, { description: 'services (G-Cloud) or opportunities (DOS)' })
  @IsIn(['services', 'opportunities'])
  kind!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const CATEGORY_KEY = 'serviceCategories';

function presentGroups(groups: FilterGroupDefinition[], filters: Record<string, string[]>): SearchFilterGroup[] {
  const present = (key: string, options: FilterOption[]): SearchFilterOption[] => {
    const chosen = new Set((filters[key] ?? []).map(normaliseFilterValue));
    return options.map((o) => ({ value: o.value, label: o.label, selected: chosen.has(normaliseFilterValue(o.value)), children: present(key, o.children) }));
  };
  return groups.map((g) => ({ name: g.name, slug: g.slug, filters: g.filters.map((f) => ({ key: f.key, type: f.type, label: f.label, options: present(f.key, f.options) })) }));
}

function categoryTree(options: FilterOption[], counts: Map<string, number>, chosen: Set<string>): SearchCategory[] {
  return options.map((o) => ({
    value: o.value,
    label: o.label,
    count: counts.get(normaliseFilterValue(o.value)) ?? 0,
    selected: chosen.has(normaliseFilterValue(o.value)),
    children: categoryTree(o.children, counts, chosen),
  }));
}

function lotsOf(framework: SearchFramework | null, counts: Array<{ lot: string; count: number }>): LotCount[] {
  const byLot = new Map(counts.map((c) => [c.lot, c.count]));
  return (framework?.lots ?? []).map((l) => ({ lot: l.slug, name: l.name, count: byLot.get(l.slug) ?? 0 }));
}

function summaryOf(total: number, q: string | undefined, lotName: string | null, groups: FilterGroupDefinition[], filters: Record<string, string[]>): SearchSummary {
  const parts = searchSummary(total, q, lotName, groups, filters);
  return { text: summaryText(parts), parts };
}

@Resolver()
export class SearchQueryResolver {
  @Query(() => SearchFilterSet, { description: 'The lots and filter groups a search page offers (for building forms and cleaning links). Public.' })
  async searchFilters(@Args(() => SearchFiltersArgs) args: SearchFiltersArgs, @Ctx() ctx: AppContext): Promise<SearchFilterSet> {
    const kind = args.kind === 'services' ? 'services' : 'briefs';
    const framework = await searchFramework(ctx.em, kind);
    if (!framework) return { frameworkSlug: null, frameworkName: null, lot: null, lots: [], groups: [] };
    const lot = framework.lots.some((l) => l.slug === args.lot) ? args.lot! : null;
    const groups = filterGroups(kind, framework.slug, framework.lots.map((l) => l.slug), lot);
    return { frameworkSlug: framework.slug, frameworkName: framework.name, lot, lots: framework.lots, groups: presentGroups(groups, {}) };
  }

  @Query(() => ServiceSearchResults, {
    description: 'G-Cloud services: one page of 30, the total, counts per lot and per category, the filter groups and the summary sentence, in one request. A page past the end is empty (with the true total). Public.',
  })
  async serviceSearch(@Args(() => ServiceSearchArgs) args: ServiceSearchArgs, @Ctx() ctx: AppContext): Promise<ServiceSearchResults> {
    const query = cleanSearchQuery({ q: args.q, lot: args.lot, filters: args.filters });
    const framework = await searchFramework(ctx.em, 'services');
    checkServiceQuery(framework, query);
    const lotSlugs = framework?.lots.map((l) => l.slug) ?? [];
    const groups = framework ? filterGroups('services', framework.slug, lotSlugs, query.lot ?? null) : [];
    const categoriesFilter = groups.find((g) => g.slug === 'categories')?.filters.find((f) => f.key === CATEGORY_KEY);
    const found = await ctx.search.searchServices(ctx.em, query, args.page, categoriesFilter ? CATEGORY_KEY : undefined);
    const filters = query.filters ?? {};
    const lotName = framework?.lots.find((l) => l.slug === query.lot)?.name ?? null;
    return {
      total: found.total,
      page: args.page,
      pageSize: PAGE_SIZE,
      lotCounts: found.lotCounts,
      lots: lotsOf(framework, found.lotCounts),
      frameworkName: framework?.name ?? null,
      filterGroups: presentGroups(groups.filter((g) => g.slug !== 'categories'), filters),
      categories: categoriesFilter ? categoryTree(categoriesFilter.options, new Map(found.facetCounts.map((c) => [c.value, c.count])), new Set((filters[CATEGORY_KEY] ?? []).map(normaliseFilterValue))) : [],
      summary: summaryOf(found.total, query.q, lotName, groups, filters),
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

  @Query(() => OpportunitySearchResults, { description: 'DOS opportunities from the search index: live first, newest first, with lot counts, filter groups and the summary. Public.' })
  async opportunitySearch(@Args(() => OpportunitySearchArgs) args: OpportunitySearchArgs, @Ctx() ctx: AppContext): Promise<OpportunitySearchResults> {
    const cleaned = cleanSearchQuery({ q: args.q, filters: args.filters });
    const framework = await searchFramework(ctx.em, 'briefs');
    const lotSlugs = framework?.lots.map((l) => l.slug) ?? [];
    const lot = args.lots?.length === 1 ? args.lots[0]! : null;
    if (args.lots?.some((l) => !lotSlugs.includes(l))) throw badInput(`Unknown lot '${args.lots.find((l) => !lotSlugs.includes(l))}'`, { lots: 'Choose a lot that takes requirements' });
    const groups = framework ? filterGroups('briefs', framework.slug, lotSlugs, lot) : [];
    checkFilters(groups, cleaned.filters);
    const filters = { ...(cleaned.filters ?? {}) };
    // As the original: unless a status is chosen, show open and closed opportunities (withdrawn ones stay out of sight).
    if (!args.statuses?.length && !filters.statusOpenClosed) filters.statusOpenClosed = ['open', 'closed'];
    const statuses = args.statuses ? [...new Set(args.statuses)] : undefined;
    const found = await ctx.search.searchOpportunities(ctx.em, { q: cleaned.q, lots: args.lots, statuses, filters }, args.page);
    const chosen = cleaned.filters ?? {};
    return {
      total: found.total,
      page: args.page,
      pageSize: PAGE_SIZE,
      lotCounts: found.lotCounts,
      lots: lotsOf(framework, found.lotCounts),
      frameworkName: framework?.name ?? null,
      filterGroups: presentGroups(groups, chosen),
      summary: summaryOf(found.total, cleaned.q, lot ? (framework?.lots.find((l) => l.slug === lot)?.name ?? null) : null, groups, chosen),
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
