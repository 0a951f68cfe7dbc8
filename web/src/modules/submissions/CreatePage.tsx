import { useCallback, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import { BackLink } from '../../ui/govuk/BackLink';
import { Link } from '../../ui/govuk/links';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { editableSections } from './progress';
import { useCreateDraftWithAnswers } from './queries';
import { draftHref, lotHref, SubmissionBreadcrumbs, SubmissionsFrame, submissionsHref, WithLot, WithServiceForm, type SubmissionLot, type Submitting } from './SubmissionsFrame';

function Create({ submitting, lot, form }: { submitting: Submitting; lot: SubmissionLot; form: FrameworkForm }) {
  const { framework } = submitting;
  const navigate = useNavigate();
  const create = useCreateDraftWithAnswers(framework.slug, lot.slug);
  const created = useRef<string | null>(null);
  const onSave = useCallback(
    async (answers: Record<string, unknown>) => {
      created.current = await create(answers);
    },
    [create],
  );
  const page = editableSections(form)[0]?.pages[0];
  if (!page) return <ServiceProblem />;
  const back = lot.oneServiceLimit ? submissionsHref(framework.slug) : lotHref(framework.slug, lot.slug);
  return (
    <>
      {/* A one-service lot has no page of its own (its address leads here): the trail skips it. */}
      <SubmissionBreadcrumbs framework={framework} trail={[...(lot.oneServiceLimit ? [] : [{ label: lot.name, to: back }]), { label: 'Add a service' }]} />
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            form={form}
            questionIds={page.questionIds}
            answers={{}}
            onSave={onSave}
            onSaved={() => (created.current ? navigate(draftHref(framework.slug, lot.slug, created.current)) : undefined)}
            caption={<span className="govuk-caption-l">Add a {lot.name} service</span>}
            submitText="Save and continue"
            secondaryAction={
              <Link className="govuk-link" href={back}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

/** S7: a new service on a lot starts with the content's first question (G-Cloud: its name); saving it creates the draft. */
export function CreatePage() {
  return (
    <SubmissionsFrame editing>
      {(submitting) => (
        <WithLot submitting={submitting}>
          {(lot) => (
            <WithServiceForm framework={submitting.framework.slug} lot={lot.slug}>
              {(form) => <Create submitting={submitting} lot={lot} form={form} />}
            </WithServiceForm>
          )}
        </WithLot>
      )}
    </SubmissionsFrame>
  );
}
