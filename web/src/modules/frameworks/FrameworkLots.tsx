import { Link } from 'react-router';
import type { HomeFrameworksQuery } from '../../gql/graphql';

export type HomeFramework = HomeFrameworksQuery['frameworks'][number];
type HomeLot = HomeFramework['lots'][number];

/**
 * One framework and its lots, as a card on the home page. A lot with somewhere to go (its search
 * results, its opportunities) is a link: `lotHref` says where, or null for none.
 */
export function FrameworkLots({ framework, lotHref }: { framework: HomeFramework; lotHref?: (lot: HomeLot) => string | null }) {
  const headingId = `framework-${framework.slug}`;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={headingId} data-testid={`framework-${framework.slug}`}>
      <h3 className="govuk-heading-m" id={headingId}>
        {framework.name}
      </h3>
      <ul className="govuk-list govuk-list--bullet">
        {framework.lots.map((lot) => {
          const href = lotHref?.(lot);
          return (
            <li key={lot.slug}>
              {href ? (
                <Link className="govuk-link" to={href}>
                  {lot.name}
                </Link>
              ) : (
                lot.name
              )}
              {lot.allowsBrief ? <span className="govuk-hint govuk-!-display-inline"> — buyers can publish requirements</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
