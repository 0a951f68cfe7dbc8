import { useParams } from 'react-router';
import { Link } from 'react-router';
import { Flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { contentHtml } from '../../ui/forms/questions/content';
import { SectionSummary } from '../../ui/forms/SectionSummary';
import { BackLink } from '../../ui/govuk/BackLink';
import { PageNotFound } from '../../ui/pages/ErrorPages';
import { editHref, requirementHref } from './paths';
import { editableSections, hasSummary, missingList, sectionName } from './progress';
import { isDraft, RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps } from './RequirementFrame';

function Section({ requirement, form }: RequirementPageProps) {
  const { section: slug = '' } = useParams();
  const { id, framework, lot } = requirement;
  const section = editableSections(form).find((s) => s.slug === slug);
  if (!section || !hasSummary(section)) return <PageNotFound />;
  const overview = requirementHref(framework.slug, lot.slug, id);
  const name = sectionName(section);
  const complete = missingList(form, requirement.missingAnswers as Record<string, unknown>, id).length === 0;
  return (
    <>
      <Title>{name}</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: name }]} />
      <BackLink href={overview}>Back to overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <span className="govuk-caption-l">{lot.name}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          {section.summaryPageDescription || section.description ? (
            <div dangerouslySetInnerHTML={{ __html: contentHtml(section.summaryPageDescription ?? section.description, {}) }} />
          ) : null}
        </div>
      </div>
      <SectionSummary
        form={form}
        section={section}
        answers={requirement.data as Record<string, unknown>}
        changeHref={(_page, question) => editHref(framework.slug, lot.slug, id, section.slug, question.id)}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ul className="govuk-list">
            {complete ? (
              <li>
                <Link className="govuk-link" to={requirementHref(framework.slug, lot.slug, id, '/preview')}>
                  Preview your requirements
                </Link>
              </li>
            ) : null}
            <li>
              <Link className="govuk-link" to={overview}>
                Return to overview
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </>
  );
}

/** B6: a section's answers with a link to each question's page (drafts only). */
export function SectionPage() {
  return <RequirementFrame allow={isDraft}>{(props) => <Section {...props} />}</RequirementFrame>;
}
