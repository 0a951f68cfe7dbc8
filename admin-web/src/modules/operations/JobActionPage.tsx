import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, SummaryList, Title, flash, formatDateTime, useFormMutation } from '@dm/web/ui';
import { CombinedGraphQLErrors } from '@apollo/client';
import { getFragmentData } from '../../gql';
import { RequireTask } from '../../app/RequireTask';
import { JOB_STATE_LABELS, attemptsText, isJobAction, type JobAction } from './operations';
import { BackgroundJobDocument, BackgroundJobFields, BackgroundJobsDocument, DiscardJobDocument, JobProblemsDocument, RetryJobDocument } from './queries';

const DEAD_LETTER_QUEUE = 'jobs.dead-letter';

const COPY: Record<JobAction, { title: string; button: string; done: string }> = {
  retry: { title: 'Retry this job?', button: 'Retry job', done: 'The job will run again' },
  discard: { title: 'Discard this job?', button: 'Discard job', done: 'The job was discarded' },
};

function explain(action: JobAction, queue: string, state: string, stalled: boolean): string {
  if (action === 'retry') {
    if (queue === DEAD_LETTER_QUEUE) return 'The job is created again on the queue it failed on, with a full set of retries. Its failed original is removed.';
    if (stalled) return 'The job is released from the worker holding it and runs again shortly. If that worker is still running it, its result is ignored.';
    return state === 'FAILED' ? 'The job runs once more, straight away. Its copy in the dead-letter queue is removed.' : 'The job runs again.';
  }
  if (stalled) return 'The job is cancelled and will not run again. What it has already done is not undone.';
  return 'The job is deleted and will not run again, with its copy in the dead-letter queue. The audit log keeps its data and its error.';
}

function Confirm({ queue, id, action }: { queue: string; id: string; action: JobAction }) {
  const found = useQuery(BackgroundJobDocument, { variables: { queue, id }, fetchPolicy: 'network-only' });
  const refetchQueries = [BackgroundJobsDocument, JobProblemsDocument];
  const retry = useFormMutation(RetryJobDocument, { refetchQueries });
  const discard = useFormMutation(DiscardJobDocument, { refetchQueries });
  const run = action === 'retry' ? retry : discard;
  const navigate = useNavigate();
  const back = '/operations/jobs';
  if (found.error && !found.data) {
    const notFound = CombinedGraphQLErrors.is(found.error) && found.error.errors.some((e) => ['NOT_FOUND', 'BAD_USER_INPUT'].includes(String(e.extensions?.code)));
    return notFound ? <PageNotFound /> : <ServiceProblem />;
  }
  if (!found.data) return <p className="govuk-body">Loading…</p>;
  const job = getFragmentData(BackgroundJobFields, found.data.backgroundJob);
  const copy = COPY[action];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run.submit({ queue, id })) await navigate(back, flash(copy.done));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={run.hasErrors}>{copy.title}</Title>
        <BackLink href={back} text="Back to background jobs" />
        <FormErrorSummary errors={run.errors} submission={run.submission} />
        <span className="govuk-caption-l">Background jobs</span>
        <h1 className="govuk-heading-l">{copy.title}</h1>
        <SummaryList
          rows={[
            { key: { text: 'Queue' }, value: { text: job.queue === DEAD_LETTER_QUEUE ? `${job.queue}, from ${job.sourceQueue ?? 'an unknown queue'}` : job.queue } },
            { key: { text: 'Job' }, value: { text: <span style={{ wordBreak: 'break-all' }}>{job.id}</span> } },
            { key: { text: 'State' }, value: { text: job.stalled ? 'Stalled' : JOB_STATE_LABELS[job.state] } },
            job.queue === DEAD_LETTER_QUEUE ? false : { key: { text: 'Runs' }, value: { text: attemptsText(job.attempts, job.maxAttempts) } },
            { key: { text: 'Data' }, value: { text: <code style={{ wordBreak: 'break-all' }}>{job.data}</code> } },
            { key: { text: 'Created' }, value: { text: formatDateTime(job.createdAt) } },
            { key: { text: 'Last error' }, value: { text: <span style={{ wordBreak: 'break-word' }}>{job.lastError ?? 'None recorded'}</span> } },
          ]}
        />
        <p className="govuk-body">{explain(action, job.queue, job.state, job.stalled)}</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <div className="govuk-button-group">
            <Button type="submit" text={copy.button} classes={action === 'discard' ? 'govuk-button--warning' : undefined} disabled={run.loading} />
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

function Page() {
  const { queue = '', id = '', action } = useParams();
  if (!isJobAction(action)) return <PageNotFound />;
  return <Confirm queue={queue} id={id} action={action} />;
}

/** Operations: confirm retrying or discarding a failed, stalled or dead-lettered job. */
export function JobActionPage() {
  return <RequireTask id="background-jobs">{() => <Page />}</RequireTask>;
}
