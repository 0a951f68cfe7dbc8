import { Link } from 'react-router';
import type { MissingQuestion } from './progress';

/** The questions still to answer before publishing, each a link to its page. */
export function MissingQuestions({ missing }: { missing: MissingQuestion[] }) {
  return (
    <>
      <p className="govuk-body">You need to answer {missing.length === 1 ? 'this question' : `these ${missing.length} questions`} first:</p>
      <ul className="govuk-list govuk-list--bullet" data-testid="missing-questions">
        {missing.map((q) => (
          <li key={q.id}>
            <Link className="govuk-link" to={q.href}>
              {q.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
