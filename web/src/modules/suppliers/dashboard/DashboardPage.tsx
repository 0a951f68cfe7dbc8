import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { SupplierDashboardQuery } from '../../../gql/graphql';
import { Flash } from '../../../ui/app/flash';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { useFormMutation } from '../../../ui/forms/useFormMutation';
import { formatDate, formatDateTime } from '../../../ui/format';
import { LegalDocuments } from '../../agreements/LegalDocuments';
import { Button } from '../../../ui/govuk/Button';
import { Table } from '../../../ui/govuk/Table';
import { PageNotFound, ServiceProblem } from '../../../ui/pages/ErrorPages';
import { RequireViewer } from '../../../ui/session/guards';

export const SupplierDashboardDocument = graphql(`
  query SupplierDashboard {
    viewer {
      id
      email
      supplier {
        id
        name
        frameworkApplications {
          id
          framework {
            slug
          }
          declarationStatus
          applicationCompanyDetailsConfirmed
          onFramework
          draftServiceCounts {
            notSubmitted
            submitted
          }
          agreement {
            id
            status
          }
        }
        services {
          id
          status
          framework {
            slug
          }
        }
      }
    }
    frameworks(status: [OPEN, PENDING, STANDSTILL, LIVE, EXPIRED]) {
      id
      slug
      name
      family
      status
      applicationsCloseAt
      liveAt
      expiresAt
    }
  }
`);

const RegisterFrameworkInterestFromDashboardDocument = graphql(`
  mutation RegisterFrameworkInterestFromDashboard($frameworkSlug: String!) {
    registerFrameworkInterest(frameworkSlug: $frameworkSlug) {
      id
    }
  }
`);

const useStartApplication = () => useFormMutation(RegisterFrameworkInterestFromDashboardDocument, { refetchQueries: [SupplierDashboardDocument] });

type Data = SupplierDashboardQuery;
type Supplier = NonNullable<NonNullable<Data['viewer']>['supplier']>;
type Application = NonNullable<Supplier['frameworkApplications']>[number];
type Framework = Data['frameworks'][number];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const isDos = (f: Framework) => f.family === 'DIGITAL_OUTCOMES_AND_SPECIALISTS';

/** An application was made: declaration complete, a service completed, company details confirmed. */
const made = (a: Application | undefined) => Boolean(a && a.declarationStatus === 'COMPLETE' && a.draftServiceCounts.submitted > 0 && a.applicationCompanyDetailsConfirmed);

function OpenFramework({ framework, application, onApply, applying }: { framework: Framework; application?: Application; onApply: () => void; applying: boolean }) {
  const deadline = framework.applicationsCloseAt ? <p className="govuk-body">The deadline for applications is {formatDateTime(framework.applicationsCloseAt)}.</p> : null;
  if (application) {
    return (
      <section className="app-dashboard-box" aria-labelledby={`fw-${framework.slug}`}>
        <h2 className="govuk-heading-m" id={`fw-${framework.slug}`}>
          Your {framework.name} application
        </h2>
        {deadline}
        <Button href={`/suppliers/frameworks/${framework.slug}`} text="Continue your application" />
      </section>
    );
  }
  return (
    <section className="app-dashboard-box" aria-labelledby={`fw-${framework.slug}`}>
      <h2 className="govuk-heading-m" id={`fw-${framework.slug}`}>
        {framework.name} is open for applications
      </h2>
      <p className="govuk-body">When you start your application, everyone in your company with an account will get email updates about {framework.name}.</p>
      {deadline}
      <Button text="Apply" disabled={applying} onClick={onApply} />
    </section>
  );
}

