import { Link } from 'react-router';
import { Flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { formatDateTime } from '../../ui/format';
import { Button } from '../../ui/govuk/Button';
import { Table } from '../../ui/govuk/Table';
import { WarningText } from '../../ui/govuk/WarningText';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { applicationHref } from '../applications/ApplicationFrame';
import { draftName } from './progress';
import { useSubmissionDrafts } from './queries';
import { draftHref, SubmissionBreadcrumbs, SubmissionsFrame, submissionsHref, type Submitting } from './SubmissionsFrame';

type DraftRow = NonNullable<ReturnType<typeof useSubmissionDrafts>['data']>['draftServices'][number];

function DraftTable({ framework, caption, drafts, testId, lotFirst }: { framework: string; caption: string; drafts: DraftRow[]; testId: string; lotFirst: boolean }) {
  if (!drafts.length)
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">You do not have any {testId === 'draft-services' ? 'draft' : 'complete'} services.</p>
      </>
    );
  return (
    <Table
      caption={caption}
      captionClasses="govuk-table__caption--m"
      attributes={{ 'data-testid': testId }}
      head={
        lotFirst ? [{ text: 'Lot', classes: 'govuk-!-width-one-third' }, { text: 'Service name' }] : [{ text: 'Service name' }, { text: 'Lot', classes: 'govuk-!-width-one-third' }]
      }
      rows={drafts.map((draft) => {
        const name = {
          text: (
            <Link className="govuk-link" to={draftHref(framework, draft.lot.slug, draft.id)}>
              {draftName(draft.data, draft.lot.name)}
            </Link>
          ),
        };
        // G-Cloud lists services by name; DOS, whose lots hold one service each, by lot.
        return lotFirst ? [{ text: draft.lot.name }, name] : [name, { text: draft.lot.name }];
      })}
    />
  );
}

function Services({ submitting }: { submitting: Submitting }) {
  const { framework, application, open } = submitting;
  const { data, loading, error } = useSubmissionDrafts(framework.slug);
  if (error && !data) return <ServiceProblem />;
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const drafts = data?.draftServices ?? [];
  const inDraft = drafts.filter((d) => d.status === 'NOT_SUBMITTED');
  const complete = drafts.filter((d) => d.status === 'SUBMITTED');
  const title = `Your ${framework.name} services`;
  return (
    <>
      <Title>{title}</Title>
      <SubmissionBreadcrumbs framework={framework} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {open && application.declarationStatus !== 'COMPLETE' ? (
            <WarningText
              text={
                <>
                  Your services will not be submitted unless you also{' '}
                  <Link className="govuk-link" to={applicationHref(framework.slug, '/declaration')}>
                    make your supplier declaration
                  </Link>
                  .
                </>
              }
            />
          ) : null}
          {open ? (
            <>
              <p className="govuk-body">
                Only services marked as complete will be submitted
                {framework.applicationsCloseAt ? ` when applications close at ${formatDateTime(framework.applicationsCloseAt)}` : ' when applications close'}.
              </p>
              <Button href={submissionsHref(framework.slug, '/service-type')} text="Add a service" />
            </>
          ) : (
            <p className="govuk-body">Applications to {framework.name} have closed: only the services marked as complete were submitted.</p>
          )}
          <DraftTable
            framework={framework.slug}
            caption={open ? `Draft services (${inDraft.length})` : `Draft services that were not submitted (${inDraft.length})`}
            drafts={inDraft}
            testId="draft-services"
            lotFirst={!submitting.gCloud}
          />
          <DraftTable
            framework={framework.slug}
            caption={open ? `Ready for submission (${complete.length})` : `Submitted services (${complete.length})`}
            drafts={complete}
            testId="complete-services"
            lotFirst={!submitting.gCloud}
          />
          <p className="govuk-body">
            <Link className="govuk-link" to={applicationHref(framework.slug)}>
              Return to your application
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

/** S7: the application's services, in draft and ready for submission, and "Add a service". */
export function ServicesPage() {
  return <SubmissionsFrame editing={false}>{(submitting) => <Services submitting={submitting} />}</SubmissionsFrame>;
}
