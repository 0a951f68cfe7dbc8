import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { describeFile, formatDate, formatDateTime } from '../../ui/format';
import { Breadcrumbs } from '../../ui/govuk/Breadcrumbs';
import { Button } from '../../ui/govuk/Button';
import { CharacterCount } from '../../ui/govuk/CharacterCount';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { Table } from '../../ui/govuk/Table';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { AskFrameworkClarificationQuestionDocument, FrameworkUpdatesDocument } from './queries';

/** The longest question the API takes (dm-journeys S8). */
export const QUESTION_MAX_LENGTH = 5000;

export const useAskFrameworkClarificationQuestion = () => useFormMutation(AskFrameworkClarificationQuestionDocument, { fieldOrder: ['question'] });

interface Published {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
  downloadUrl?: string | null;
}

/** A table of published files (newest first, as the API gives them), or a sentence when there are none. */
function PublishedFiles({ id, caption, files, none }: { id: string; caption: string; files: Published[]; none: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-8" data-testid={id}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {caption}
      </h2>
      {files.length ? (
        <Table
          caption={<span className="govuk-visually-hidden">{caption}</span>}
          head={[{ text: 'File' }, { text: 'Published', classes: 'govuk-!-width-one-quarter' }]}
          rows={files.map((file) => [
            {
              text: file.downloadUrl ? (
                <>
                  <a className="govuk-link" href={file.downloadUrl}>
                    {file.fileName}
                  </a>
                  <span className="govuk-body-s"> ({describeFile(file)})</span>
                </>
              ) : (
                file.fileName
              ),
            },
            { text: formatDate(file.createdAt) },
          ])}
        />
      ) : (
        <p className="govuk-body">{none}</p>
      )}
    </section>
  );
}

type AskForm = ReturnType<typeof useAskFrameworkClarificationQuestion>;

function ClarificationQuestionForm(props: {
  ask: AskForm;
  question: string;
  onChange: (question: string) => void;
  onSubmit: (event: FormEvent) => void;
  closesAt?: string | null;
  publishAt?: string | null;
}) {
  const { ask, question, onChange, onSubmit, closesAt, publishAt } = props;
  return (
    <section aria-labelledby="ask-heading" data-testid="ask-a-clarification-question">
      <h2 className="govuk-heading-m" id="ask-heading">
        Ask a clarification question
      </h2>
      <p className="govuk-body">
        {closesAt ? `You can ask clarification questions until ${formatDateTime(closesAt)}. ` : ''}
        The answers to all questions are published on this page, roughly twice a week{publishAt ? `, and all of them by ${formatDate(publishAt)}` : ''}.
      </p>
      <p className="govuk-body">Your question and its answer will be published without your company’s name. Do not include confidential information.</p>
      <form noValidate onSubmit={onSubmit}>
        <CharacterCount
          id="question"
          name="question"
          maxlength={QUESTION_MAX_LENGTH}
          threshold={75}
          label={{ text: 'Your question', classes: 'govuk-label--s' }}
          value={question}
          onChange={(e) => onChange(e.target.value)}
          errorMessage={inlineError(ask.errors, 'question')}
        />
        <Button type="submit" text="Ask a question" disabled={ask.loading} />
      </form>
    </section>
  );
}

function FrameworkUpdates({ frameworkSlug }: { frameworkSlug: string }) {
  const { data, loading, error } = useQuery(FrameworkUpdatesDocument, { variables: { frameworkSlug }, fetchPolicy: 'cache-and-network' });
  const ask = useAskFrameworkClarificationQuestion();
  const [question, setQuestion] = useState('');
  // Counts questions sent from this page: each shows the success banner afresh.
  const [sent, setSent] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(0);
    const errors: FieldErrors = !question.trim()
      ? { question: 'Enter your question' }
      : question.length > QUESTION_MAX_LENGTH
        ? { question: 'Your question must be 5,000 characters or fewer' }
        : {};
    if (!(await ask.submit({ frameworkSlug, question }, errors))) return;
    setQuestion('');
    setSent((n) => n + 1);
  };

  if (error) {
    const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const framework = data!.framework;
  const published = data!.frameworkCommunications;
  const communications = published.filter((d) => d.purpose === 'COMMUNICATION');
  const answers = published.filter((d) => d.purpose === 'CLARIFICATION_ANSWERS');
  const title = `${framework.name} updates`;
  return (
    <>
      <Title error={ask.hasErrors}>{title}</Title>
      <Breadcrumbs
        items={[
          { text: 'Digital Marketplace', href: '/' },
          { text: 'Your account', href: '/suppliers' },
          { text: `Your ${framework.name} application`, href: `/suppliers/frameworks/${framework.slug}` },
          { text: title },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {sent ? (
            <NotificationBanner key={sent} type="success" titleText="Success" titleId="question-sent-title">
              <p className="govuk-notification-banner__heading">Your clarification question has been sent</p>
              <p className="govuk-body">We have emailed you a copy. Its answer will be published on this page with the answers to other suppliers’ questions.</p>
            </NotificationBanner>
          ) : null}
          <FormErrorSummary errors={ask.errors} submission={ask.submission} />
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">The Crown Commercial Service publishes news about {framework.name} and the answers to suppliers’ clarification questions here.</p>
          <PublishedFiles id="communications" caption="Communications" files={communications} none={`No communications have been sent out about ${framework.name} yet.`} />
          <PublishedFiles id="clarification-answers" caption="Clarification questions and answers" files={answers} none="No clarification questions have been answered yet." />
          <p className="govuk-body">
            If you need any of these documents in a more accessible format, such as large print or audio,{' '}
            <a className="govuk-link" href="/help">
              contact the support team
            </a>
            .
          </p>
          {framework.clarificationQuestionsOpen ? (
            <ClarificationQuestionForm
              ask={ask}
              question={question}
              onChange={setQuestion}
              onSubmit={(e) => void submit(e)}
              closesAt={framework.clarificationsCloseAt}
              publishAt={framework.clarificationsPublishAt}
            />
          ) : (
            <section aria-labelledby="closed-heading">
              <h2 className="govuk-heading-m" id="closed-heading">
                Clarification questions
              </h2>
              <p className="govuk-body">
                The deadline for asking clarification questions about {framework.name} has passed. If you have a question,{' '}
                <a className="govuk-link" href="/help">
                  contact the support team
                </a>
                .
              </p>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

/** S8: a framework's communications and clarification answers for suppliers, and the clarification question form while it is open. */
export function FrameworkUpdatesPage() {
  const { framework = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <FrameworkUpdates frameworkSlug={framework} />}</RequireViewer>;
}
