import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { SectionSummary } from '../../ui/forms/SectionSummary';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { formatDateTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { InsetText } from '../../ui/govuk/InsetText';
import { Link } from '../../ui/govuk/links';
import { dashboardPath, editQuestionPath, opportunityPath, questionPath, resultPath, SubmitBriefResponseDocument } from './queries';
import { missingAnswers } from './responseFlow';
import { ResponseFrame, type Responding } from './ResponseFrame';

/** The API refuses a submission once applications have closed (CONFLICT): said in words, not its timestamps. */
const closedRefusal = (code: string) =>
  code === 'CONFLICT' ? { applicationsClosed: 'Applications for this opportunity have closed, so you cannot submit your application' } : undefined;

function Answers({ r }: { r: Responding }) {
  const navigate = useNavigate();
  const submit = useFormMutation(SubmitBriefResponseDocument, { refusalFields: closedRefusal });
  const { brief, response, live, submitted } = r;
  const errors = missingAnswers(submit.errors, r.pages, r.ctx, (id) => editQuestionPath(brief.id, response.id, id));
  const heading = submitted ? `Your application for ‘${r.title}’` : 'Check and submit your answers';
  const last = r.pages[r.pages.length - 1];
  const back = submitted || !live || !last ? dashboardPath(brief.framework.slug) : questionPath(brief.id, response.id, last);
  const closes = formatDateTime(brief.applicationsClosedAt);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.submit({ id: response.id })) await navigate(resultPath(brief.id));
  };

  return (
    <>
      <Title error={errors.summary.length > 0}>{heading}</Title>
      <BackLink href={back} text={submitted || !live ? 'Back to your opportunities' : 'Back to previous page'} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <FormErrorSummary errors={errors} submission={submit.submission} description="Answer these questions before you submit your application." />
          <span className="govuk-caption-l">{submitted ? brief.framework.name : r.title}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          {submitted ? (
            <p className="govuk-body" data-testid="application-status">
              You submitted this application at {formatDateTime(response.submittedAt)}.
              {live ? ` You can change it until applications close at ${closes}.` : ' Applications have closed, so it can no longer be changed.'}
            </p>
          ) : live ? (
            <p className="govuk-body">Check your answers. You can change any of them before you submit your application.</p>
          ) : (
            <InsetText>Applications closed at {closes}. This application was not submitted.</InsetText>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" href={opportunityPath(brief.id)}>
              Read the opportunity
            </Link>
          </p>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {r.form.sections
            .filter((s) => s.editable)
            .map((section) => (
              <SectionSummary
                key={section.slug}
                form={r.form}
                section={section}
                answers={r.answers}
                values={r.values}
                changeHref={live ? (_page, question) => (r.pages.includes(question.id) ? editQuestionPath(brief.id, response.id, question.id) : null) : undefined}
              />
            ))}
          {live && !submitted ? (
            <form noValidate onSubmit={(e) => void onSubmit(e)}>
              <h2 className="govuk-heading-m">Now submit your application</h2>
              <p className="govuk-body">By submitting this application you confirm that your answers are true.</p>
              <p className="govuk-body">You can change your application after you submit it, until applications close at {closes}.</p>
              <Button type="submit" text="Submit application" preventDoubleClick disabled={submit.loading} />
            </form>
          ) : null}
          {submitted ? (
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" href={resultPath(brief.id)}>
                  What happens next
                </Link>
              </li>
              <li>
                <Link className="govuk-link" href={dashboardPath(brief.framework.slug)}>
                  Your {brief.framework.name} opportunities
                </Link>
              </li>
            </ul>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** S11: "Check and submit your answers" for a draft (submitted with submitBriefResponse), or the application as submitted. */
export function ResponseApplicationPage() {
  return <ResponseFrame>{(r) => <Answers r={r} />}</ResponseFrame>;
}
