import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { useFormAction } from '../../ui/forms/useFormMutation';
import { formatDate, formatTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { applicationPath, briefTitle, CreateBriefResponseDocument, INELIGIBLE, opportunityPath, responsePath, ResponseStartDocument } from './queries';
import { errorCode } from '../../ui/app/errors';

/**
 * Starts a response. The API refuses a supplier that cannot apply (FORBIDDEN with the reason, when
 * eligibility changed since the page loaded): `refused` holds the reason for the page to explain.
 * A response that exists already (started in another tab) is no error: the page shows it.
 */
export function useCreateBriefResponse() {
  const [create] = useMutation(CreateBriefResponseDocument, { refetchQueries: [ResponseStartDocument], awaitRefetchQueries: true });
  const client = useApolloClient();
  const [refused, setRefused] = useState<string | null>(null);
  const run = useCallback(
    async (variables: { briefId: string }) => {
      const result = await create({ variables });
      if (!result.error) return result.data ?? null;
      const first = CombinedGraphQLErrors.is(result.error) ? result.error.errors[0] : undefined;
      const code = first?.extensions?.code;
      if (code === 'FORBIDDEN') setRefused(typeof first?.extensions?.reason === 'string' ? first.extensions.reason : '');
      if (code === 'CONFLICT') {
        await client.refetchQueries({ include: [ResponseStartDocument] });
        return null;
      }
      throw result.error;
    },
    [create, client],
  );
  return { ...useFormAction(run), refused };
}

/** "You can't apply for this opportunity", and why (a `data-reason` slug for each reason). */
function Ineligible({ reason, lot, framework, back }: { reason: string | null | undefined; lot: string; framework: string; back: string }) {
  const known = INELIGIBLE[reason ?? ''];
  return (
    <ErrorPage title="You can’t apply for this opportunity">
      <p className="govuk-body" data-reason={known?.slug} data-testid="ineligible">
        {known ? known.text(lot, framework) : 'Your company cannot apply for this opportunity.'}
      </p>
      <p className="govuk-body">
        To apply, your company needs a service on the {framework} framework in the opportunity’s category ({lot.toLowerCase()}), and for a specialist, a service that offers the
        role the buyer asks for.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={back}>
          Back to the opportunity
        </Link>
      </p>
    </ErrorPage>
  );
}

function ResponseStart({ id }: { id: string }) {
  const valid = /^\d{1,9}$/.test(id);
  const { data, loading, error } = useQuery(ResponseStartDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const start = useCreateBriefResponse();
  const navigate = useNavigate();
  if (!valid) return <PageNotFound />;
  if (error) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const brief = data!.brief;
  if (brief.status !== 'LIVE') return <PageNotFound />;
  const title = briefTitle(brief.data);
  const back = opportunityPath(brief.id);
  const eligibility = brief.myEligibility;
  if ((eligibility && !eligibility.eligible) || start.refused !== null)
    return <Ineligible reason={start.refused ?? eligibility?.reason} lot={brief.lot.name} framework={brief.framework.name} back={back} />;
  const response = data!.myBriefResponses.find((r) => r.brief.id === brief.id);
  const specialists = brief.lot.slug === 'digital-specialists';

  const startApplication = async () => {
    const created = await start.submit({ briefId: brief.id });
    if (created) await navigate(responsePath(brief.id, created.createBriefResponse.id));
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
              <Button text="Continue application" href={responsePath(brief.id, response.id)} />
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
