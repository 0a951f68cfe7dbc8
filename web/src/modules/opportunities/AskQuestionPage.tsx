import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { formatDate } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { CharacterCount } from '../../ui/govuk/CharacterCount';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { AskClarificationQuestionDocument, AskQuestionBriefDocument, briefTitle, INELIGIBLE, opportunityPath } from './queries';
import { errorCode } from '../../ui/app/errors';

/** The most words a question may have (the API also limits it to 5,000 characters). */
export const QUESTION_MAX_WORDS = 100;

export const useAskClarificationQuestion = () => useFormMutation(AskClarificationQuestionDocument, { fieldOrder: ['question'] });

function AskQuestion({ id }: { id: string }) {
  const valid = /^\d{1,9}$/.test(id);
  const { data, loading, error } = useQuery(AskQuestionBriefDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const ask = useAskClarificationQuestion();
  const [question, setQuestion] = useState('');
  const navigate = useNavigate();
  if (!valid) return <PageNotFound />;
  if (error) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const brief = data!.brief;
  // Questions are asked only of a live opportunity, before its questions deadline.
  if (brief.status !== 'LIVE' || brief.clarificationQuestionsAreClosed) return <PageNotFound />;
  const title = briefTitle(brief.data);
  const back = opportunityPath(brief.id);
  const eligibility = brief.myEligibility;
  if (eligibility && !eligibility.eligible) {
    return (
      <ErrorPage title="You can’t ask a question about this opportunity">
        <p className="govuk-body" data-reason={INELIGIBLE[eligibility.reason ?? '']?.slug}>
          {eligibility.reason === 'NOT_ON_FRAMEWORK'
            ? `Only suppliers on the ${brief.framework.name} framework can ask questions about its opportunities.`
            : eligibility.reason === 'ROLE_NOT_OFFERED'
              ? 'Only suppliers who offer the specialist role this opportunity asks for can ask questions about it.'
              : `Only suppliers who offer ${brief.lot.name.toLowerCase()} can ask questions about this opportunity.`}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Back to the opportunity
          </Link>
        </p>
      </ErrorPage>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await ask.submit({ id: brief.id, question }, question.trim() ? undefined : { question: 'Enter your question' });
    if (!sent) return;
    await navigate(back, flash('Your question has been sent to the buyer. We have emailed you a copy.'));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={ask.hasErrors}>{`Ask a question about ‘${title}’`}</Title>
        <BackLink href={back} text="Back" />
        <FormErrorSummary errors={ask.errors} submission={ask.submission} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <CharacterCount
            id="question"
            name="question"
            maxwords={QUESTION_MAX_WORDS}
            rows={8}
            label={{ text: `Ask a question about ‘${title}’`, isPageHeading: true, classes: 'govuk-label--l' }}
            hint={{
              text:
                `You can ask questions until ${formatDate(brief.clarificationQuestionsClosedAt)}. ` +
                `The buyer will publish the question with their answer${brief.clarificationQuestionsPublishedBy ? ` by ${formatDate(brief.clarificationQuestionsPublishedBy)}` : ''}, for every supplier to read. ` +
                'Your company’s name will not be shown. Do not include confidential information.',
            }}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            errorMessage={inlineError(ask.errors, 'question')}
          />
          <Button type="submit" text="Ask question" disabled={ask.loading} />
        </form>
      </div>
    </div>
  );
}

/** S12: a supplier asks the buyer a question about a live opportunity while questions are open. */
export function AskQuestionPage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <AskQuestion id={id} />}</RequireViewer>;
}
