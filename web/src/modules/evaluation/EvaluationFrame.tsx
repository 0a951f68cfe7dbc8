import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { EvaluationBriefQuery } from '../../gql/graphql';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { briefTitle } from './evaluation';
import { EvaluationBriefDocument } from './queries';
import { errorCode } from '../../ui/app/errors';

export type EvaluationBrief = EvaluationBriefQuery['brief'];

export interface Evaluating {
  brief: EvaluationBrief;
  title: string;
  /** Reads the requirement again (after a change made on the page). */
  refetch: () => Promise<unknown>;
}

const notFound = (error: unknown) => {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT';
};

function Loaded({
  id,
  framework,
  lot,
  allow,
  children,
}: {
  id: string;
  framework: string;
  lot: string;
  allow: (status: string) => boolean;
  children: (e: Evaluating) => ReactNode;
}) {
  const { data, error, refetch } = useQuery(EvaluationBriefDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error) return notFound(error) ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const brief = data.brief;
  // Only its buyers see a requirement's insides (`users`), under its own framework and lot, in the statuses the page is for.
  if (!brief.users || brief.framework.slug !== framework || brief.lot.slug !== lot || !allow(brief.status)) return <PageNotFound />;
  return <>{children({ brief, title: briefTitle(brief.data), refetch: () => refetch() })}</>;
}

/**
 * The requirement of the URL (`/buyers/frameworks/:framework/requirements/:lot/:id/…`) for one of
 * its buyers, in a status the page is for; anyone else, or another status, gets the 404 page.
 */
export function EvaluationFrame({ allow, children }: { allow: (status: string) => boolean; children: (e: Evaluating) => ReactNode }) {
  const { framework = '', lot = '', id = '' } = useParams();
  const valid = /^\d{1,9}$/.test(id);
  return (
    <RequireViewer allow={isBuyer}>
      {() => (valid ? <Loaded key={id} id={id} framework={framework} lot={lot} allow={allow} children={children} /> : <PageNotFound />)}
    </RequireViewer>
  );
}

/** Statuses in which the buyer reads responses: applications closed, with or without an outcome. */
export const AFTER_CLOSING = ['CLOSED', 'AWARDED', 'CANCELLED', 'UNSUCCESSFUL'];
export const OUTCOME_RECORDED = ['AWARDED', 'CANCELLED', 'UNSUCCESSFUL'];
