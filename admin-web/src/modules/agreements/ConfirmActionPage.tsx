import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, SummaryList, Title, flash, formatDate, type Viewer } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import {
  ACTION_COPY,
  actionsFor,
  afterAction,
  errorCode,
  isAction,
  organisation,
  paramOf,
  statusFilter,
  useAgreementAction,
  useAgreementFramework,
  useAgreements,
  type AdminAgreement,
  type AgreementAction,
} from './agreements';

interface ConfirmProps {
  slug: string;
  frameworkName: string;
  agreement: AdminAgreement;
  action: AgreementAction;
  shown: AdminAgreement[];
  query: string;
  /** Called as the action is sent: the agreement's status then changes under the page, which stays until it moves on. */
  onSubmitted: () => void;
}

function Confirm({ slug, frameworkName, agreement, action, shown, query, onSubmitted }: ConfirmProps) {
  const copy = ACTION_COPY[action];
  const run = useAgreementAction(action);
  const navigate = useNavigate();
  const back = `/agreements/${slug}/${agreement.id}${query}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Where to go next is decided from the list as it was shown, before the action changes it.
    const after = afterAction(action, agreement.id, shown);
    onSubmitted();
    if (!(await run.submit({ id: agreement.id }))) return;
    const message = flash(copy.done(organisation(agreement)));
    if (after === 'same') await navigate(back, message);
    else await navigate(after.next ? `/agreements/${slug}/${after.next}${query}` : `/agreements/${slug}${query}`, message);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={run.hasErrors}>{copy.title}</Title>
        <BackLink href={back} text="Back to the agreement" />
        <FormErrorSummary errors={run.errors} submission={run.submission} />
        <span className="govuk-caption-l">
          {frameworkName} agreement of {agreement.supplier.name}
        </span>
        <h1 className="govuk-heading-l">{copy.title}</h1>
        <SummaryList
          rows={[
            { key: { text: 'Supplier' }, value: { text: organisation(agreement) } },
            { key: { text: 'Signed by' }, value: { text: `${agreement.signerName}, ${agreement.signerRole}` } },
            { key: { text: 'Signed on' }, value: { text: formatDate(agreement.signedAt) } },
          ]}
        />
        <p className="govuk-body">{copy.explain}</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <div className="govuk-button-group">
            <Button type="submit" text={copy.button} classes={copy.warning ? 'govuk-button--warning' : undefined} disabled={run.loading} />
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

function Page({ viewer }: { viewer: Viewer }) {
  const { framework: slug = '', id = '', action } = useParams();
  const [params] = useSearchParams();
  const filter = statusFilter(params.get('status'), viewer.role);
  const framework = useAgreementFramework(slug);
  const agreements = useAgreements(slug, null);
  const [submitted, setSubmitted] = useState(false);
  if (filter === 'invalid' || !isAction(action)) return <PageNotFound />;
  if (viewer.role !== 'ADMIN_CCS_SOURCING') return <NotAllowedPage />;
  if (framework.error && !framework.data) return errorCode(framework.error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (agreements.error && !agreements.data) return <ServiceProblem />;
  if (!framework.data || !agreements.data) return <p className="govuk-body">Loading…</p>;
  const all = agreements.data.frameworkAgreements;
  const agreement = all.find((a) => a.id === id);
  if (!agreement) return <PageNotFound />;
  const query = filter.status ? `?status=${paramOf(filter.status)}` : '';
  // An action the agreement's status (or the role) does not allow: back to the agreement, which says where it is.
  if (!submitted && !actionsFor(viewer.role, agreement.status).includes(action)) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>You cannot do this to the agreement now</Title>
          <h1 className="govuk-heading-l">You cannot do this to the agreement now</h1>
          <p className="govuk-body">The agreement of {organisation(agreement)} has moved on since this page was opened, or your role does not include this.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/agreements/${slug}/${agreement.id}${query}`}>
              See the agreement as it is now
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const shown = filter.status ? all.filter((a) => a.status === filter.status) : all;
  return (
    <Confirm slug={slug} frameworkName={framework.data.framework.name} agreement={agreement} action={action} shown={shown} query={query} onSubmitted={() => setSubmitted(true)} />
  );
}

/** AD11: sourcing confirms putting an agreement on hold, approving, countersigning or cancelling an approval. */
export function ConfirmActionPage() {
  return <RequireTask id="agreements">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
