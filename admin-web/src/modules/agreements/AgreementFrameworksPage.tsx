import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Breadcrumbs, ServiceProblem, Title } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { statusTag } from '../frameworks/FrameworksPage';
import { AGREEMENT_FRAMEWORK_STATUSES, AgreementFrameworksDocument } from './agreements';

function Frameworks() {
  const { data, error } = useQuery(AgreementFrameworksDocument);
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  // Live first, then standstill, then expired; newest first within each (the API lists oldest first).
  const order = ['LIVE', 'STANDSTILL', 'EXPIRED'];
  const frameworks = data.frameworks
    .map((f, i) => ({ ...f, i }))
    .filter((f) => f.isESignatureSupported && AGREEMENT_FRAMEWORK_STATUSES.includes(f.status))
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || b.i - a.i);
  if (!frameworks.length) return <p className="govuk-body">No framework has agreements to look at yet.</p>;
  return (
    <ul className="govuk-list govuk-list--spaced" data-testid="agreement-frameworks">
      {frameworks.map((f) => (
        <li key={f.slug}>
          <Link className="govuk-link" to={`/agreements/${f.slug}`}>
            {f.name} agreements
          </Link>{' '}
          <strong className={`govuk-tag ${statusTag[f.status].className}`}>{statusTag[f.status].label}</strong>
        </li>
      ))}
    </ul>
  );
}

/** AD11: the frameworks whose signed agreements the admins who process them look at. */
export function AgreementFrameworksPage() {
  return (
    <RequireTask id="agreements">
      {() => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Title>Supplier framework agreements</Title>
            <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Framework agreements' }]} />
            <h1 className="govuk-heading-l">Supplier framework agreements</h1>
            <p className="govuk-body">Choose a framework to see the agreements its suppliers have signed and where each has got to.</p>
            <Frameworks />
          </div>
        </div>
      )}
    </RequireTask>
  );
}
