import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import type { MyRequirementsQuery } from '../../gql/graphql';
import { Flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { useFrameworkForm } from '../../ui/forms/frameworkForm';
import { formatDate } from '../../ui/format';
import { Table, type TableCell } from '../../ui/govuk/Table';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { opportunityHref, requirementHref } from './paths';
import { requirementTitle, unansweredCounts } from './progress';
import { MyRequirementsDocument, useCopyRequirement } from './queries';
import { hasOutcome } from './tasks';

type Brief = MyRequirementsQuery['myBriefs'][number];

const time = (v: string | null | undefined) => (v ? new Date(v).getTime() : 0);

/** The three tables of B11: drafts (newest created first), live (newest published first), closed and ended (latest closing first). */
export function splitRequirements(briefs: readonly Brief[]) {
  const unpublished = briefs.filter((b) => b.status === 'DRAFT').sort((a, b) => time(b.createdAt) - time(a.createdAt));
  const published = briefs.filter((b) => b.status === 'LIVE').sort((a, b) => time(b.publishedAt) - time(a.publishedAt));
  const closed = briefs
    .filter((b) => b.status !== 'DRAFT' && b.status !== 'LIVE')
    .sort((a, b) => time(b.withdrawnAt ?? b.applicationsClosedAt) - time(a.withdrawnAt ?? a.applicationsClosedAt));
  return { unpublished, published, closed };
}

const overviewHref = (b: Brief) => requirementHref(b.framework.slug, b.lot.slug, b.id);

/** "3 required, 2 optional": what a draft still needs, counted by question from its lot's form. */
function Unanswered({ brief }: { brief: Brief }) {
  const { form } = useFrameworkForm('BRIEF', brief.framework.slug, brief.lot.slug);
  if (!form) return <>…</>;
  const { required, optional } = unansweredCounts(form, brief.data as Record<string, unknown>, brief.missingAnswers as Record<string, unknown>);
  const parts = [required ? `${required} required` : null, optional ? `${optional} optional` : null].filter(Boolean);
  return <>{parts.length ? parts.join(', ') : 'None'}</>;
}

/** "Make a copy": a new draft like this requirement, then its first question. */
function CopyButton({ brief, onCopy }: { brief: Brief; onCopy: (b: Brief) => void }) {
  const title = requirementTitle(brief.data);
  return (
    <form
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onCopy(brief);
      }}
    >
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
        Make a copy<span className="govuk-visually-hidden"> of {title}</span>
      </button>
    </form>
  );
}

function Section({ title, empty, head, rows, testId }: { title: string; empty: string; head: TableCell[]; rows: TableCell[][]; testId: string }) {
  return (
    <section className="govuk-!-margin-bottom-8" data-testid={testId}>
      {rows.length ? (
        <Table caption={title} captionClasses="govuk-table__caption--m" head={head} rows={rows} firstCellIsHeader />
      ) : (
        <>
          <h2 className="govuk-heading-m">{title}</h2>
          <p className="govuk-body">{empty}</p>
        </>
      )}
    </section>
  );
}

function closedState(b: Brief): TableCell[] {
  const title = requirementTitle(b.data);
  if (b.status === 'WITHDRAWN')
    return [
      {
        text: (
          <Link className="govuk-link" to={opportunityHref(b.id)}>
            {title}
          </Link>
        ),
      },
      { text: `Withdrawn ${formatDate(b.withdrawnAt)}` },
      { text: '' },
    ];
  if (hasOutcome(b.status)) {
    const what = b.status === 'AWARDED' ? 'Awarded' : b.status === 'CANCELLED' ? 'Cancelled' : 'No suitable supplier';
    return [
      {
        text: (
          <Link className="govuk-link" to={overviewHref(b)}>
            {title}
          </Link>
        ),
      },
      { text: `Closed ${formatDate(b.applicationsClosedAt)}` },
      { text: what },
    ];
  }
  return [
    {
      text: (
        <Link className="govuk-link" to={overviewHref(b)}>
          {title}
        </Link>
      ),
    },
    { text: `Closed ${formatDate(b.applicationsClosedAt)}` },
    {
      text: (
        <ul className="govuk-list govuk-!-margin-0">
          <li>
            <Link className="govuk-link" to={requirementHref(b.framework.slug, b.lot.slug, b.id, '/responses')}>
              View responses<span className="govuk-visually-hidden"> to {title}</span>
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={requirementHref(b.framework.slug, b.lot.slug, b.id, '/award')}>
              Let suppliers know the outcome<span className="govuk-visually-hidden"> of {title}</span>
            </Link>
          </li>
        </ul>
      ),
    },
  ];
}

function Dashboard() {
  const { data, loading, error } = useQuery(MyRequirementsDocument, { fetchPolicy: 'cache-and-network' });
  const copy = useCopyRequirement();
  const navigate = useNavigate();
  const [copying, setCopying] = useState(false);
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  if (error || !data) return <ServiceProblem />;
  const { unpublished, published, closed } = splitRequirements(data.myBriefs);

  const onCopy = async (b: Brief) => {
    if (copying) return;
    setCopying(true);
    const made = await copy.submit({ id: b.id });
    setCopying(false);
    if (made) await navigate(requirementHref(made.copyBrief.framework.slug, made.copyBrief.lot.slug, made.copyBrief.id, '/edit'));
  };
  const copyCell = (b: Brief): TableCell => ({ text: <CopyButton brief={b} onCopy={(x) => void onCopy(x)} /> });
  const name = (b: Brief): TableCell => ({
    text: (
      <Link className="govuk-link" to={overviewHref(b)}>
        {requirementTitle(b.data)}
      </Link>
    ),
  });

  return (
    <>
      <Title error={copy.hasErrors}>Your requirements</Title>
      <Breadcrumbs items={[{ label: 'Your account', to: '/buyers' }, { label: 'Your requirements' }]} />
      <Flash />
      <FormErrorSummary errors={copy.errors} submission={copy.submission} />
      <span className="govuk-caption-l">Digital Outcomes and Specialists</span>
      <h1 className="govuk-heading-xl">Your requirements</h1>
      <Section
        title="Unpublished requirements"
        testId="unpublished"
        empty="You have no unpublished requirements."
        head={[{ text: 'Name' }, { text: 'Created' }, { text: 'Unanswered questions' }, { text: 'Copy' }]}
        rows={unpublished.map((b) => [name(b), { text: formatDate(b.createdAt) }, { text: <Unanswered brief={b} /> }, copyCell(b)])}
      />
      <Section
        title="Published requirements"
        testId="published"
        empty="You have no published requirements."
        head={[{ text: 'Name' }, { text: 'Published' }, { text: 'Closing' }, { text: 'Copy' }]}
        rows={published.map((b) => [name(b), { text: formatDate(b.publishedAt) }, { text: formatDate(b.applicationsClosedAt) }, copyCell(b)])}
      />
      <Section
        title="Closed requirements"
        testId="closed"
        empty="You have no closed requirements."
        head={[{ text: 'Name' }, { text: 'Closed' }, { text: 'Next steps' }, { text: 'Copy' }]}
        rows={closed.map((b) => [...closedState(b), copyCell(b)])}
      />
    </>
  );
}

/** B11: the buyer's DOS requirements, unpublished, published and closed, each with what to do next. */
export function DashboardPage() {
  return <RequireViewer allow={isBuyer}>{() => <Dashboard />}</RequireViewer>;
}
