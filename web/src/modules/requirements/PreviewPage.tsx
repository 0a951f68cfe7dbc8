import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { AnswerSections } from '../../components/AnswerSections';
import { Title } from '../../ui/app/Title';
import { Button } from '../../ui/govuk/Button';
import { InsetText } from '../../ui/govuk/InsetText';
import { SummaryList } from '../../ui/govuk/SummaryList';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { deadlineDay, deadlineTime } from './dates';
import { MissingQuestions } from './MissingQuestions';
import { requirementHref } from './paths';
import { missingList, requirementTitle } from './progress';
import { RequirementPreviewDocument } from './queries';
import { isDraft, RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps, type Requirement } from './RequirementFrame';

/** The requirement as its public opportunity page will show it, dated as if published today. */
function AsSuppliersSeeIt({ requirement }: { requirement: Requirement }) {
  const { data, loading, error } = useQuery(RequirementPreviewDocument, { variables: { id: requirement.id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  if (error || !data) return <ServiceProblem />;
  const answers = requirement.data as Record<string, unknown>;
  const dates = requirement.timetableIfPublishedNow;
  return (
    <section className="app-preview govuk-!-margin-bottom-6" aria-labelledby="preview-title" data-testid="preview">
      <span className="govuk-caption-l">{typeof answers.organisation === 'string' ? answers.organisation : ''}</span>
      <h2 className="govuk-heading-xl" id="preview-title">
        {requirementTitle(answers)}
      </h2>
      {dates ? (
        <>
          <h3 className="govuk-heading-m">Important dates</h3>
          <SummaryList
            rows={[
              { key: { text: 'Published' }, value: { text: deadlineDay(dates.publishedAt) } },
              { key: { text: 'Deadline for asking questions' }, value: { text: deadlineTime(dates.clarificationQuestionsClosedAt) } },
              { key: { text: 'Closing date for applications' }, value: { text: deadlineTime(dates.applicationsClosedAt) } },
            ]}
          />
        </>
      ) : null}
      <SummaryList rows={[{ key: { text: 'Category' }, value: { text: requirement.lot.name } }]} />
      <AnswerSections sections={data.brief.displaySections} />
    </section>
  );
}

function Preview({ requirement, form }: RequirementPageProps) {
  const { id, framework, lot } = requirement;
  const overview = requirementHref(framework.slug, lot.slug, id);
  const missing = missingList(form, requirement.missingAnswers as Record<string, unknown>, id);
  return (
    <>
      <Title>{missing.length ? 'You cannot preview your requirements yet' : 'Preview your requirements'}</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: 'Preview' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{requirementTitle(requirement.data)}</span>
          {missing.length ? (
            <>
              <h1 className="govuk-heading-l">You cannot preview your requirements yet</h1>
              <MissingQuestions missing={missing} />
            </>
          ) : (
            <>
              <h1 className="govuk-heading-l">Preview your requirements</h1>
              <InsetText>This is how suppliers will see your requirements once you publish them. The dates are those they would have if you published today.</InsetText>
            </>
          )}
        </div>
      </div>
      {missing.length ? null : (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <AsSuppliersSeeIt requirement={requirement} />
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <Button text="Confirm your requirements and publish" href={requirementHref(framework.slug, lot.slug, id, '/publish')} />
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={overview}>
          Return to overview
        </Link>
      </p>
    </>
  );
}

/** B7: a draft as suppliers will read it; or the questions still to answer, each linked. */
export function PreviewPage() {
  return <RequirementFrame allow={isDraft}>{(props) => <Preview {...props} />}</RequirementFrame>;
}
