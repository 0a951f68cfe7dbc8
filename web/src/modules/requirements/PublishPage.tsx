import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { InsetText } from '../../ui/govuk/InsetText';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { deadlineTime, TimetableList } from './dates';
import { MissingQuestions } from './MissingQuestions';
import { editHref, requirementHref } from './paths';
import { editableSections, missingList, requirementTitle } from './progress';
import { usePublishRequirement } from './queries';
import { isDraft, isLive, RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps } from './RequirementFrame';

/** Where the question and answer session is described (its section's one question), if the lot asks it. */
function sessionHref({ requirement, form }: RequirementPageProps): string | undefined {
  const section = editableSections(form).find((s) => s.questionIds.some((q) => q.startsWith('questionAndAnswerSession')));
  const question = section?.questionIds.find((q) => q.startsWith('questionAndAnswerSession'));
  return section && question ? editHref(requirement.framework.slug, requirement.lot.slug, requirement.id, section.slug, question) : undefined;
}

function Publish(props: RequirementPageProps) {
  const { requirement, form } = props;
  const { id, framework, lot } = requirement;
  const navigate = useNavigate();
  const publish = usePublishRequirement();
  const overview = requirementHref(framework.slug, lot.slug, id);
  const data = requirement.data as Record<string, unknown>;
  const missing = missingList(form, requirement.missingAnswers as Record<string, unknown>, id);
  const timetable = requirement.timetableIfPublishedNow;
  if (!timetable) return <ServiceProblem />;
  const weeks = data.requirementsLength === '1 week' ? '1 week' : '2 weeks';
  const owners = (requirement.users ?? []).map((u) => u.email);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await publish.submit({ id }))
      await navigate(overview, flash(`Your requirements have been published. Suppliers can apply until ${deadlineTime(timetable.applicationsClosedAt)}.`));
  };

  return (
    <>
      <Title error={publish.hasErrors}>Publish your requirements and evaluation criteria</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: 'Publish' }]} />
      <BackLink href={overview}>Back to overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={publish.errors} submission={publish.submission} />
          <span className="govuk-caption-l">{requirementTitle(data)}</span>
          <h1 className="govuk-heading-l">Publish your requirements and evaluation criteria</h1>
          <p className="govuk-body">Once published, your requirements and how you will evaluate suppliers can be read by anyone. Every supplier on the {lot.name} lot can apply.</p>
          <p className="govuk-body" data-testid="open-for">
            Your requirements will be open for {weeks}. If you publish them today, suppliers can apply until <strong>{deadlineTime(timetable.applicationsClosedAt)}</strong>.
          </p>
          <h2 className="govuk-heading-m">Questions from suppliers</h2>
          <p className="govuk-body">
            Suppliers’ questions will be emailed to {owners.length === 1 ? owners[0] : owners.join(', ')}. Check this inbox while your requirements are open: you must publish every
            question with its answer.
          </p>
          <h2 className="govuk-heading-m">Your dates if you publish today</h2>
          <TimetableList timetable={timetable} published={false} session={typeof data.questionAndAnswerSessionDetails === 'string'} sessionHref={sessionHref(props)} />
          {missing.length ? (
            <MissingQuestions missing={missing} />
          ) : (
            <>
              <InsetText>You cannot change your requirements once they are published. You can answer suppliers’ questions, or withdraw the requirements.</InsetText>
              <form noValidate onSubmit={(e) => void submit(e)}>
                <div className="govuk-button-group">
                  <Button type="submit" text="Publish requirements" preventDoubleClick disabled={publish.loading} />
                  <Link className="govuk-link" to={overview}>
                    Return to overview
                  </Link>
                </div>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}

function Timeline({ requirement }: RequirementPageProps) {
  const { id, framework, lot } = requirement;
  const overview = requirementHref(framework.slug, lot.slug, id);
  const data = requirement.data as Record<string, unknown>;
  const { publishedAt, clarificationQuestionsClosedAt, clarificationQuestionsPublishedBy, applicationsClosedAt } = requirement;
  if (!publishedAt || !clarificationQuestionsClosedAt || !clarificationQuestionsPublishedBy || !applicationsClosedAt) return <ServiceProblem />;
  return (
    <>
      <Title>Question and answer dates</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: 'Question and answer dates' }]} />
      <BackLink href={overview}>Back to overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{requirementTitle(data)}</span>
          <h1 className="govuk-heading-l">Question and answer dates</h1>
          <TimetableList
            timetable={{ publishedAt, clarificationQuestionsClosedAt, clarificationQuestionsPublishedBy, applicationsClosedAt }}
            published
            session={typeof data.questionAndAnswerSessionDetails === 'string'}
          />
          <p className="govuk-body">
            <Link className="govuk-link" to={overview}>
              Return to overview
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

/** B8: the dates the requirement would have, then "Publish requirements" (or the questions still to answer). */
export function PublishPage() {
  return <RequirementFrame allow={isDraft}>{(props) => <Publish {...props} />}</RequirementFrame>;
}

/** B8: a live requirement's dates. */
export function TimelinePage() {
  return <RequirementFrame allow={isLive}>{(props) => <Timeline {...props} />}</RequirementFrame>;
}
