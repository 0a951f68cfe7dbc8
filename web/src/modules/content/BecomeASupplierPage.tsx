import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { FrameworkFamily, FrameworkStatus } from '../../gql/graphql';
import { Title } from '../../ui/app/Title';
import { Button } from '../../ui/govuk/Button';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { formatDate } from '../../ui/format';

export const SupplyFrameworksDocument = graphql(`
  query SupplyFrameworks {
    frameworks {
      id
      slug
      name
      family
      status
      applicationsCloseAt
    }
  }
`);

interface SupplyFramework {
  id: string;
  name: string;
  family: FrameworkFamily;
  status: FrameworkStatus;
  applicationsCloseAt?: string | null;
}

/** What each family sells, in the words a supplier would look for. */
const FAMILIES: Array<{ family: FrameworkFamily; title: string; what: string }> = [
  {
    family: 'G_CLOUD',
    title: 'Cloud hosting, software and support',
    what: 'Sell cloud hosting, cloud software and cloud support services to the public sector through G-Cloud. Buyers find your services by searching and buy them directly.',
  },
  {
    family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS',
    title: 'Digital outcomes, specialists and user research',
    what: 'Sell teams that deliver digital projects, individual specialists, user research participants and research studios through Digital Outcomes and Specialists. Buyers publish requirements and you apply for them.',
  },
];

const rank = (status: FrameworkStatus) => (status === 'OPEN' ? 0 : status === 'COMING' ? 1 : 2);

/** The iteration that matters to a supplier now: open, else coming, else the latest one. */
export function mostRelevant(frameworks: SupplyFramework[]): SupplyFramework | undefined {
  return [...frameworks].sort((a, b) => rank(a.status) - rank(b.status) || Number(b.id) - Number(a.id))[0];
}

function statusText(f: SupplyFramework): string {
  if (f.status === 'OPEN') return `${f.name} is open for applications${f.applicationsCloseAt ? ` until ${formatDate(f.applicationsCloseAt)}` : ''}.`;
  if (f.status === 'COMING') return `${f.name} is coming soon. You cannot apply yet, but you can create your account now.`;
  return `Applications for ${f.name} have closed. You can apply when the next ${f.family === 'G_CLOUD' ? 'G-Cloud' : 'Digital Outcomes and Specialists'} framework opens.`;
}

function Family({ title, what, framework }: { title: string; what: string; framework: SupplyFramework }) {
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby={`family-${framework.id}`} data-testid="supply-family">
      <h3 className="govuk-heading-s" id={`family-${framework.id}`}>
        {title}
      </h3>
      <p className="govuk-body">{what}</p>
      <p className="govuk-body">{statusText(framework)}</p>
    </section>
  );
}

/** A11: which frameworks a supplier can apply to now, and where to start. */
export function BecomeASupplierPage() {
  const { data, error, loading } = useQuery(SupplyFrameworksDocument);
  if (error) return <ServiceProblem />;
  const families = FAMILIES.map((f) => ({ ...f, framework: mostRelevant((data?.frameworks ?? []).filter((x) => x.family === f.family)) })).filter(
    (f): f is (typeof FAMILIES)[number] & { framework: SupplyFramework } => Boolean(f.framework),
  );
  const canApply = families.filter((f) => f.framework.status === 'OPEN' || f.framework.status === 'COMING');
  const cannot = families.filter((f) => !canApply.includes(f));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Become a supplier</Title>
        <h1 className="govuk-heading-l">Become a supplier</h1>
        <p className="govuk-body-l">Sell your digital and cloud services to central government, local councils, the NHS and other public sector organisations.</p>
        {loading ? (
          <p className="govuk-body" role="status">
            Loading frameworks…
          </p>
        ) : (
          <>
            <p className="govuk-body">
              Suppliers join a framework by applying while it is open. Once your application is accepted, buyers can find and buy your services on the Digital Marketplace.
            </p>
            {canApply.length ? (
              <>
                <h2 className="govuk-heading-m">Services you can apply to sell</h2>
                {canApply.map((f) => (
                  <Family key={f.family} {...f} />
                ))}
              </>
            ) : null}
            {cannot.length ? (
              <>
                <h2 className="govuk-heading-m">Services you can’t apply to sell at the moment</h2>
                {cannot.map((f) => (
                  <Family key={f.family} {...f} />
                ))}
              </>
            ) : null}
            {canApply.length ? (
              <>
                <h2 className="govuk-heading-m">Create an account</h2>
                <p className="govuk-body">You need a supplier account to apply. You’ll need your company’s DUNS number to create one.</p>
                <Button href="/suppliers/create" isStartButton text="Create a supplier account" />
                <p className="govuk-body">
                  If your company already has an account, ask a colleague to invite you, or{' '}
                  <Link className="govuk-link" to="/sign-in">
                    sign in
                  </Link>
                  .
                </p>
              </>
            ) : (
              <p className="govuk-body">No framework is open for applications or coming soon, so you cannot create a supplier account at the moment.</p>
            )}
            <h2 className="govuk-heading-m">Get email alerts</h2>
            <p className="govuk-body">
              <Link className="govuk-link" to="/suppliers/mailing-list">
                Sign up for email alerts
              </Link>{' '}
              to hear when a framework opens for applications.
            </p>
          </>
        )}
      </div>
    </div>
  );
}