function PendingFramework({ framework, application }: { framework: Framework; application?: Application }) {
  return (
    <section aria-labelledby={`fw-${framework.slug}`}>
      <h2 className="govuk-heading-m" id={`fw-${framework.slug}`}>
        {framework.name} is closed for applications
      </h2>
      {made(application) ? (
        <>
          <p className="govuk-body">You submitted {plural(application!.draftServiceCounts.submitted, 'service', 'services')}.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/suppliers/frameworks/${framework.slug}`}>
              View your submitted application
            </Link>
          </p>
        </>
      ) : application ? (
        <p className="govuk-body">
          You did not submit an application.{' '}
          <Link className="govuk-link" to={`/suppliers/frameworks/${framework.slug}`}>
            Find out more about {framework.name}
          </Link>
        </p>
      ) : (
        <p className="govuk-body">The deadline for applications has passed.</p>
      )}
    </section>
  );
}

function StandstillServices({ entries }: { entries: Array<{ framework: Framework; application: Application }> }) {
  return (
    <Table
      caption="Pending services"
      captionClasses="govuk-table__caption--m"
      head={[{ text: 'Framework' }, { text: 'Services' }, { text: <span className="govuk-visually-hidden">Actions</span> }]}
      rows={entries.map(({ framework, application }) => [
        {
          text: (
            <>
              {framework.name}
              {application.onFramework && framework.liveAt ? (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">Live from {formatDate(framework.liveAt)}</span>
              ) : null}
            </>
          ),
        },
        { text: plural(application.draftServiceCounts.submitted, 'service', 'services') },
        {
          text: (
            <>
              <Link className="govuk-link govuk-!-display-block" to={`/suppliers/frameworks/${framework.slug}/submissions`}>
                View your services<span className="govuk-visually-hidden"> for {framework.name}</span>
              </Link>
              {application.onFramework && !application.agreement ? (
                <Link className="govuk-link govuk-!-display-block" to={`/suppliers/frameworks/${framework.slug}/start-framework-agreement-signing`}>
                  Sign and return your {framework.name} agreement before you can sell these services
                </Link>
              ) : null}
            </>
          ),
        },
      ])}
    />
  );
}

function LiveFramework({ framework, application, services }: { framework: Framework; application?: Application; services: number }) {
  const live = framework.status === 'LIVE';
  return (
    <section aria-labelledby={`fw-${framework.slug}`}>
      <h3 className="govuk-heading-s" id={`fw-${framework.slug}`}>
        {framework.name}
      </h3>
      <ul className="govuk-list">
        {live && application?.onFramework && !application.agreement ? (
          <li>
            <Link className="govuk-link" to={`/suppliers/frameworks/${framework.slug}/start-framework-agreement-signing`}>
              Sign and return your {framework.name} agreement
            </Link>
          </li>
        ) : null}
        {isDos(framework) ? (
          <li>
            <Link className="govuk-link" to={`/suppliers/opportunities/frameworks/${framework.slug}`}>
              View your opportunities<span className="govuk-visually-hidden"> on {framework.name}</span>
            </Link>
          </li>
        ) : null}
        {live && services > 0 ? (
          <li>
            <Link className="govuk-link" to="/suppliers/services">
              View services<span className="govuk-visually-hidden"> on {framework.name}</span>
            </Link>
          </li>
        ) : null}
        {live ? (
          <li>
            <Link className="govuk-link" to={`/suppliers/frameworks/${framework.slug}`}>
              View documents<span className="govuk-visually-hidden"> for {framework.name}</span>
            </Link>
          </li>
        ) : null}
      </ul>
      {services === 0 ? <p className="govuk-body">You do not have any services on {framework.name}.</p> : null}
      {application?.agreement ? <LegalDocuments frameworkSlug={framework.slug} frameworkName={framework.name} headingLevel={4} /> : null}
    </section>
  );
}

function Dashboard({ data }: { data: Data }) {
  const start = useStartApplication();
  const navigate = useNavigate();
  const supplier = data.viewer?.supplier;
  if (!supplier) return <PageNotFound />;

  const applications = new Map((supplier.frameworkApplications ?? []).map((a) => [a.framework.slug, a]));
  const servicesOn = (slug: string) => supplier.services.filter((s) => s.framework.slug === slug && s.status !== 'DELETED').length;
  const inStatus = (status: Framework['status']) => data.frameworks.filter((f) => f.status === status);
  const standstill = inStatus('STANDSTILL').flatMap((framework) => {
    const application = applications.get(framework.slug);
    return application && made(application) ? [{ framework, application }] : [];
  });
  // On a framework: the result says so, or it has services there (frameworks loaded before applications were recorded).
  const onFramework = (f: Framework) => applications.get(f.slug)?.onFramework === true || servicesOn(f.slug) > 0;
  const lastExpiredDos = inStatus('EXPIRED')
    .filter(isDos)
    .sort((a, b) => (b.expiresAt ?? '').localeCompare(a.expiresAt ?? '') || Number(b.id) - Number(a.id))[0];
  const current = [...inStatus('LIVE'), ...(lastExpiredDos ? [lastExpiredDos] : [])].filter(onFramework);

  const apply = async (framework: Framework) => {
    if (await start.submit({ frameworkSlug: framework.slug })) await navigate(`/suppliers/frameworks/${framework.slug}`);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={start.hasErrors}>Your supplier account</Title>
        <Flash />
        <FormErrorSummary errors={start.errors} submission={start.submission} />
        <span className="govuk-caption-l" data-testid="signed-in-email">
          {data.viewer?.email}
        </span>
        <h1 className="govuk-heading-l">{supplier.name}</h1>

        {inStatus('OPEN').map((f) => (
          <OpenFramework key={f.slug} framework={f} application={applications.get(f.slug)} applying={start.loading} onApply={() => void apply(f)} />
        ))}
        {inStatus('PENDING').map((f) => (
          <PendingFramework key={f.slug} framework={f} application={applications.get(f.slug)} />
        ))}
        {standstill.length ? <StandstillServices entries={standstill} /> : null}
        {current.length ? (
          <>
            <h2 className="govuk-heading-m">Your frameworks</h2>
            {current.map((f) => (
              <LiveFramework key={f.slug} framework={f} application={applications.get(f.slug)} services={servicesOn(f.slug)} />
            ))}
          </>
        ) : null}

        <h2 className="govuk-heading-m">Your company</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/suppliers/details">
              Your company details
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/suppliers/users">
              Contributors
            </Link>
          </li>
        </ul>

        <h2 className="govuk-heading-m">Account settings</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/account">
              Your account
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/account/change-password">
              Change your password
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

function Loaded() {
  const { data, error } = useQuery(SupplierDashboardDocument, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  return <Dashboard data={data} />;
}

/** S2: a supplier user's home: their frameworks by status, their company and their account. */
export function SupplierDashboardPage() {
  return <RequireViewer allow={(v) => v.role === 'SUPPLIER'}>{() => <Loaded />}</RequireViewer>;
}
