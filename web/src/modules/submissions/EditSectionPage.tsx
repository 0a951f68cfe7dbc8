import { useNavigate, useParams } from 'react-router';
import { Flash } from '../../ui/app/flash';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { contentHtml } from '../../ui/forms/questions/content';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import { BackLink } from '../../ui/govuk/BackLink';
import { Link } from '../../ui/govuk/links';
import { PageNotFound } from '../../ui/pages/ErrorPages';
import { draftName, editableSections, nextPageOf } from './progress';
import { useSaveDraftAnswers } from './queries';
import {
  draftHref,
  editHref,
  SubmissionBreadcrumbs,
  SubmissionsFrame,
  WithDraft,
  WithLot,
  WithServiceForm,
  type Draft,
  type SubmissionLot,
  type Submitting,
} from './SubmissionsFrame';

function EditSection({ submitting, lot, form, draft }: { submitting: Submitting; lot: SubmissionLot; form: FrameworkForm; draft: Draft }) {
  const { framework, gCloud } = submitting;
  const { section: sectionSlug = '', page: pageSlug } = useParams();
  const navigate = useNavigate();
  const save = useSaveDraftAnswers(draft.id);
  const section = editableSections(form).find((s) => s.slug === sectionSlug);
  const page = section && (pageSlug ? section.pages.find((p) => p.slug === pageSlug) : section.pages[0]);
  if (!section || !page) return <PageNotFound />;
  const summary = draftHref(framework.slug, lot.slug, draft.id);
  const next = nextPageOf(section, page.slug, gCloud);
  const name = draftName(draft.data, lot.name);
  const several = section.pages.length > 1;
  return (
    <>
      <SubmissionBreadcrumbs framework={framework} trail={[{ label: name, to: summary }, { label: 'Edit' }]} />
      <BackLink href={summary}>Back to {name}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <QuestionPage
            form={form}
            questionIds={page.questionIds}
            answers={draft.data as Record<string, unknown>}
            onSave={save}
            onSaved={() => navigate(next ? editHref(framework.slug, lot.slug, draft.id, section.slug, next) : summary)}
            title={several ? undefined : page.questionIds.length > 1 ? section.name : undefined}
            caption={<span className="govuk-caption-l">{name}</span>}
            intro={section.description && !several ? <div dangerouslySetInnerHTML={{ __html: contentHtml(section.description, {}) }} /> : null}
            secondaryAction={
              <Link className="govuk-link" href={summary}>
                Return to service summary
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

/** S7: one page of a section of a draft service; G-Cloud continues through the section's pages, then back to the summary. */
export function EditSectionPage() {
  const { section = '', page = '' } = useParams();
  return (
    <SubmissionsFrame editing>
      {(submitting) => (
        <WithLot submitting={submitting}>
          {(lot) => (
            <WithServiceForm framework={submitting.framework.slug} lot={lot.slug}>
              {(form) => (
                <WithDraft framework={submitting.framework.slug} lot={lot.slug}>
                  {(draft) => <EditSection key={`${section}/${page}`} submitting={submitting} lot={lot} form={form} draft={draft} />}
                </WithDraft>
              )}
            </WithServiceForm>
          )}
        </WithLot>
      )}
    </SubmissionsFrame>
  );
}
