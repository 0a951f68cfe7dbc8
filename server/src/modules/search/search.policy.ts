import { FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { ServiceStatus } from '../services/service.entity.js';

/**
 * What search shows, and so to whom: search is public (anyone, signed in or not, admins included,
 * sees the same results), so the rules are about which objects go into the indices at all; what is
 * indexed is what anyone may find. The documents (documents.ts) and the search use cases apply them.
 */

/** G-Cloud services are searched (each framework has its index); DOS services never are. */
export const isSearchedFamily = (framework: { family: FrameworkFamily }): boolean => framework.family === FrameworkFamily.G_CLOUD;

/** A service is searchable while published on a live framework (dm-search §1.9); otherwise it is removed from its index. */
export const isServiceSearchable = (service: { status: ServiceStatus }, framework: { status: FrameworkStatus }): boolean =>
  service.status === ServiceStatus.PUBLISHED && framework.status === FrameworkStatus.LIVE;

/** Every brief but drafts is searchable (closed, awarded, withdrawn… included, with their status). */
export const isBriefSearchable = <T extends { publishedAt?: Date | null }>(brief: T): brief is T & { publishedAt: Date } => Boolean(brief.publishedAt);

/**
 * The opportunities a search shows by default (as the original): unless the buyer chooses statuses
 * or open/closed, open and closed ones; withdrawn ones stay indexed but out of sight.
 */
export function visibleOpportunityFilters(statuses: readonly string[] | undefined, filters: Record<string, string[]>): Record<string, string[]> {
  if (statuses?.length || filters.statusOpenClosed) return filters;
  return { ...filters, statusOpenClosed: ['open', 'closed'] };
}
