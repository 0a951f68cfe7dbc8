import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { FrameworkLots, type HomeFramework } from './FrameworkLots';

export const HomeFrameworksDocument = graphql(`
  query HomeFrameworks {
    frameworks(status: [LIVE, OPEN]) {
      slug
      name
      family
      status
      applicationsCloseAt
      lots {
        slug
        name
        allowsBrief
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export function HomePage() {
  const { data, loading, error } = useQuery(HomeFrameworksDocument);
  if (error) return <ServiceProblem />;
  const frameworks: HomeFramework[] = data?.frameworks ?? [];
  const live = frameworks.filter((f) => f.status === 'LIVE');
  const gcloud = live.filter((f) => f.family === 'G_CLOUD');
  const dos = live.filter((f) => f.family === 'DIGITAL_OUTCOMES_AND_SPECIALISTS');
  const open = frameworks.filter((f) => f.status === 'OPEN');

  return (
    <>
      <h1 className="govuk-heading-xl">Digital Marketplace</h1>
      <p className="govuk-body-l">Find technology or people for digital projects in the public sector, and sell your services to government.</p>
      {loading ? (
        <p className="govuk-body" role="status">
          Loading frameworks…
        </p>
      ) : (
        <>
          {open.map((f) => (
            <div key={f.slug} className="govuk-notification-banner" role="region" aria-labelledby={`open-${f.slug}`}>
              <div className="govuk-notification-banner__header">
                <h2 className="govuk-notification-banner__title" id={`open-${f.slug}`}>
                  Important
                </h2>
              </div>
              <div className="govuk-notification-banner__content">
                <p className="govuk-notification-banner__heading">
                  {f.name} is open for applications
                  {f.applicationsCloseAt ? ` until ${dateFormat.format(new Date(f.applicationsCloseAt))}` : ''}.
                </p>
              </div>
            </div>
          ))}
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-l">Cloud hosting, software and support</h2>
              <p className="govuk-body">Buy cloud services directly from suppliers on G-Cloud.</p>
              {gcloud.length ? (
                <p className="govuk-body">
                  <Link className="govuk-link" to="/g-cloud/search">
                    Find cloud hosting, software and support
                  </Link>
                </p>
              ) : null}
              {gcloud.map((f) => (
                <FrameworkLots key={f.slug} framework={f} />
              ))}
              {gcloud.length === 0 ? <p className="govuk-body">No G-Cloud framework is live at the moment.</p> : null}
            </div>
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-l">Digital outcomes, specialists and user research</h2>
              <p className="govuk-body">Publish your requirements and let suppliers apply.</p>
              {dos.length ? (
                <p className="govuk-body">
                  <Link className="govuk-link" to="/digital-outcomes-and-specialists/opportunities">
                    View Digital Outcomes and Specialists opportunities
                  </Link>
                </p>
              ) : null}
              {dos.map((f) => (
                <FrameworkLots key={f.slug} framework={f} />
              ))}
              {dos.length === 0 ? <p className="govuk-body">No Digital Outcomes and Specialists framework is live at the moment.</p> : null}
            </div>
          </div>
        </>
      )}
    </>
  );
}
