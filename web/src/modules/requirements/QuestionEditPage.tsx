import { useParams } from 'react-router';
import { useNavigate } from 'react-router';
import { useSaveAnswers } from '../../ui/forms/useFormMutation';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import { BackLink } from '../../ui/govuk/BackLink';
import { Link } from '../../ui/govuk/links';
import { PageNotFound } from '../../ui/pages/ErrorPages';
import { requirementHref } from './paths';
import { findQuestion, hasSummary, requirementTitle, sectionName } from './progress';
import { UpdateRequirementDocument } from './queries';
import { isDraft, RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps } from './RequirementFrame';

function EditQuestion({ requirement, form }: RequirementPageProps) {
  const { section: sectionSlug = '', question: questionId = '' } = useParams();
  const { id, framework, lot } = requirement;
  const navigate = useNavigate();
  const save = useSaveAnswers(UpdateRequirementDocument, { id }, { refetchQueries: ['MyRequirements'] });
  const found = findQuestion(form, sectionSlug, questionId);
  if (!found) return <PageNotFound />;
  const { section } = found;
  const overview = requirementHref(framework.slug, lot.slug, id);
  const summary = hasSummary(section) ? requirementHref(framework.slug, lot.slug, id, `/${section.slug}`) : null;
  const back = summary ?? overview;
  const name = sectionName(section);
  return (
    <>
      <RequirementBreadcrumbs requirement={requirement} trail={[...(summary ? [{ label: name, to: summary }] : []), { label: 'Edit' }]} />
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            form={form}
            questionIds={[found.question.id]}
            answers={requirement.data as Record<string, unknown>}
            onSave={save}
            onSaved={() => navigate(back)}
            caption={<span className="govuk-caption-l">{requirementTitle(requirement.data)}</span>}
            secondaryAction={
              <Link className="govuk-link" href={back}>
                {summary ? `Return to ${name.toLowerCase()}` : 'Return to overview'}
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

/** B6: one question of a draft requirement, saved with "Save and continue"; back to its section's summary, or the overview. */
export function QuestionEditPage() {
  const { section = '', question = '' } = useParams();
  return <RequirementFrame allow={isDraft}>{(props) => <EditQuestion key={`${section}/${question}`} {...props} />}</RequirementFrame>;
}
