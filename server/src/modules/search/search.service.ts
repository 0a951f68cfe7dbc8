import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput, notFound } from '../../app/errors.js';
import { cleanSearchQuery, normaliseFilterValue } from '../../app/search-port.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { checkFilters, checkServiceQuery, filterGroups, searchFramework, type SearchKind } from '../frameworks/search-filters.js';
import type { OpportunitySearchResults, ServiceSearchResults } from './search-results.types.js';
import { categoryTree, lotsOf, opportunityHit, presentGroups, serviceHit, summaryOf } from './search.present.js';
import { indexStatus, knownAliases, rollbackIndex, type AliasStatus } from './search.indices.js';
import { PAGE_SIZE } from './search.port.js';
import { visibleOpportunityFilters } from './search.policy.js';
import { rebuildIndexJob } from './search.sync.js';
import type { SearchFilterSet } from './search.types.js';

/**
 * The public search use cases: each checks the search against the live framework's search content,
 * asks the index for one page and presents it with its counts, filter groups and summary sentence.
 */
type SearchContext = Pick<AppContext, 'em' | 'search' | 'content'>;

const CATEGORY_KEY = 'serviceCategories';

/** The lots and filter groups a search page offers; a lot that is not the framework's gives every lot's groups. */
export async function searchFilterSet(ctx: SearchContext, kind: SearchKind, askedLot: string | undefined): Promise<SearchFilterSet> {
  const framework = await searchFramework(ctx.content, ctx.em, kind);
  if (!framework) return { frameworkSlug: null, frameworkName: null, lot: null, lots: [], groups: [] };
  const lot = framework.lots.some((l) => l.slug === askedLot) ? askedLot! : null;
  const groups = filterGroups(
    ctx.content,
    kind,
    framework.slug,
    framework.lots.map((l) => l.slug),
    lot,
  );
  return { frameworkSlug: framework.slug, frameworkName: framework.name, lot, lots: framework.lots, groups: presentGroups(groups, {}) };
}

export interface ServiceSearchRequest {
  q?: string;
  lot?: string;
  filters?: Record<string, string[]>;
  page: number;
}

/** One page of G-Cloud services, with lot and category counts, the filter groups and the summary. */
export async function searchServices(ctx: SearchContext, request: ServiceSearchRequest): Promise<ServiceSearchResults> {
  const query = cleanSearchQuery({ q: request.q, lot: request.lot, filters: request.filters });
  const framework = await searchFramework(ctx.content, ctx.em, 'services');
  checkServiceQuery(ctx.content, framework, query);
  const lotSlugs = framework?.lots.map((l) => l.slug) ?? [];
  const groups = framework ? filterGroups(ctx.content, 'services', framework.slug, lotSlugs, query.lot ?? null) : [];
  const categoriesFilter = groups.find((g) => g.slug === 'categories')?.filters.find((f) => f.key === CATEGORY_KEY);
  const found = await ctx.search.searchServices(ctx.em, query, request.page, categoriesFilter ? CATEGORY_KEY : undefined);
  const filters = query.filters ?? {};
  const lotName = framework?.lots.find((l) => l.slug === query.lot)?.name ?? null;
  return {
    total: found.total,
    page: request.page,
    pageSize: PAGE_SIZE,
    lotCounts: found.lotCounts,
    lots: lotsOf(framework, found.lotCounts),
    frameworkName: framework?.name ?? null,
    filterGroups: presentGroups(
      groups.filter((g) => g.slug !== 'categories'),
      filters,
    ),
    categories: categoriesFilter
      ? categoryTree(categoriesFilter.options, new Map(found.facetCounts.map((c) => [c.value, c.count])), new Set((filters[CATEGORY_KEY] ?? []).map(normaliseFilterValue)))
      : [],
    summary: summaryOf(ctx.content, found.total, query.q, lotName, groups, filters),
    results: found.hits.map(serviceHit),
  };
}

