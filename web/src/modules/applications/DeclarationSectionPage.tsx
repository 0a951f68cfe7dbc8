import { useNavigate, useParams } from 'react-router';
import { contentHtml } from '../../ui/forms/questions/content';
import { questionContext } from '../../ui/forms/questions/model';
import { groupKeys } from '../../ui/forms/questions/group';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { BackLink } from '../../ui/govuk/BackLink';
import { Link } from '../../ui/govuk/links';
import { PageNotFound } from '../../ui/pages/ErrorPages';
import { ApplicationBreadcrumbs, ApplicationFrame, applicationHref, DeclarationGate, type Application, type Applying } from './ApplicationFrame';
import { sectionHref, WithForm } from './DeclarationOverviewPage';
import { useSaveDeclarationAnswers } from './queries';

function SectionForm({ framework, application, form, sectionSlug }: { framework: Applying['framework']; application: Application; form: FrameworkForm; sectionSlug: string }) {
  const navigate = useNavigate();
  const save = useSaveDeclarationAnswers(framework.slug);
  const editable = form.sections.filter((s) => s.pages.length);
  const index = editable.findIndex((s) => s.slug === sectionSlug);
  const section = editable[index];
  if (!section) return <PageNotFound />;
  const next = editable[index + 1];
  const onSaved = () => navigate(next ? sectionHref(framework.slug, next.slug) : applicationHref(framework.slug, '/declaration'));

  const page = section.pages[0]!;
  const declaration = application.declaration as Record<string, unknown>;
  const offered = application.prefilledAnswers as Record<string, unknown>;
  const ctx = questionContext(form);
  const keys = groupKeys(page.questionIds.map((id) => ctx.index.top(id)!).filter(Boolean), ctx);
  const prefilledHere = keys.filter((k) => offered[k] !== undefined && offered[k] !== null);
  const overview = applicationHref(framework.slug, '/declaration');
  return (
    <>
      <ApplicationBreadcrumbs framework={framework} here="Your declaration" />
      <BackLink href={overview}>Back to your declaration overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            key={section.slug}
            form={form}
            questionIds={page.questionIds}
            answers={{ ...offered, ...declaration }}
            saved={declaration}
            onSave={save}
            onSaved={onSaved}
            title={section.name}
            caption={<span className="govuk-caption-l">{framework.name} declaration</span>}
            intro={
              <>
                {prefilledHere.length && application.prefillDeclarationFrom ? (
                  <div className="govuk-inset-text">
                    Answers on this page are from your {application.prefillDeclarationFrom.name} declaration. Check they are still correct before you save them.
                  </div>
                ) : null}
                {section.description ? <div dangerouslySetInnerHTML={{ __html: contentHtml(section.description, { numbers: ctx.numbers }) }} /> : null}
              </>
            }
            secondaryAction={
              <Link className="govuk-link" href={overview}>
                Return to your declaration overview
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

/** S6: one section of the declaration, its questions on one page, saved with saveDeclarationAnswers. */
export function DeclarationSectionPage() {
  const { section = '' } = useParams();
  return (
    <ApplicationFrame>
      {(applying) => (
        <DeclarationGate applying={applying} editing>
          {(application) => (
            <WithForm framework={applying.framework}>
              {(form) => <SectionForm key={section} framework={applying.framework} application={application} form={form} sectionSlug={section} />}
            </WithForm>
          )}
        </DeclarationGate>
      )}
    </ApplicationFrame>
  );
}
