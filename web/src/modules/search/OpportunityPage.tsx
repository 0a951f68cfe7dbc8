import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { AnswerSections } from '../../components/AnswerSections';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { graphql } from '../../gql';
import { OPPORTUNITIES_PATH } from './OpportunitiesPage';
import { Flash } from '../../ui/app/flash';
import { ApplyAction, AskQuestionAction } from '../opportunities/OpportunityActions';
import { OpportunityOutcome } from '../evaluation/OpportunityOutcome';
import { errorCode } from '../../ui/app/errors';

export const OpportunityPageDocument = graphql(`
  query OpportunityPage($id: ID!) {
    brief(id: $id) {
      id
      status
      data
      publishedAt
      applicationsClosedAt
      clarificationQuestionsClosedAt
      clarificationQuestionsAreClosed
      withdrawnAt
      cancelledAt
      unsuccessfulAt
      outcome {
        id
        result
        awardValue
        startDate
        completedAt
        awardedSupplier {
          name
          organisationSize
        }
      }
      lot {
        slug
        name
      }
      framework {
        slug
        name
      }
      clarificationQuestions {
        question
        answer
      }
      displaySections {
        ...AnswerSectionFields
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const when = (v: string | null | undefined) => (v ? dateFormat.format(new Date(v)) : '');
const text = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(', ') : '');

export function OpportunityPage() {
  const { id = '' } = useParams();
  const valid = /^\d{1,9}$/.test(id);
  const { data, error, loading } = useQuery(OpportunityPageDocument, { variables: { id }, skip: !valid });
  const brief = data?.brief;
  const d = (brief?.data ?? {}) as Record<string, unknown>;
  useEffect(() => {
    if (brief) document.title = `${text(d.title)} – Digital Marketplace`;
  }, [brief, d.title]);
  if (!valid) return <PageNotFound />;
  if (error) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading || !brief) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Supplier opportunities', to: OPPORTUNITIES_PATH }, { label: text(d.title) }]} />
      <Flash />
      <span className="govuk-caption-l">{text(d.organisation)}</span>
      <h1 className="govuk-heading-xl">{text(d.title)}</h1>
      {brief.status === 'LIVE' ? (
        <p className="govuk-body" data-testid="opportunity-state">
          Open for applications until {when(brief.applicationsClosedAt)}
        </p>
      ) : (
        <OpportunityOutcome brief={brief} />
      )}
      <h2 className="govuk-heading-m">Important dates</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Published</dt>
          <dd className="govuk-summary-list__value">{when(brief.publishedAt)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Deadline for asking questions</dt>
          <dd className="govuk-summary-list__value">{when(brief.clarificationQuestionsClosedAt)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Closing date for applications</dt>
          <dd className="govuk-summary-list__value">{when(brief.applicationsClosedAt)}</dd>
        </div>
      </dl>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Category</dt>
          <dd className="govuk-summary-list__value">{brief.lot.name}</dd>
        </div>
      </dl>
      <AnswerSections sections={brief.displaySections} />
      <h2 className="govuk-heading-m">Questions asked by suppliers</h2>
      {brief.clarificationQuestions.length ? (
        <dl className="govuk-summary-list" data-testid="published-questions">
          {brief.clarificationQuestions.map((q, i) => (
            <div key={i} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{q.question}</dt>
              <dd className="govuk-summary-list__value">{q.answer}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="govuk-body">No questions have been answered yet.</p>
      )}
      <AskQuestionAction opportunity={brief} />
      <ApplyAction opportunity={brief} />
    </>
  );
}
