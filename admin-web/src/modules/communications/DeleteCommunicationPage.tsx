import { CombinedGraphQLErrors } from '@apollo/client';
import { type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, Title, WarningText, flash } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { KINDS, useDeleteCommunication, useManagedCommunications } from './communications';

function Confirm({ frameworkSlug, frameworkName, id, fileName, singular }: { frameworkSlug: string; frameworkName: string; id: string; fileName: string; singular: string }) {
  const remove = useDeleteCommunication();
  const navigate = useNavigate();
  const back = `/communications/${frameworkSlug}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await remove.submit({ id })) await navigate(back, flash(`${fileName} was deleted: suppliers can no longer see it`));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={remove.hasErrors}>{`Delete a ${singular}`}</Title>
        <BackLink href={back} text={`Back to ${frameworkName} communications`} />
        <FormErrorSummary errors={remove.errors} submission={remove.submission} />
        <span className="govuk-caption-l">{frameworkName}</span>
        <h1 className="govuk-heading-l">Are you sure you want to delete {fileName}?</h1>
        <WarningText text="Suppliers will no longer see or download this file. You cannot undo this: to publish it again, upload it again." />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Button type="submit" classes="govuk-button--warning" text="Delete file" disabled={remove.loading} />
        </form>
      </div>
    </div>
  );
}

function Loaded() {
  const { framework = '', id = '' } = useParams();
  const { data, error } = useManagedCommunications(framework);
  if (error && !data) return CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.code === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const doc = data.frameworkCommunications.find((d) => d.id === id);
  const kind = KINDS.find((k) => k.purpose === doc?.purpose);
  if (!doc || !kind) return <PageNotFound />;
  return <Confirm frameworkSlug={data.framework.slug} frameworkName={data.framework.name} id={doc.id} fileName={doc.fileName} singular={kind.singular} />;
}

/** AD12: a framework manager withdraws a published file, after confirming. */
export function DeleteCommunicationPage() {
  return <RequireTask id="communications">{() => <Loaded />}</RequireTask>;
}
