import { Link } from 'react-router';
import { startHref } from './paths';

/** What a buyer looks for on each lot (the start page's heading), in the order buyers are offered them. */
export const LOT_TASKS: Record<string, string> = {
  'digital-outcomes': 'Find a team to provide an outcome',
  'digital-specialists': 'Find an individual specialist',
  'user-research-participants': 'Find user research participants',
  'user-research-studios': 'Find a user research studio',
};

/** For a signed-in buyer on the home page: the start pages of a live DOS framework's lots, and their requirements. */
export function RequirementStartLinks({ framework }: { framework: { slug: string; lots: ReadonlyArray<{ slug: string; name: string }> } }) {
  const lots = framework.lots.filter((l) => LOT_TASKS[l.slug]);
  if (!lots.length) return null;
  return (
    <nav aria-labelledby="buyer-requirements-heading" className="govuk-!-margin-bottom-6" data-testid="requirement-start-links">
      <h3 className="govuk-heading-s" id="buyer-requirements-heading">
        Publish your requirements
      </h3>
      <ul className="govuk-list">
        {lots.map((lot) => (
          <li key={lot.slug}>
            <Link className="govuk-link" to={startHref(framework.slug, lot.slug)}>
              {LOT_TASKS[lot.slug]}
            </Link>
          </li>
        ))}
        <li>
          <Link className="govuk-link" to="/buyers/requirements/digital-outcomes-and-specialists">
            View your requirements
          </Link>
        </li>
      </ul>
    </nav>
  );
}
