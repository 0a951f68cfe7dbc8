import { useCallback, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BackLink,
  PageNotFound,
  QuestionPage,
  ServiceProblem,
  contentHtml,
  editableSection,
  flash,
  isNotThere as notThere,
  sectionQuestionIds,
  type Answers,
  type FrameworkForm,
  type Viewer,
} from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { serviceName, useAdminService, useAdminUpdateService } from './queries';
import { CHANGES_SERVICES, canChangeService, serviceHref } from './serviceAdmin';
import { SERVICE_ID_PARAM, WithAdminForm, type AdminService } from './ServicePage';

function SectionForm({ service, form, slug }: { service: AdminService; form: FrameworkForm; slug: string }) {
  const navigate = useNavigate();
  const update = useAdminUpdateService(service.id);
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
  const name = serviceName(service.data, service.id);
  const back = serviceHref(service.id);
  if (!canChangeService(service)) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={back} text="Back to the service" />
          <h1 className="govuk-heading-l">This service cannot be changed</h1>
          <p className="govuk-body">
            Services can only be changed while their framework is live: {service.framework.name} is {service.framework.status.toLowerCase()}.
          </p>
        </div>
      </div>
    );
  }
  const onSaved = () => navigate(back, changed.current ? flash(`Your changes to ‘${section.name}’ are saved and live`) : undefined);
  return (
    <>
      <BackLink href={back} text="Back to the service" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            key={section.slug}
            form={form}
            questionIds={sectionQuestionIds(form, section)}
            answers={service.data as Answers}
            onSave={save}
            onSaved={onSaved}
            uploadFor={service.supplier.id}
            title={section.name}
            pageTitle={`Edit ${section.name} – ${name}`}
            caption={<span className="govuk-caption-l">{`${service.supplier.name}: ${name}`}</span>}
            intro={
              <>
                {section.description ? <div dangerouslySetInnerHTML={{ __html: contentHtml(section.description) }} /> : null}
                <div className="govuk-inset-text">Changes go live when you save them and are recorded as an admin edit, with your name.</div>
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

function Edit({ id, slug }: { id: string; slug: string }) {
  const { data, error } = useAdminService(id);
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { service } = data;
  if (service.status === 'DELETED') return <PageNotFound />;
  return <WithAdminForm service={service}>{(form) => (form ? <SectionForm service={service} form={form} slug={slug} /> : <PageNotFound />)}</WithAdminForm>;
}

function Page({ viewer }: { viewer: Viewer }) {
  const { id = '', section = '' } = useParams();
  if (!CHANGES_SERVICES.includes(viewer.role)) return <NotAllowedPage />;
  return SERVICE_ID_PARAM.test(id) ? <Edit key={`${id}/${section}`} id={id} slug={section} /> : <PageNotFound />;
}

/** AD6 (category): one section of a service, from the admin edit form, saved as an admin edit (no review needed). */
export function EditServiceSectionPage() {
  return <RequireTask id="find-service">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
