import { CombinedGraphQLErrors } from '@apollo/client';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  Breadcrumbs,
  Button,
  FileUpload,
  Flash,
  FormErrorSummary,
  PageNotFound,
  ServiceProblem,
  Table,
  Tag,
  Title,
  describeFile,
  flash,
  formatDateTime,
  inlineError,
} from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import type { ManagedCommunicationsQuery } from '../../gql/graphql';
import { KINDS, scanTag, useManagedCommunications, useUploadDocument, type Kind } from './communications';

type Published = ManagedCommunicationsQuery['frameworkCommunications'][number];

/** One list of published documents: the file (a download link once scanned clean), when, its scan, and Delete. */
function Documents({ kind, frameworkSlug, documents }: { kind: Kind; frameworkSlug: string; documents: Published[] }) {
  const id = `${kind.field}-list`;
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-8" data-testid={id}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {kind.heading}
      </h2>
      {documents.length ? (
        <Table
          caption={<span className="govuk-visually-hidden">{kind.heading}</span>}
          head={[{ text: 'File' }, { text: 'Uploaded' }, { text: 'Status' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
          rows={documents.map((doc) => {
            const tag = scanTag(doc.scanStatus);
            return [
              {
                text: (
                  <>
                    {doc.downloadUrl ? (
                      <a className="govuk-link" href={doc.downloadUrl} download={doc.fileName}>
                        {doc.fileName}
                      </a>
                    ) : (
                      doc.fileName
                    )}
                    <span className="govuk-body-s"> ({describeFile(doc)})</span>
                    {doc.scanDetail ? <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{doc.scanDetail}</span> : null}
                  </>
                ),
              },
              { text: formatDateTime(doc.createdAt) },
              { text: <Tag text={tag.text} classes={tag.classes} /> },
              {
                text: (
                  <Link className="govuk-link" to={`/communications/${frameworkSlug}/${doc.id}/delete`}>
                    Delete<span className="govuk-visually-hidden"> {doc.fileName}</span>
                  </Link>
                ),
              },
            ];
          })}
        />
      ) : (
        <p className="govuk-body">{kind.none}</p>
      )}
    </section>
  );
}

type Upload = ReturnType<typeof useUploadDocument>;

/** An upload form of one kind: a file chooser and its button. */
function UploadForm({ kind, upload, onSubmit, onUploaded }: { kind: Kind; upload: Upload; onSubmit: () => void; onUploaded: (fileName: string) => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
    const uploaded = await upload.submit(input.current?.files?.[0]);
    if (!uploaded) return;
    if (input.current) input.current.value = '';
    await onUploaded(uploaded.fileName);
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="govuk-!-margin-bottom-6" data-testid={`${kind.field}-upload`}>
      <FileUpload
        id={kind.field}
        name={kind.field}
        ref={input}
        label={{ text: kind.label, classes: 'govuk-label--s' }}
        hint={{ text: kind.hint }}
        accept={kind.extensions.join(',')}
        errorMessage={inlineError(upload.errors, kind.field)}
      />
      <Button type="submit" classes="govuk-button--secondary" text={kind.button} disabled={upload.loading} />
    </form>
  );
}

function Manage({ frameworkSlug }: { frameworkSlug: string }) {
  const { data, error, refetch } = useManagedCommunications(frameworkSlug);
  const navigate = useNavigate();
  const communication = useUploadDocument(KINDS[0]!, frameworkSlug);
  const answers = useUploadDocument(KINDS[1]!, frameworkSlug);
  // One error summary for the page: the form submitted last.
  const [last, setLast] = useState(0);
  const [submissions, setSubmissions] = useState(0);
  const uploads = [communication, answers];

  if (error && !data) {
    const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
    return code === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (!data) return <p className="govuk-body">Loading…</p>;
  const framework = data.framework;
  const title = `Manage ${framework.name} communications`;
  const shown = uploads[last]!.hasErrors ? uploads[last]! : null;
  // The upload is no GraphQL mutation: the lists are asked for again (then polled while the scan runs).
  const onUploaded = async (fileName: string) => {
    await refetch().catch(() => undefined);
    await navigate(`/communications/${frameworkSlug}`, { ...flash(`${fileName} was uploaded. Suppliers will see it once it has been checked for viruses.`), replace: true });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={Boolean(shown?.hasErrors)}>{title}</Title>
        <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Communications', href: '/communications' }, { text: framework.name }]} />
        <Flash key={submissions} />
        {shown ? <FormErrorSummary errors={shown.errors} submission={shown.submission} /> : null}
        <span className="govuk-caption-l">{framework.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">Suppliers see these files on their {framework.name} updates page once each has been checked for viruses. Files are listed newest first.</p>
        {KINDS.map((kind) => (
          <Documents key={kind.field} kind={kind} frameworkSlug={frameworkSlug} documents={data.frameworkCommunications.filter((d) => d.purpose === kind.purpose)} />
        ))}
        <h2 className="govuk-heading-m">Publish a file</h2>
        {KINDS.map((kind, i) => (
          <UploadForm
            key={kind.field}
            kind={kind}
            upload={uploads[i]!}
            onSubmit={() => {
              // A new submission: the last one's success message goes (the banner is made afresh).
              setSubmissions((n) => n + 1);
              setLast(i);
              uploads.forEach((u, j) => j !== i && u.clear());
            }}
            onUploaded={onUploaded}
          />
        ))}
      </div>
    </div>
  );
}

function Page() {
  const { framework = '' } = useParams();
  return <Manage key={framework} frameworkSlug={framework} />;
}

/** AD12: a framework manager publishes and withdraws a framework's communications and clarification answers. */
export function CommunicationsPage() {
  return <RequireTask id="communications">{() => <Page />}</RequireTask>;
}