export interface OpportunitySearchRequest {
  q?: string;
  lots?: string[];
  statuses?: string[];
  filters?: Record<string, string[]>;
  page: number;
}

/** One page of DOS opportunities (live first, newest first), with lot counts, the filter groups and the summary. */
export async function searchOpportunities(ctx: SearchContext, request: OpportunitySearchRequest): Promise<OpportunitySearchResults> {
  const cleaned = cleanSearchQuery({ q: request.q, filters: request.filters });
  const framework = await searchFramework(ctx.content, ctx.em, 'briefs');
  const lotSlugs = framework?.lots.map((l) => l.slug) ?? [];
  const lot = request.lots?.length === 1 ? request.lots[0]! : null;
  const unknownLot = request.lots?.find((l) => !lotSlugs.includes(l));
  if (unknownLot !== undefined) throw badInput(`Unknown lot '${unknownLot}'`, { lots: 'Choose a lot that takes requirements' });
  const groups = framework ? filterGroups(ctx.content, 'briefs', framework.slug, lotSlugs, lot) : [];
  checkFilters(groups, cleaned.filters);
  const chosen = cleaned.filters ?? {};
  const statuses = request.statuses ? [...new Set(request.statuses)] : undefined;
  const found = await ctx.search.searchOpportunities(
    ctx.em,
    { q: cleaned.q, lots: request.lots, statuses, filters: visibleOpportunityFilters(request.statuses, chosen) },
    request.page,
  );
  return {
    total: found.total,
    page: request.page,
    pageSize: PAGE_SIZE,
    lotCounts: found.lotCounts,
    lots: lotsOf(framework, found.lotCounts),
    frameworkName: framework?.name ?? null,
    filterGroups: presentGroups(groups, chosen),
    summary: summaryOf(ctx.content, found.total, cleaned.q, lot ? (framework?.lots.find((l) => l.slug === lot)?.name ?? null) : null, groups, chosen),
    results: found.hits.map(opportunityHit),
  };
}

// Index operations (the resolver gates them on MANAGE_SEARCH_INDICES).

/** One alias with its physical indices. */
const aliasStatus = async (ctx: AppContext, alias: string): Promise<AliasStatus> => (await indexStatus(ctx.em, ctx.search)).find((a) => a.alias === alias)!;

async function knownAlias(ctx: AppContext, alias: string): Promise<void> {
  if (!(await knownAliases(ctx.em)).includes(alias)) throw notFound(`Search index '${alias}'`);
}

export const searchIndexStatus = (ctx: AppContext): Promise<AliasStatus[]> => indexStatus(ctx.em, ctx.search);

/** Queues a full rebuild of one alias (one at a time per alias); progress goes out on the index feed. */
export async function requestIndexRebuild(ctx: AppContext, alias: string): Promise<AliasStatus> {
  const viewer = requireViewer(ctx);
  await knownAlias(ctx, alias);
  await ctx.em.transactional(async (tx) => {
    await ctx.jobs.enqueue(tx, rebuildIndexJob, { alias }, { singletonKey: `rebuild:${alias}` });
    recordAudit(tx, ctx.clock.now(), { type: AuditType.REBUILD_SEARCH_INDEX, actor: viewer, objectType: 'SearchIndex', objectId: alias, data: { alias } });
  });
  return aliasStatus(ctx, alias);
}

/** Points the alias back at its previous index. */
export async function rollBackIndex(ctx: AppContext, alias: string): Promise<AliasStatus> {
  const viewer = requireViewer(ctx);
  await knownAlias(ctx, alias);
  const physical = await rollbackIndex(ctx.em, ctx.search, ctx.clock, alias);
  await ctx.em.transactional(async (tx) => {
    recordAudit(tx, ctx.clock.now(), { type: AuditType.ROLLBACK_SEARCH_INDEX, actor: viewer, objectType: 'SearchIndex', objectId: alias, data: { alias, physicalName: physical } });
  });
  return aliasStatus(ctx, alias);
}
