import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { formatDateTime } from '../../ui/format';
import { Button } from '../../ui/govuk/Button';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { Table } from '../../ui/govuk/Table';
import { TaskList, type TaskListStatus } from '../../ui/govuk/TaskList';
import { ApplicationBreadcrumbs, ApplicationFrame, applicationHref, applicationTitle, type Applying } from './ApplicationFrame';
import { companyDetailsState, countsByLot, declarationState, plural, servicesState, type TaskState } from './progress';
import { ApplicationOutcomeDocument, ApplicationServicesDocument, useRegisterInterest } from './queries';
import { contractTitle } from '../agreements/agreement';
import { LegalDocuments } from '../agreements/LegalDocuments';
import { hidden } from './outcome';
import { OutcomeView } from './OutcomeView';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';

/** A task's status as GOV.UK's task list shows it. */
function status(state: TaskState, done = 'Completed'): TaskListStatus {
  switch (state) {
    case 'COMPLETED':
      return { text: done };
    case 'IN_PROGRESS':
      return { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } };
    case 'NOT_STARTED':
      return { tag: { text: 'Not started', classes: 'govuk-tag--blue' } };
    default:
      return { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' };
  }
}

function Deadline({ framework }: Pick<Applying, 'framework'>) {
  if (!framework.applicationsCloseAt) return null;
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Deadline</h2>
      <p className="govuk-body govuk-!-margin-bottom-0">Applications close at {formatDateTime(framework.applicationsCloseAt)}.</p>
    </div>
  );
}

/** Not applying yet: what applying means, and the button that registers interest. */
function StartApplying({ framework }: Pick<Applying, 'framework'>) {
  const register = useRegisterInterest();
  const navigate = useNavigate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await register.submit({ frameworkSlug: framework.slug }))
      await navigate(applicationHref(framework.slug), { replace: true, ...flash(`You have started your ${framework.name} application`) });
  };
  const title = applicationTitle(framework);
  return (
    <>
      <Title error={register.hasErrors}>{title}</Title>
      <ApplicationBreadcrumbs framework={framework} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={register.errors} submission={register.submission} />
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">{framework.name} is open for applications.</p>
          <p className="govuk-body">To apply you will need to:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>confirm your company details</li>
            <li>make your supplier declaration</li>
            <li>add and complete at least one service</li>
          </ul>
          <p className="govuk-body">When you start, everyone in your company with an account will get emails about {framework.name}.</p>
          <Deadline framework={framework} />
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Button type="submit" text="Start your application" isStartButton preventDoubleClick />
          </form>
        </div>
      </div>
    </>
  );
}

