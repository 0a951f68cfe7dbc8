import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import type { RequirementQuery } from '../../gql/graphql';
import { useFrameworkForm, type FrameworkForm } from '../../ui/forms/frameworkForm';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { DASHBOARD_PATH, requirementHref } from './paths';
import { requirementTitle } from './progress';
import { RequirementDocument } from './queries';

export type Requirement = RequirementQuery['brief'];

import { errorCode } from '../../ui/app/errors';

export { errorCode };

/** Breadcrumbs through the buyer's account and requirements; with a requirement, its overview too. */
export function RequirementBreadcrumbs({ requirement, trail = [] }: { requirement?: Requirement; trail?: Array<{ label: string; to?: string }> }) {
  const items = [
    { label: 'Your account', to: '/buyers' },
    { label: 'Your requirements', to: DASHBOARD_PATH },
    ...(requirement
      ? [{ label: requirementTitle(requirement.data), to: trail.length ? requirementHref(requirement.framework.slug, requirement.lot.slug, requirement.id) : undefined }]
      : []),
    ...trail,
  ];
  return <Breadcrumbs items={items} />;
}

/** What a page of one requirement needs: the requirement and its lot's brief form. */
export interface RequirementPageProps {
  requirement: Requirement;
  form: FrameworkForm;
}

function WithForm({ requirement, children }: { requirement: Requirement; children: (props: RequirementPageProps) => ReactNode }) {
  const { form, error, loading } = useFrameworkForm('BRIEF', requirement.framework.slug, requirement.lot.slug);
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  if (error || !form) return <ServiceProblem />;
  return <>{children({ requirement, form })}</>;
}

function WithRequirement({ allow, children }: { allow?: (r: Requirement) => boolean; children: (props: RequirementPageProps) => ReactNode }) {
  const { framework = '', lot = '', id = '' } = useParams();
  const valid = /^\d{1,9}$/.test(id);
  const { data, loading, error } = useQuery(RequirementDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  if (!valid) return <PageNotFound />;
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  if (error && !data?.brief) return errorCode(error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  const requirement = data?.brief;
  const viewerId = data?.viewer?.id;
  // Another buyer's requirement (published ones are public, but their pages here are not), another
  // framework or lot in the address, or a status the page is not for: the 404 page.
  if (!requirement || !viewerId || !requirement.users?.some((u) => u.id === viewerId)) return <PageNotFound />;
  if (requirement.framework.slug !== framework || requirement.lot.slug !== lot) return <PageNotFound />;
  if (allow && !allow(requirement)) return <PageNotFound />;
  return <WithForm requirement={requirement}>{children}</WithForm>;
}

/**
 * The frame of a page of one of the buyer's requirements: a signed-in buyer who owns the
 * requirement of the address; `allow` limits the statuses the page is for (others get the 404 page).
 */
export function RequirementFrame({ allow, children }: { allow?: (r: Requirement) => boolean; children: (props: RequirementPageProps) => ReactNode }) {
  return <RequireViewer allow={isBuyer}>{() => <WithRequirement allow={allow}>{children}</WithRequirement>}</RequireViewer>;
}

export const isDraft = (r: Requirement) => r.status === 'DRAFT';
export const isLive = (r: Requirement) => r.status === 'LIVE';
/** Every status but withdrawn (a withdrawn requirement has no overview: its public page says so). */
export const notWithdrawn = (r: Requirement) => r.status !== 'WITHDRAWN';
