import { Link } from 'react-router';

/** GOV.UK breadcrumbs from the home page: links for every item but a last one without `to`. */
export function Breadcrumbs({ items }: { items: Array<{ label: string; to?: string }> }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {[{ label: 'Digital Marketplace', to: '/' }, ...items].map((item, i) => (
          <li key={i} className="govuk-breadcrumbs__list-item">
            {item.to ? (
              <Link className="govuk-breadcrumbs__link" to={item.to}>
                {item.label}
              </Link>
            ) : (
              item.label
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
