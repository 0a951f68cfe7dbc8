import { useQuery } from '@apollo/client/react';
import { ServiceEditsCountDocument } from './queries';

/** The home page's count beside the task: "4 service edits to review" (nothing while loading or on failure). */
export function ServiceEditsCount() {
  const { data } = useQuery(ServiceEditsCountDocument, { fetchPolicy: 'cache-and-network' });
  const n = data?.serviceUpdatesToReview.totalCount;
  if (n === undefined) return null;
  return (
    <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0" data-testid="task-count">
      {n === 0 ? 'No service edits to review' : n === 1 ? '1 service edit to review' : `${n} service edits to review`}
    </span>
  );
}
