import { useSaveAnswers } from '../../ui/forms/useFormMutation';
import { useCallback, useRef, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { flash } from '../../ui/app/flash';
import { useFrameworkForm, type FrameworkForm } from '../../ui/forms/frameworkForm';
import { contentHtml } from '../../ui/forms/questions/content';
import type { Answers } from '../../ui/forms/questions/types';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import { BackLink } from '../../ui/govuk/BackLink';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { canEditService, editableSection, editTitle, savedMessage, sectionQuestionIds, serviceHref } from './liveEdit';
import { serviceName, UpdateServiceDocument } from './queries';
import { useMyService } from './useMyService';
import { errorCode } from '../../ui/app/errors';

type MyService = NonNullable<ReturnType<typeof useMyService>['service']>;

/** Saves changed answers of the service; throws the API's refusal (its fieldErrors show on the page). */
const useUpdateService = (id: string) => useSaveAnswers(UpdateServiceDocument, { id });

function SectionForm({ service, form, slug }: { service: MyService; form: FrameworkForm; slug: string }) {
  const navigate = useNavigate();
  const update = useUpdateService(service.id);
  // Whether this visit saved anything: a save with no changes sends nothing and says nothing.
  const changed = useRef(false);
  const save = useCallback(
    async (answers: Answers) => {
      await update(answers);
      changed.current = true;
    },
    [update],
  );
  const section = editableSection(form, slug);
  if (!section) return <PageNotFound />;
  const name = serviceName(service.data);
  const back = serviceHref(service.id);
  if (!canEditService(service)) {
    return (
      <ErrorPage title="You cannot change this service">
        <p className="govuk-body">
          {service.status === 'DISABLED'
            ? 'The Crown Commercial Service has suspended this service. Contact the support team to change it.'
            : `Services can only be changed while ${service.framework.name} is live.`}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Back to {name}
          </Link>
        </p>
      </ErrorPage>
    );
  }
  const questionIds = sectionQuestionIds(form, section);
  const onSaved = () => navigate(back, changed.current ? flash(savedMessage(section)) : undefined);
  return (
    <>
      <BackLink href={back} text="Back" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            key={section.slug}
            form={form}
            questionIds={questionIds}
            answers={service.data as Answers}
            onSave={save}
            onSaved={onSaved}
            title={section.name}
            pageTitle={editTitle(section, name)}
            caption={<span className="govuk-caption-l">{name}</span>}
            intro={
              <>
                {section.description ? <div dangerouslySetInnerHTML={{ __html: contentHtml(section.description) }} /> : null}
                <div className="govuk-inset-text">Your changes go live as soon as you save them. The Crown Commercial Service checks them afterwards.</div>
              </>
            }
            submitText="Save and return"
            secondaryAction={
              <Link className="govuk-link" to={back}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

function EditSection({ id, slug }: { id: string; slug: string }) {
  const { service, loading, missing, failed } = useMyService(id);
  if (failed) return <ServiceProblem />;
  if (missing) return <PageNotFound />;
  if (loading || !service) return <p className="govuk-body">Loading…</p>;
  return <WithLiveEditForm service={service}>{(form) => <SectionForm service={service} form={form} slug={slug} />}</WithLiveEditForm>;
}

function WithLiveEditForm({ service, children }: { service: MyService; children: (form: FrameworkForm) => ReactNode }) {
  const { form, error, loading } = useFrameworkForm('SERVICE_LIVE_EDIT', service.framework.slug, service.lot.slug);
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  // A framework without a live-edit form (DOS) has no sections to edit.
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <PageNotFound />;
  if (error || !form) return <ServiceProblem />;
  return <>{children(form)}</>;
}

/** S10: one section of a live service's live-edit form, saved with updateService; back to the service page with a confirmation. */
export function EditServiceSectionPage() {
  const { id = '', section = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <EditSection key={`${id}/${section}`} id={id} slug={section} />}</RequireViewer>;
}
