import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { formatDate, formatDateTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { CharacterCount } from '../../ui/govuk/CharacterCount';
import { Link } from '../../ui/govuk/links';
import { evaluationPath, opportunityPath, requirementPath } from './evaluation';
import { EvaluationFrame, type Evaluating } from './EvaluationFrame';
import { PublishClarificationQuestionDocument } from './queries';

/** Questions and answers are published while the requirement is live. */
const LIVE = (status: string) => status === 'LIVE';

/** The most words a question or an answer may have (the API says so too). */
export const MAX_WORDS = 100;

function Questions({ brief, title }: Evaluating) {
  const received = brief.receivedClarificationQuestions ?? [];
  const published = brief.clarificationQuestions;
  const answerPath = evaluationPath(brief, 'supplier-questions/answer-question');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{`Supplier questions – ${title}`}</Title>
        <BackLink href={requirementPath(brief)} text="Back to your requirement" />
        <Flash />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">Supplier questions</h1>
        <p className="govuk-body">
          Suppliers can ask questions until {formatDateTime(brief.clarificationQuestionsClosedAt)}. We email you each question as it is asked. Publish the questions that matter to
          every supplier, with your answers, by {formatDate(brief.clarificationQuestionsPublishedBy)}.
        </p>
        <p className="govuk-body">Do not say which supplier asked a question, and do not publish anything confidential.</p>
        <Button href={answerPath} text="Answer a supplier question" />

        <h2 className="govuk-heading-m">Questions you have received</h2>
        {received.length ? (
          <ol className="govuk-list govuk-list--number" data-testid="received-questions">
            {received.map((q, i) => (
              <li key={i}>
                <p className="govuk-body govuk-!-margin-bottom-1">{q.question}</p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">Asked {formatDateTime(q.askedAt)}</p>
                <p className="govuk-body">
                  <Link className="govuk-link" href={`${answerPath}?question=${i + 1}`}>
                    Answer this question<span className="govuk-visually-hidden"> (question {i + 1})</span>
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="govuk-body">No supplier has asked a question yet.</p>
        )}

        <h2 className="govuk-heading-m">Published questions and answers</h2>
        {published.length ? (
          <ol className="govuk-list govuk-list--number" data-testid="published-answers">
            {published.map((q) => (
              <li key={q.id}>
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.question}</p>
                <p className="govuk-body">{q.answer}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="govuk-body">You have not published any questions and answers yet.</p>
        )}
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" href={opportunityPath(brief.id)}>
              View the opportunity as suppliers see it
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href={requirementPath(brief)}>
              Return to overview
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

function AnswerQuestion({ brief, title }: Evaluating) {
  const [params] = useSearchParams();
  const picked = brief.receivedClarificationQuestions?.[Number(params.get('question')) - 1]?.question ?? '';
  const [question, setQuestion] = useState(picked);
  const [answer, setAnswer] = useState('');
  const publish = useFormMutation(PublishClarificationQuestionDocument, { fieldOrder: ['question', 'answer'] });
  const navigate = useNavigate();
  const back = evaluationPath(brief, 'supplier-questions');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!question.trim()) missing.question = 'Enter the supplier’s question';
    if (!answer.trim()) missing.answer = 'Enter your answer to the question';
    if (await publish.submit({ id: brief.id, question, answer }, missing)) await navigate(back, flash('Your question and answer have been published on the opportunity.'));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={publish.hasErrors}>{`Publish a question and answer – ${title}`}</Title>
        <BackLink href={back} text="Back to supplier questions" />
        <FormErrorSummary errors={publish.errors} submission={publish.submission} />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">Publish a question and answer</h1>
        <p className="govuk-body">Every supplier will see the question and your answer on the opportunity. Do not say who asked it.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <CharacterCount
            id="question"
            name="question"
            maxwords={MAX_WORDS}
            rows={5}
            label={{ text: 'Supplier question', classes: 'govuk-label--m' }}
            hint={{ text: 'You can reword it to make it clearer or to remove details that identify the supplier.' }}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            errorMessage={inlineError(publish.errors, 'question')}
          />
          <CharacterCount
            id="answer"
            name="answer"
            maxwords={MAX_WORDS}
            rows={5}
            label={{ text: 'Your answer', classes: 'govuk-label--m' }}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            errorMessage={inlineError(publish.errors, 'answer')}
          />
          <div className="govuk-button-group">
            <Button type="submit" text="Publish question and answer" disabled={publish.loading} />
            <Link className="govuk-link" href={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

/** B9: the questions suppliers asked (privately) and the questions and answers published, while the requirement is live. */
export function SupplierQuestionsPage() {
  return <EvaluationFrame allow={LIVE}>{(e) => <Questions {...e} />}</EvaluationFrame>;
}

/** B9: publish a supplier's question with the answer, for every supplier to read. */
export function AnswerQuestionPage() {
  return <EvaluationFrame allow={LIVE}>{(e) => <AnswerQuestion {...e} />}</EvaluationFrame>;
}
