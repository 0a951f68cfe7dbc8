import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { Flash } from '../../ui/app/flash';
import { formatDate } from '../../ui/format';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { useViewer } from '../../ui/session/session';
import { FrameworkLots, type HomeFramework } from './FrameworkLots';
import { RequirementStartLinks } from '../requirements/StartLinks';

export const HomeFrameworksDocument = graphql(`
  query HomeFrameworks {
    frameworks(status: [LIVE, OPEN, COMING, PENDING]) {
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

/** What suppliers should know first: the first framework open for applications, else coming, else being evaluated. */
function StatusMessage({ frameworks, showApply }: { frameworks: HomeFramework[]; showApply: boolean }) {
  const framework = ['OPEN', 'COMING', 'PENDING'].map((status) => frameworks.find((f) => f.status === status)).find(Boolean);
  if (!framework) return null;
  const message =
    framework.status === 'OPEN'
      ? `${framework.name} is open for applications${framework.applicationsCloseAt ? ` until ${formatDate(framework.applicationsCloseAt)}` : ''}.`
      : framework.status === 'COMING'
        ? `${framework.name} is coming soon. Suppliers cannot apply yet.`
        : `Applications for ${framework.name} have closed and are being evaluated.`;
  return (
    <NotificationBanner titleId="framework-status-title" titleText="Important">
      <p className="govuk-notification-banner__heading">{message}</p>
      {showApply && framework.status !== 'PENDING' ? (
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to="/suppliers/supply">
            Find out how to become a supplier
          </Link>
        </p>
      ) : null}
    </NotificationBanner>
  );
}

export function HomePage() {
  const { data, loading, error } = useQuery(HomeFrameworksDocument);
  const viewer = useViewer();
  // Signed-in suppliers already are one; until the viewer is known, the link waits.
  const notASupplier = viewer.data !== undefined && viewer.data.viewer?.role !== 'SUPPLIER';
  const buyer = viewer.data?.viewer?.role === 'BUYER';
  if (error) return <ServiceProblem />;
  const frameworks: HomeFramework[] = data?.frameworks ?? [];
  const live = frameworks.filter((f) => f.status === 'LIVE');
  const gcloud = live.filter((f) => f.family === 'G_CLOUD');
  const dos = live.filter((f) => f.family === 'DIGITAL_OUTCOMES_AND_SPECIALISTS');

  return (
    <>
      <Flash />
      <h1 className="govuk-heading-xl">Digital Marketplace</h1>
      <p className="govuk-body-l">Find technology or people for digital projects in the public sector, and sell your services to government.</p>
      {loading ? (
        <p className="govuk-body" role="status">
          Loading frameworks…
        </p>
      ) : (
        <>
          <StatusMessage frameworks={frameworks} showApply={notASupplier} />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-l">Cloud hosting, software and support</h2>
              <p className="govuk-body">Buy cloud services directly from suppliers on G-Cloud.</p>
              {gcloud.length ? (
                <ul className="govuk-list">
                  <li>
                    <Link className="govuk-link" to="/g-cloud">
                      Find cloud hosting, software and support
                    </Link>
                  </li>
                  <li>
                    <Link className="govuk-link" to="/g-cloud/suppliers">
                      Browse G-Cloud suppliers from A to Z
                    </Link>
                  </li>
                </ul>
              ) : null}
              {gcloud.map((f) => (
                <FrameworkLots key={f.slug} framework={f} lotHref={(lot) => `/g-cloud/search?lot=${encodeURIComponent(lot.slug)}`} />
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
              {buyer ? dos.map((f) => <RequirementStartLinks key={f.slug} framework={f} />) : null}
              {dos.map((f) => (
                <FrameworkLots
                  key={f.slug}
                  framework={f}
                  // Only lots that take requirements have opportunities to show.
                  lotHref={(lot) => (lot.allowsBrief ? `/digital-outcomes-and-specialists/opportunities?lot=${encodeURIComponent(lot.slug)}` : null)}
                />
              ))}
              {dos.length === 0 ? <p className="govuk-body">No Digital Outcomes and Specialists framework is live at the moment.</p> : null}
            </div>
          </div>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-m">Physical datacentre space</h2>
              <p className="govuk-body">Rent secure space in UK datacentres for your own servers and equipment.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to="/crown-hosting">
                  Find physical datacentre space
                </Link>
              </p>
            </div>
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-m">Sell to the public sector</h2>
              <p className="govuk-body">Apply to join a framework, then find buyers for your services and apply for their opportunities.</p>
              {notASupplier ? (
                <p className="govuk-body">
                  <Link className="govuk-link" to="/suppliers/supply">
                    Become a supplier
                  </Link>
                </p>
              ) : null}
              <p className="govuk-body">
                <Link className="govuk-link" to="/suppliers/mailing-list">
                  Sign up for email alerts
                </Link>
              </p>
            </div>
          </div>
        </>
      )}
    </>
  );
}
