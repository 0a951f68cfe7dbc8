import { useQuery } from '@apollo/client/react';
import { jobProblemsText } from './operations';
import { JobProblemsDocument } from './queries';

/** The home page's count beside the jobs task: "2 failed jobs" (nothing when none, while loading or on failure). */
export function JobsCount() {
  const { data } = useQuery(JobProblemsDocument, { fetchPolicy: 'cache-and-network' });
  const counts = data?.backgroundJobProblems;
  const text = counts ? jobProblemsText(counts.failed, counts.stalled) : null;
  if (!text) return null;
  return (
    <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0" data-testid="task-count">
      {text}
    </span>
  );
}
