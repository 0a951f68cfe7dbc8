import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import type { ApplyingToQuery, FrameworkApplicationQuery } from '../../gql/graphql';
import { Link } from '../../ui/govuk/links';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { RequireViewer } from '../../ui/session/guards';
import { ApplyingToDocument, errorCode, useFrameworkApplication } from './queries';

export type Framework = ApplyingToQuery['framework'];
export type Application = FrameworkApplicationQuery['frameworkApplication'];
export type Supplier = NonNullable<NonNullable<ApplyingToQuery['viewer']>['supplier']>;

export interface Applying {
  framework: Framework;
  supplier: Supplier;
  /** Null until the supplier registers interest. */
  application: Application | null;
}

/** The address of the application's pages. */
export const applicationHref = (slug: string, rest = '') => `/suppliers/frameworks/${slug}${rest}`;

/**
 * The page's title within an application: "Apply to G-Cloud 14" while the framework is open,
 * "G-Cloud 13 documents" once it is live, "Your G-Cloud 14 application" in between (and after).
 */
export function applicationTitle(framework: Pick<Framework, 'name' | 'status'>): string {
  if (framework.status === 'OPEN') return `Apply to ${framework.name}`;
  if (framework.status === 'LIVE') return `${framework.name} documents`;
  return `Your ${framework.name} application`;
}

/** Breadcrumbs from the supplier's account to the application and on. */
export function ApplicationBreadcrumbs({ framework, here }: { framework: Framework; here?: string }) {
  const items = [
    { label: 'Your account', to: '/suppliers' },
    { label: applicationTitle(framework), to: here ? applicationHref(framework.slug) : undefined },
  ];
  return <Breadcrumbs items={here ? [...items, { label: here }] : items} />;
}

function Loaded({ slug, children }: { slug: string; children: (applying: Applying) => ReactNode }) {
  const about = useQuery(ApplyingToDocument, { variables: { slug } });
  const application = useFrameworkApplication(slug);
  if ((about.loading && !about.data) || (application.loading && !application.data && !application.error)) return <p className="govuk-body">Loading…</p>;
  if (about.error) return errorCode(about.error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (application.failed) return <ServiceProblem />;
  const supplier = about.data?.viewer?.supplier;
  if (!about.data || !supplier) return <PageNotFound />;
  return <>{children({ framework: about.data.framework, supplier, application: application.application })}</>;
}

/**
 * The frame of a supplier's application pages: signed in as a supplier (anyone else: the 404
 * page), the framework and the application loaded.
 */
export function ApplicationFrame({ children }: { children: (applying: Applying) => ReactNode }) {
  const { framework = '' } = useParams();
  return <RequireViewer allow={(v) => v.role === 'SUPPLIER'}>{() => <Loaded slug={framework}>{children}</Loaded>}</RequireViewer>;
}

/**
 * The declaration's pages need an application whose company details are confirmed, and (to change
 * answers) a framework still open; otherwise the page says why and where to go.
 */
export function DeclarationGate({ applying, editing, children }: { applying: Applying; editing: boolean; children: (application: Application) => ReactNode }) {
  const { framework, application } = applying;
  if (!application) return <PageNotFound />;
  if (editing && framework.status !== 'OPEN')
    return (
      <ErrorPage title={`You can no longer apply to ${framework.name}`}>
        <p className="govuk-body">The deadline for applications has passed.</p>
      </ErrorPage>
    );
  if (!application.applicationCompanyDetailsConfirmed)
    return (
      <ErrorPage title="Confirm your company details first">
        <p className="govuk-body">You need to confirm your company details before you make your supplier declaration.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/suppliers/details">
            Check and confirm your company details
          </Link>
        </p>
      </ErrorPage>
    );
  return <>{children(application)}</>;
}
