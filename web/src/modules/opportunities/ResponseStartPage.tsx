import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { formatDate, formatTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { RequireViewer } from '../../ui/session/guards';
import { applicationPath, briefTitle, CreateBriefResponseDocument, INELIGIBLE, opportunityPath, ResponseStartDocument } from './queries';

const isSupplier = (v: { role: string }) => v.role === 'SUPPLIER';

export const useCreateBriefResponse = () => useFormMutation(CreateBriefResponseDocument, { refetchQueries: [ResponseStartDocument] });

function ResponseStart({ id }: { id: string }) {
  const valid = /^\d{1,9}$/.test(id);
  const { data, loading, error } = useQuery(ResponseStartDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const start = useCreateBriefResponse();
  const navigate = useNavigate();
  if (!valid) return <PageNotFound />;
  if (error) {
    const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const brief = data!.brief;
  if (brief.status !== 'LIVE') return <PageNotFound />;
  const title = briefTitle(brief.data);
  const back = opportunityPath(brief.id);
  const eligibility = brief.myEligibility;
  if (eligibility && !eligibility.eligible) {
    const reason = INELIGIBLE[eligibility.reason ?? ''];
    return (
      <ErrorPage title="You can’t apply for this opportunity">
        <p className="govuk-body" data-reason={reason?.slug} data-testid="ineligible">
          {reason ? reason.text(brief.lot.name, brief.framework.name) : 'Your company cannot apply for this opportunity.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Back to the opportunity
          </Link>
        </p>
      </ErrorPage>
    );
  }
  const response = data!.myBriefResponses.find((r) => r.brief.id === brief.id);
  const specialists = brief.lot.slug === 'digital-specialists';

  const startApplication = async () => {
    const created = await start.submit({ briefId: brief.id });
    if (created) await navigate(applicationPath(brief.id, created.createBriefResponse.id));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={start.hasErrors}>{`Apply for ‘${title}’`}</Title>
        <BackLink href={back} text="Back" />
        <FormErrorSummary errors={start.errors} submission={start.submission} />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">{response && response.status !== 'DRAFT' ? 'You’ve already applied' : 'Before you start'}</h1>
        {response && response.status !== 'DRAFT' ? (
          <>
            <p className="govuk-body">You can change your application until applications close.</p>
            <p className="govuk-body">
              <Link className="govuk-link" to={applicationPath(brief.id, response.id)}>
                View your application
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">To apply, you’ll need to give:</p>
            <ul className="govuk-list govuk-list--bullet">
              <li>the earliest date {specialists ? 'your specialist' : 'your team'} can start work</li>
              {specialists ? <li>your specialist’s day rate</li> : null}
              <li>evidence of each of the essential skills and experience the buyer asked for</li>
              <li>evidence of any of the nice-to-have skills and experience you have</li>
              <li>the email address the buyer should contact you at</li>
            </ul>
            <h2 className="govuk-heading-m">Writing your evidence</h2>
            <p className="govuk-body">
              For each skill or experience, give one example of work you’ve done: the situation, the work you did and what it achieved. Use no more than 100 words for each example.
              You can use the same example for more than one skill or experience.
            </p>
            <p className="govuk-body">
              Applications close at {formatTime(brief.applicationsClosedAt)} on {formatDate(brief.applicationsClosedAt)}. You can change your application until then.
            </p>
            {response ? (
              <Button text="Continue application" href={applicationPath(brief.id, response.id)} />
            ) : (
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void startApplication();
                }}
              >
                <Button type="submit" text="Start application" disabled={start.loading} />
              </form>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** S11's first page: whether the supplier can apply (and why not), what applying takes, and the start. */
export function ResponseStartPage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <ResponseStart id={id} />}</RequireViewer>;
}
