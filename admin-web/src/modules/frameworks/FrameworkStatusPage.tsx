import { CombinedGraphQLErrors } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, Radios, ServiceProblem, Title, WarningText, flash, inlineError } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import type { FrameworkStatus } from '../../gql/graphql';
import { FrameworksPage } from './FrameworksPage';
import { STATUSES, checkStatus, statusLabel, useChangeFrameworkStatus, useFrameworkStatus } from './frameworkStatus';

function ChangeStatus({ slug, name, current }: { slug: string; name: string; current: FrameworkStatus }) {
  const change = useChangeFrameworkStatus();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string>(current);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await change.submit({ slug, status: chosen as FrameworkStatus }, checkStatus(chosen, current, name));
    if (done) await navigate('/frameworks/status', flash(`${done.updateFramework.name} is now ${statusLabel(done.updateFramework.status).toLowerCase()}`));
  };
  const title = `Change the status of ${name}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={change.hasErrors}>{title}</Title>
        <BackLink href="/frameworks/status" text="Back to frameworks" />
        <FormErrorSummary errors={change.errors} submission={change.submission} />
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">Change the framework’s status</h1>
        <WarningText text="Tell the team before you change a status: suppliers and buyers see the change straight away, and some changes start work such as reindexing services." />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Radios
            name="status"
            fieldset={{ legend: { text: `Status of ${name}`, classes: 'govuk-fieldset__legend--m' } }}
            hint={{ text: `It is ${statusLabel(current).toLowerCase()} now.` }}
            value={chosen}
            onChange={setChosen}
            items={STATUSES.map((s) => ({ value: s.value, text: s.label, hint: { text: s.hint } }))}
            errorMessage={inlineError(change.errors, 'status')}
          />
          <Button type="submit" text="Change status" disabled={change.loading} />
        </form>
      </div>
    </div>
  );
}

function Loaded() {
  const { slug = '' } = useParams();
  const { data, error } = useFrameworkStatus(slug);
  if (error && !data) {
    const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
    return code === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (!data) return <p className="govuk-body">Loading…</p>;
  return <ChangeStatus key={data.framework.slug} slug={data.framework.slug} name={data.framework.name} current={data.framework.status} />;
}

/** AD17: a framework manager moves a framework along its lifecycle (the API refuses what the lifecycle does not allow). */
export function FrameworkStatusPage() {
  return <RequireTask id="framework-status">{() => <Loaded />}</RequireTask>;
}

/** AD17: the frameworks with their statuses, each with its "Change status" link. */
export function FrameworkStatusListPage() {
  return <RequireTask id="framework-status">{(viewer) => <FrameworksPage role={viewer.role} changing />}</RequireTask>;
}
