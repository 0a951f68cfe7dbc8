import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Breadcrumbs, Flash, ServiceProblem, Table, Tag, Title, formatDateTime } from '@dm/web/ui';
import { getFragmentData, type FragmentType } from '../../gql';
import { RequireTask } from '../../app/RequireTask';
import { attemptsText, jobActionPath } from './operations';
import { BackgroundJobFields, BackgroundJobsDocument } from './queries';

type JobRef = FragmentType<typeof BackgroundJobFields>;

/** The actions of one job: links to their confirmation pages, named for screen readers. */
function Actions({ queue, id }: { queue: string; id: string }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      <li>
        <Link className="govuk-link" to={jobActionPath(queue, id, 'retry')}>
          Retry<span className="govuk-visually-hidden"> job {id}</span>
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={jobActionPath(queue, id, 'discard')}>
          Discard<span className="govuk-visually-hidden"> job {id}</span>
        </Link>
      </li>
    </ul>
  );
}

function JobTable({ jobs, caption, testId, kind }: { jobs: readonly JobRef[]; caption: string; testId: string; kind: 'failed' | 'stalled' | 'dead-letter' }) {
  const rows = jobs.map((ref) => getFragmentData(BackgroundJobFields, ref));
  return (
    <Table
      caption={caption}
      captionClasses="govuk-visually-hidden"
      classes="govuk-!-font-size-16"
      attributes={{ 'data-testid': testId }}
      head={[
        { text: kind === 'dead-letter' ? 'Failed on' : 'Queue' },
        { text: 'Job' },
        { text: kind === 'stalled' ? 'Started' : kind === 'dead-letter' ? 'Dead-lettered' : 'Failed' },
        { text: 'Last error' },
        { text: <span className="govuk-visually-hidden">Actions</span> },
      ]}
      rows={rows.map((j) => [
        { text: kind === 'dead-letter' ? (j.sourceQueue ?? 'Unknown queue') : j.queue },
        {
          text: (
            <>
              <span className="govuk-!-font-family-monospace" style={{ wordBreak: 'break-all' }}>
                {j.id}
              </span>
              <br />
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0">
                {kind === 'dead-letter' ? `Data ${j.data}` : `${attemptsText(j.attempts, j.maxAttempts)}. Data ${j.data}`}
                {kind === 'failed' && j.deadLettered ? '. Copied to the dead-letter queue' : ''}
              </span>
            </>
          ),
        },
        { text: formatDateTime(kind === 'stalled' ? j.startedAt : kind === 'dead-letter' ? j.createdAt : (j.finishedAt ?? j.createdAt)) },
        { text: <span style={{ wordBreak: 'break-word' }}>{j.lastError ?? (kind === 'stalled' ? 'None: still running, or its worker stopped' : 'No error recorded')}</span> },
        { text: <Actions queue={j.queue} id={j.id} /> },
      ])}
    />
  );
}

function Jobs() {
  const { data, error } = useQuery(BackgroundJobsDocument, { fetchPolicy: 'cache-and-network', pollInterval: 10_000 });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { queues, failed, stalled, deadLettered } = data.backgroundJobs;
  const n = (x: number) => (x ? <strong>{x}</strong> : '0');
  return (
    <>
      <h2 className="govuk-heading-m">Queues</h2>
      <Table
        caption="Jobs by queue and state"
        captionClasses="govuk-visually-hidden"
        classes="govuk-!-font-size-16"
        attributes={{ 'data-testid': 'job-queues' }}
        firstCellIsHeader
        head={[
          { text: 'Queue' },
          { text: 'Waiting', format: 'numeric' },
          { text: 'Retrying', format: 'numeric' },
          { text: 'Running', format: 'numeric' },
          { text: 'Stalled', format: 'numeric' },
          { text: 'Failed', format: 'numeric' },
        ]}
        rows={queues.map((q) => [
          { text: q.isDeadLetter ? `${q.name} (dead-letter queue)` : q.name },
          { text: n(q.created), format: 'numeric' },
          { text: n(q.retry), format: 'numeric' },
          { text: n(q.active), format: 'numeric' },
          { text: n(q.stalled), format: 'numeric' },
          { text: n(q.failed), format: 'numeric' },
        ])}
      />

      <h2 className="govuk-heading-m" id="failed-jobs">
        Failed jobs <Tag classes={failed.length ? 'govuk-tag--red' : 'govuk-tag--green'}>{failed.length ? String(failed.length) : 'None'}</Tag>
      </h2>
      {failed.length ? (
        <>
          <p className="govuk-body">These jobs ran out of retries. Retry one when what made it fail is fixed, or discard it. The newest is first.</p>
          <JobTable jobs={failed} caption="Failed jobs" testId="failed-jobs" kind="failed" />
        </>
      ) : (
        <p className="govuk-body">No job has run out of retries.</p>
      )}

      <h2 className="govuk-heading-m" id="stalled-jobs">
        Stalled jobs <Tag classes={stalled.length ? 'govuk-tag--yellow' : 'govuk-tag--green'}>{stalled.length ? String(stalled.length) : 'None'}</Tag>
      </h2>
      {stalled.length ? (
        <>
          <p className="govuk-body">
            These jobs are running past their time limit, or their worker stopped reporting. The workers release them by themselves within a minute; retry one to release it now.
          </p>
          <JobTable jobs={stalled} caption="Stalled jobs" testId="stalled-jobs" kind="stalled" />
        </>
      ) : (
        <p className="govuk-body">No job is stalled.</p>
      )}

      <h2 className="govuk-heading-m" id="dead-letter">
        Dead-letter queue <Tag classes="govuk-tag--grey">{String(deadLettered.length)}</Tag>
      </h2>
      <p className="govuk-body">
        A job that runs out of retries is copied here, and no worker takes it. Retrying a copy runs the job again on its own queue with a full set of retries; retrying or
        discarding a failed job above clears its copy too.
      </p>
      {deadLettered.length ? (
        <JobTable jobs={deadLettered} caption="Jobs in the dead-letter queue" testId="dead-letter-jobs" kind="dead-letter" />
      ) : (
        <p className="govuk-body">The dead-letter queue is empty.</p>
      )}
    </>
  );
}

/** Operations: the job queues, failed and stalled jobs with their last error, and the dead-letter queue. */
export function JobsPage() {
  return (
    <RequireTask id="background-jobs">
      {() => (
        <>
          <Title>Background jobs</Title>
          <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Background jobs' }]} />
          <Flash />
          <h1 className="govuk-heading-l">Background jobs</h1>
          <p className="govuk-body">
            Emails, search updates, virus scans and other work run as jobs on queues. Each job is retried with a growing delay before it is counted as failed.
          </p>
          <Jobs />
        </>
      )}
    </RequireTask>
  );
}