/** Applying: where the application stands, task by task, and the services by lot. */
function Progress({ framework, supplier, application }: Applying & { application: NonNullable<Applying['application']> }) {
  const services = useQuery(ApplicationServicesDocument, { variables: { slug: framework.slug } });
  const drafts = services.data?.draftServices ?? [];
  const counts = countsByLot(framework.lots, drafts);
  const complete = drafts.filter((d) => d.status === 'SUBMITTED').length;
  const inDraft = drafts.length - complete;
  const open = framework.status === 'OPEN';
  const details = companyDetailsState(application, supplier.companyDetails?.confirmed ?? false);
  const declaration = declarationState(application);
  const servicing = servicesState(application, drafts);
  const title = applicationTitle(framework);
  const madeAnApplication = application.applicationStatus === 'APPLICATION';
  // The services' task says nothing until their counts are known.
  if (services.loading && !services.data) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <Title>{title}</Title>
      <ApplicationBreadcrumbs framework={framework} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          {madeAnApplication && open ? (
            <NotificationBanner titleText="Your application" titleId="application-complete-title">
              <h3 className="govuk-notification-banner__heading">Your application is complete and will be submitted automatically.</h3>
              <p className="govuk-body">
                {inDraft ? `You still have ${plural(inDraft, 'draft service')}: only complete services will be submitted. ` : ''}
                You can change it until the deadline.
              </p>
            </NotificationBanner>
          ) : null}
          <span className="govuk-caption-l">{supplier.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <Deadline framework={framework} />
          <h2 className="govuk-heading-m">Application progress</h2>
          <TaskList
            idPrefix="application"
            items={[
              {
                title: { text: 'Confirm your company details' },
                href: open ? '/suppliers/details' : undefined,
                status: status(details),
              },
              {
                title: { text: 'Make your supplier declaration' },
                href:
                  declaration === 'CANNOT_START'
                    ? undefined
                    : applicationHref(framework.slug, application.declarationStatus === 'UNSTARTED' ? '/declaration/start' : '/declaration'),
                status: status(declaration),
              },
              {
                title: { text: 'Add, edit and complete services' },
                href: servicing === 'CANNOT_START' ? undefined : applicationHref(framework.slug, '/submissions'),
                hint: drafts.length ? { text: `${plural(complete, 'complete service')}, ${plural(inDraft, 'draft')}` } : undefined,
                status: status(servicing, plural(complete, 'service')),
              },
            ]}
          />
          {drafts.length ? (
            <Table
              caption="Your services"
              captionClasses="govuk-table__caption--m"
              firstCellIsHeader
              head={[{ text: 'Lot' }, { text: 'Drafts', format: 'numeric' }, { text: 'Complete', format: 'numeric' }]}
              rows={counts.map((c) => [{ text: c.name }, { text: String(c.drafts), format: 'numeric' }, { text: String(c.complete), format: 'numeric' }])}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}

/** The name a submitted service goes by: its own (G-Cloud), or its lot's (one-service lots). */
const draftName = (draft: { data: Record<string, unknown>; lot: { name: string } }) =>
  typeof draft.data.serviceName === 'string' && draft.data.serviceName.trim() ? draft.data.serviceName : draft.lot.name;

/** The framework has closed for applications: the result so far, the agreement, what was submitted. */
function Outcome({ framework, supplier, application }: Applying) {
  const { data, error } = useQuery(ApplicationOutcomeDocument, { variables: { slug: framework.slug }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const about = { ...framework, ...data.framework };
  // Suppliers put on older frameworks with their services may have no application: their services say they are on it.
  const services = (data.viewer?.supplier?.services ?? []).filter((s) => s.status !== 'DELETED').length;
  const facts = {
    recorded: Boolean(application),
    applicationStatus: application?.applicationStatus ?? 'NO_APPLICATION',
    declarationStatus: application?.declarationStatus ?? 'UNSTARTED',
    onFramework: application?.onFramework ?? (services > 0 ? true : null),
    signed: Boolean(application?.agreement),
  };
  if (hidden(about, facts) || (!application && !services)) return <PageNotFound />;
  const title = applicationTitle(framework);
  const newest =
    data.frameworkCommunications
      .map((d) => d.createdAt as string)
      .sort()
      .at(-1) ?? null;
  return (
    <>
      <Title>{title}</Title>
      <ApplicationBreadcrumbs framework={framework} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <span className="govuk-caption-l">{supplier.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <OutcomeView
            framework={about}
            application={facts}
            contract={contractTitle(about)}
            drafts={data.draftServices.map((d) => ({ id: d.id, status: d.status, lot: d.lot, name: draftName(d as { data: Record<string, unknown>; lot: { name: string } }) }))}
            communicationsUpdatedAt={newest}
            legalDocuments={facts.signed ? <LegalDocuments frameworkSlug={framework.slug} frameworkName={framework.name} headingLevel={2} /> : null}
          />
        </div>
      </div>
    </>
  );
}

/** S5: apply to a framework (register interest), then follow the application's progress. */
export function ApplicationPage() {
  return (
    <ApplicationFrame>
      {(applying) => {
        const { framework, application } = applying;
        if (framework.status === 'OPEN') return application ? <Progress {...applying} application={application} /> : <StartApplying framework={framework} />;
        // Closed for applications: the outcome, for a supplier that applied (or has services there); the 404 page for anyone else.
        return framework.status === 'COMING' ? <PageNotFound /> : <Outcome {...applying} />;
      }}
    </ApplicationFrame>
  );
}
