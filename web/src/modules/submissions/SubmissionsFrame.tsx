import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import type { SubmissionDraftQuery, SubmissionLotsQuery } from '../../gql/graphql';
import { useFrameworkForm, type FrameworkForm } from '../../ui/forms/frameworkForm';
import { Link } from '../../ui/govuk/links';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { ApplicationFrame, applicationHref, applicationTitle, type Application, type Framework } from '../applications/ApplicationFrame';
import { errorCode } from '../applications/queries';
import { SubmissionDraftDocument, useSubmissionLots } from './queries';

export type SubmissionLot = SubmissionLotsQuery['framework']['lots'][number];
export type Draft = SubmissionDraftQuery['draftService'];

export interface Submitting {
  framework: Framework;
  application: Application;
  lots: SubmissionLot[];
  /** G-Cloud asks a section's questions page after page. */
  gCloud: boolean;
  /** Drafts may change: the framework is open. */
  open: boolean;
}

/** The addresses of the services pages of an application. */
export const submissionsHref = (framework: string, rest = '') => applicationHref(framework, `/submissions${rest}`);
export const lotHref = (framework: string, lot: string) => submissionsHref(framework, `/${lot}`);
export const draftHref = (framework: string, lot: string, id: string, rest = '') => submissionsHref(framework, `/${lot}/${id}${rest}`);
export const editHref = (framework: string, lot: string, id: string, section: string, page?: string) => draftHref(framework, lot, id, `/edit/${section}${page ? `/${page}` : ''}`);

/** Breadcrumbs from the supplier's account through the application and its services. */
export function SubmissionBreadcrumbs({ framework, trail = [] }: { framework: Framework; trail?: Array<{ label: string; to?: string }> }) {
  return (
    <Breadcrumbs
      items={[
        { label: 'Your account', to: '/suppliers' },
        { label: applicationTitle(framework), to: applicationHref(framework.slug) },
        ...(trail.length ? [{ label: `Your ${framework.name} services`, to: submissionsHref(framework.slug) }, ...trail] : [{ label: `Your ${framework.name} services` }]),
      ]}
    />
  );
}

function Lots({ framework, application, children }: { framework: Framework; application: Application; children: (s: Submitting) => ReactNode }) {
  const { data, loading, error } = useSubmissionLots(framework.slug);
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  if (error || !data) return <ServiceProblem />;
  return <>{children({ framework, application, lots: data.framework.lots, gCloud: data.framework.family === 'G_CLOUD', open: framework.status === 'OPEN' })}</>;
}

/**
 * The frame of the services pages: a supplier's application (anyone else, or no application: the
 * 404 page) whose company details are confirmed; `editing` pages also need the framework open.
 */
export function SubmissionsFrame({ editing, children }: { editing: boolean; children: (s: Submitting) => ReactNode }) {
  return (
    <ApplicationFrame>
      {({ framework, application }) => {
        if (!application) return <PageNotFound />;
        if (editing && framework.status !== 'OPEN')
          return (
            <ErrorPage title={`You can no longer change your ${framework.name} services`}>
              <p className="govuk-body">The deadline for applications has passed.</p>
            </ErrorPage>
          );
        if (!application.applicationCompanyDetailsConfirmed)
          return (
            <ErrorPage title="Confirm your company details first">
              <p className="govuk-body">You need to confirm your company details before you add services to your application.</p>
              <p className="govuk-body">
                <Link className="govuk-link" href="/suppliers/details">
                  Check and confirm your company details
                </Link>
              </p>
            </ErrorPage>
          );
        return (
          <Lots framework={framework} application={application}>
            {children}
          </Lots>
        );
      }}
    </ApplicationFrame>
  );
}

/** The lot of the page's address, or the 404 page. */
export function WithLot({ submitting, children }: { submitting: Submitting; children: (lot: SubmissionLot) => ReactNode }) {
  const { lot: slug = '' } = useParams();
  const lot = submitting.lots.find((l) => l.slug === slug);
  if (!lot) return <PageNotFound />;
  return <>{children(lot)}</>;
}

/** The service form of the lot, once loaded. */
export function WithServiceForm({ framework, lot, children }: { framework: string; lot: string; children: (form: FrameworkForm) => ReactNode }) {
  const { form, error, loading } = useFrameworkForm('SERVICE_SUBMISSION', framework, lot);
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  if (error || !form) return <ServiceProblem />;
  return <>{children(form)}</>;
}

/** The draft of the page's address, on this framework and lot; anything else is the 404 page. */
export function WithDraft({ framework, lot, children }: { framework: string; lot: string; children: (draft: Draft) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SubmissionDraftDocument, { variables: { id }, skip: !/^\d+$/.test(id), errorPolicy: 'all' });
  if (!/^\d+$/.test(id)) return <PageNotFound />;
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  if (error && !data?.draftService) return errorCode(error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  const draft = data?.draftService;
  if (!draft || draft.framework.slug !== framework || draft.lot.slug !== lot) return <PageNotFound />;
  return <>{children(draft)}</>;
}
