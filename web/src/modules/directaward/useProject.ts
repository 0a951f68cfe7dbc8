import { useQuery } from '@apollo/client/react';
import type { DirectAwardProjectQuery } from '../../gql/graphql';
import { DirectAwardProjectDocument, DirectAwardSearchCountDocument } from './queries';
import { searchVariables } from './searchQuery';
import type { ProjectFacts } from './steps';
import { followingFramework, frameworkAt, transitionBanner, type FrameworkFacts } from './transition';
import { errorCode } from '../../ui/app/errors';

export type Project = DirectAwardProjectQuery['directAwardProject'];
export type FrozenResult = Project['results'][number];

const PROJECT_ID = /^\d{1,20}$/;

export const serviceNameOf = (data: unknown) => String((data as Record<string, unknown> | null)?.serviceName ?? 'Unnamed service');

/**
 * One of the signed-in buyer's projects: `missing` when the id is not a project of theirs (the page
 * then shows "Page not found"). Before the export it also counts what the search finds now.
 */
export function useProject(id: string) {
  const valid = PROJECT_ID.test(id);
  const project = useQuery(DirectAwardProjectDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const data = project.data?.directAwardProject;
  const unlocked = data && !data.lockedAt && data.activeSearch;
  const count = useQuery(DirectAwardSearchCountDocument, { variables: searchVariables(unlocked ? (unlocked.query as Record<string, unknown>) : null), skip: !unlocked });
  const code = errorCode(project.error);
  const refused = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
  const frameworks = (project.data?.frameworks ?? []) as FrameworkFacts[];
  const resultCount = !data ? null : data.lockedAt ? data.results.length : data.activeSearch ? (count.data?.serviceSearch.total ?? null) : 0;
  const current = data ? frameworkAt(frameworks, data.lockedAt ?? data.activeSearch?.createdAt ?? data.createdAt) : null;
  const following = current ? followingFramework(frameworks, current) : null;
  const liveFramework = frameworks.some((f) => f.status === 'LIVE');
  const awarded = data?.outcome?.awardedService;
  const facts: ProjectFacts | null = data
    ? {
        locked: Boolean(data.lockedAt),
        resultCount,
        liveFramework,
        readyToAssess: Boolean(data.readyToAssessAt),
        outcome: data.outcome
          ? {
              result: data.outcome.result,
              serviceName: awarded ? serviceNameOf(awarded.data) : null,
              supplierName: awarded ? (data.results.find((r) => r.serviceId === awarded.serviceId)?.supplierName ?? null) : null,
            }
          : null,
      }
    : null;
  return {
    project: data ?? null,
    facts,
    liveFramework,
    banner: data ? transitionBanner(current, following, Boolean(data.lockedAt)) : null,
    summaryParts: count.data?.serviceSearch.summary.parts ?? null,
    loading: valid && !data && !project.error,
    missing: !valid || refused,
    failed: Boolean((project.error && !refused) || count.error),
    refetch: () => project.refetch(),
  };
}
