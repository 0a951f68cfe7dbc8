import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { Flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { useFormMutation, type FormAction } from '../../ui/forms/useFormMutation';
import { formatDateTime } from '../../ui/format';
import { InsetText } from '../../ui/govuk/InsetText';
import { Table } from '../../ui/govuk/Table';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import type { DownloadDirectAwardResultsMutation, DownloadDirectAwardResultsMutationVariables, ExportFormat } from '../../gql/graphql';
import { downloadPath, resultsPath } from './paths';
import { NotAtThisStep, ProjectBreadcrumbs, ReturnToTaskList, saveFile } from './ProjectParts';
import { DirectAwardProjectDocument, DirectAwardProjectsDocument, DownloadDirectAwardResultsDocument } from './queries';
import { serviceNameOf, useProject } from './useProject';

type Download = FormAction<DownloadDirectAwardResultsMutation, DownloadDirectAwardResultsMutationVariables>;

const useDownload = (): Download => useFormMutation(DownloadDirectAwardResultsDocument, { refetchQueries: [DirectAwardProjectDocument, DirectAwardProjectsDocument] });

async function download(action: Download, id: string, format: ExportFormat): Promise<boolean> {
  const done = await action.submit({ id, format });
  if (done) saveFile(done.downloadDirectAwardResults);
  return Boolean(done);
}

function Results({ id }: { id: string }) {
  const { project, loading, missing, failed } = useProject(id);
  const fetchFile = useDownload();
  if (missing) return <PageNotFound />;
  if (failed) return <ServiceProblem />;
  if (loading || !project) return <p className="govuk-body">Loading…</p>;
  if (!project.lockedAt || !project.activeSearch) {
    return (
      <NotAtThisStep id={project.id} title="Your results are not ready">
        <p className="govuk-body">Export the results of ‘{project.name}’ before you download them.</p>
      </NotAtThisStep>
    );
  }
  const link = (format: 'csv' | 'ods', text: string) => (
    <a
      className="govuk-link"
      href={downloadPath(project.id, format)}
      download
      onClick={(e) => {
        e.preventDefault();
        if (!fetchFile.loading) void download(fetchFile, project.id, format === 'csv' ? 'CSV' : 'ODS');
      }}
    >
      {text}
    </a>
  );
  return (
    <>
      <Title error={fetchFile.hasErrors}>Download your results</Title>
      <ProjectBreadcrumbs id={project.id} name={project.name} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={fetchFile.errors} submission={fetchFile.submission} />
          <Flash />
          <span className="govuk-caption-l">{project.name}</span>
          <h1 className="govuk-heading-l">Download your results</h1>
          <InsetText text={`Results exported on ${formatDateTime(project.lockedAt)}`} />
          <p className="govuk-body app-search-summary" data-testid="search-summary">
            {project.searchSummary}
          </p>
          <ul className="govuk-list" data-testid="downloads">
            <li>{link('csv', 'Download search results as comma-separated values (CSV)')}</li>
            <li>{link('ods', 'Download search results as a spreadsheet (ODS)')}</li>
          </ul>
          <p className="govuk-body">Both files list every service your search found, with its price and the supplier’s contact details. You can download them again at any time.</p>
        </div>
      </div>
      <Table
        caption="The services your search found"
        captionClasses="govuk-table__caption--m"
        attributes={{ 'data-testid': 'frozen-results' }}
        head={[{ text: 'Service' }, { text: 'Supplier' }, { text: 'Price' }]}
        rows={project.results.map((r) => [
          {
            text: (
              <Link className="govuk-link" to={`/g-cloud/services/${r.serviceId}`}>
                {serviceNameOf(r.service.data)}
              </Link>
            ),
          },
          { text: r.supplierName },
          { text: r.price || 'Not given' },
        ])}
      />
      <ReturnToTaskList id={project.id} />
    </>
  );
}

/** §5.7 "Download your results": the frozen results, as CSV or ODS files downloaded in the browser. */
export function ResultsPage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isBuyer}>{() => <Results id={id} />}</RequireViewer>;
}

function DownloadThenReturn({ id, format }: { id: string; format: ExportFormat }) {
  const fetchFile = useDownload();
  const navigate = useNavigate();
  const asked = useRef(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void download(fetchFile, id, format).then((ok) => (ok ? navigate(resultsPath(id), { replace: true }) : setDone(true)));
  }, [fetchFile, id, format, navigate]);
  if (done)
    return (
      <NotAtThisStep id={id} title="Your results could not be downloaded">
        <p className="govuk-body">{fetchFile.errors.summary[0]?.text}</p>
      </NotAtThisStep>
    );
  return <p className="govuk-body">Preparing your download…</p>;
}

/** The download address itself (a link opened in a new tab, or typed): downloads, then shows the results page. */
export function DownloadPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const filetype = params.get('filetype');
  const format: ExportFormat | null = filetype === 'csv' ? 'CSV' : filetype === 'ods' ? 'ODS' : null;
  return <RequireViewer allow={isBuyer}>{() => (format && /^\d{1,20}$/.test(id) ? <DownloadThenReturn id={id} format={format} /> : <PageNotFound />)}</RequireViewer>;
}
