import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../ui/govuk/Button';
import { useViewer } from '../../ui/session/session';
import { applicationPath, askPath, startPath, SupplierOpportunityDocument } from './queries';

interface Opportunity {
  id: string;
  status: string;
  clarificationQuestionsAreClosed: boolean;
}

/** Who is looking at the opportunity page, and for a supplier their response to it (if any). */
function useSupplierView(briefId: string) {
  const viewer = useViewer();
  const role = viewer.data?.viewer?.role;
  const supplier = role === 'SUPPLIER';
  const mine = useQuery(SupplierOpportunityDocument, { variables: { id: briefId }, skip: !supplier, fetchPolicy: 'cache-and-network' });
  const response = mine.data?.myBriefResponses.find((r) => r.brief.id === briefId) ?? null;
  return { loading: viewer.loading && !viewer.data, visitor: !viewer.data?.viewer, supplier, ready: supplier && Boolean(mine.data), response };
}

function SignInLink({ children }: { children: string }) {
  const location = useLocation();
  return (
    <Link className="govuk-link" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
      {children}
    </Link>
  );
}

/**
 * Under the published questions and answers: a supplier may ask the buyer a question while
 * questions are open; a visitor is told to sign in first. Buyers and admins get nothing.
 */
export function AskQuestionAction({ opportunity }: { opportunity: Opportunity }) {
  const view = useSupplierView(opportunity.id);
  if (opportunity.status !== 'LIVE' || opportunity.clarificationQuestionsAreClosed || view.loading) return null;
  if (view.visitor)
    return (
      <p className="govuk-body" data-testid="ask-a-question">
        <SignInLink>Sign in to ask a question</SignInLink> about this opportunity.
      </p>
    );
  if (!view.supplier) return null;
  return (
    <p className="govuk-body" data-testid="ask-a-question">
      <Link className="govuk-link" to={askPath(opportunity.id)}>
        Ask a question
      </Link>{' '}
      about this opportunity.
    </p>
  );
}

/**
 * The end of the opportunity page: a supplier applies (or carries on, or reads what they sent);
 * a visitor is told that applying needs a supplier account. Buyers and admins get nothing.
 */
export function ApplyAction({ opportunity }: { opportunity: Opportunity }) {
  const view = useSupplierView(opportunity.id);
  const live = opportunity.status === 'LIVE';
  if (view.loading) return null;
  if (view.visitor) {
    if (!live) return null;
    return (
      <section aria-labelledby="apply-heading" className="govuk-!-margin-top-8" data-testid="apply">
        <h2 className="govuk-heading-m" id="apply-heading">
          Apply for this opportunity
        </h2>
        <p className="govuk-body">
          You need a supplier account on a Digital Outcomes and Specialists framework to apply. <SignInLink>Sign in to apply</SignInLink>.
        </p>
      </section>
    );
  }
  if (!view.ready) return null;
  const response = view.response;
  const submitted = response && response.status !== 'DRAFT';
  if (!live && !submitted) return null;
  return (
    <section aria-labelledby="apply-heading" className="govuk-!-margin-top-8" data-testid="apply">
      <h2 className="govuk-heading-m" id="apply-heading">
        {submitted ? 'Your application' : 'Apply for this opportunity'}
      </h2>
      {submitted ? (
        <>
          <p className="govuk-body">
            {live ? 'You’ve already applied for this opportunity. You can change your application until applications close.' : 'You applied for this opportunity.'}
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={applicationPath(opportunity.id, response.id)}>
              View your application
            </Link>
          </p>
        </>
      ) : response ? (
        <>
          <p className="govuk-body">You’ve started an application for this opportunity.</p>
          <Button text="Continue your application" href={startPath(opportunity.id)} />
        </>
      ) : (
        <Button text="Apply for this opportunity" href={startPath(opportunity.id)} />
      )}
    </section>
  );
}
