import type { HomeFrameworksQuery } from '../../gql/graphql';

export type HomeFramework = HomeFrameworksQuery['frameworks'][number];

/** One framework and its lots, as a card on the home page. */
export function FrameworkLots({ framework }: { framework: HomeFramework }) {
  const headingId = `framework-${framework.slug}`;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={headingId} data-testid={`framework-${framework.slug}`}>
      <h3 className="govuk-heading-m" id={headingId}>
        {framework.name}
      </h3>
      <ul className="govuk-list govuk-list--bullet">
        {framework.lots.map((lot) => (
          <li key={lot.slug}>
            {lot.name}
            {lot.allowsBrief ? <span className="govuk-hint govuk-!-display-inline"> — buyers can publish requirements</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
