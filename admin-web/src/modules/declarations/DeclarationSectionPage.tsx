import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, PageNotFound, QuestionPage, flash, questionContext, useSaveAnswers } from '@dm/web/ui';
import { Link } from 'react-router';
import { DeclarationFrame, type Declaring } from './DeclarationFrame';
import { CorrectDeclarationAnswersDocument, DECLARATION_CORRECTABLE, declarationHref } from './declarations';

function SectionForm({ supplier, application, form, sectionSlug }: Declaring & { sectionSlug: string }) {
  const navigate = useNavigate();
  const { framework } = application;
  const save = useSaveAnswers(CorrectDeclarationAnswersDocument, { frameworkSlug: framework.slug, supplierId: supplier.id });
  const ctx = useMemo(() => questionContext(form), [form]);
  const section = form.sections.find((s) => s.slug === sectionSlug && s.pages.length > 0);
  if (!section || !DECLARATION_CORRECTABLE.includes(framework.status)) return <PageNotFound />;
  // Uploaded documents are the supplier's: an admin sees them linked on the declaration, and corrects the other answers.
  const questionIds = section.pages[0]!.questionIds.filter((id) => ctx.index.top(id)?.type !== 'upload');
  const back = declarationHref(supplier.id, framework.slug);
  const declaration = application.declaration as Record<string, unknown>;
  return (
    <>
      <BackLink href={back} text="Back to the declaration" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            key={section.slug}
            form={form}
            questionIds={questionIds}
            answers={declaration}
            onSave={save}
            onSaved={() => navigate(back, flash(`The ${framework.name} declaration of ${supplier.name} has been corrected`))}
            title={section.name}
            pageTitle={`Correct ${section.name.replace(/<[^>]*>/g, '')} – ${supplier.name}`}
            caption={<span className="govuk-caption-l">{`${supplier.name}: ${framework.name} declaration`}</span>}
            intro={<p className="govuk-body">Changes are saved to the supplier’s declaration as soon as you save this page.</p>}
            submitText="Save correction"
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

/** AD10: one section of a supplier's declaration, corrected by CCS sourcing with correctDeclarationAnswers. */
export function DeclarationSectionPage() {
  const { section = '' } = useParams();
  return <DeclarationFrame>{(declaring) => <SectionForm key={section} {...declaring} sectionSlug={section} />}</DeclarationFrame>;
}
