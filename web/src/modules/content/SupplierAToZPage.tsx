import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { graphql } from '../../gql';
import { Title } from '../../ui/app/Title';
import { Pagination, type PaginationItem } from '../../ui/govuk/Pagination';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import './content.css';
import { PREFIXES, aToZHref, normalisePrefix, pageNumber, prefixLabel } from './suppliersAToZ';

export const A_TO_Z_PAGE_SIZE = 30;

export const GCloudSuppliersDocument = graphql(`
  query GCloudSuppliers($prefix: String, $page: Int!, $first: Int!) {
    gCloudSuppliers(prefix: $prefix, page: $page, first: $first) {
      totalCount
      nodes {
        id
        name
        description
      }
    }
  }
`);

/** Numbered pages as GOV.UK shows them: the first, the last, the current one and its neighbours, with gaps as ellipses. */
export function pageItems(current: number, last: number, href: (page: number) => string): PaginationItem[] {
  const items: PaginationItem[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= 1) items.push({ number: n, href: href(n), current: n === current });
    else if (items.length && !items[items.length - 1]!.ellipsis) items.push({ ellipsis: true });
  }
  return items;
}

function Letters({ current }: { current: string }) {
  return (
    <nav aria-label="Suppliers A to Z">
      <ul className="app-a-to-z govuk-body-l">
        {PREFIXES.map((prefix) => (
          <li key={prefix}>
            {prefix === current ? (
              <span className="app-a-to-z__letter app-a-to-z__letter--current" aria-current="page">
                <span className="govuk-visually-hidden">Suppliers starting with </span>
                {prefixLabel(prefix)}
              </span>
            ) : (
              <Link className="govuk-link app-a-to-z__letter" to={aToZHref(prefix)}>
                <span className="govuk-visually-hidden">Suppliers starting with </span>
                {prefixLabel(prefix)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A5: the G-Cloud supplier A to Z, a letter and a page at a time. */
export function SupplierAToZPage() {
  const [params] = useSearchParams();
  const prefix = normalisePrefix(params.get('prefix'));
  const page = pageNumber(params.get('page'));
  const { data, error } = useQuery(GCloudSuppliersDocument, {
    variables: { prefix, page: page ?? 1, first: A_TO_Z_PAGE_SIZE },
    skip: page === null,
  });
  if (page === null) return <PageNotFound />;
  if (error) return <ServiceProblem />;
  const found = data?.gCloudSuppliers;
  const pages = found ? Math.max(1, Math.ceil(found.totalCount / A_TO_Z_PAGE_SIZE)) : 1;
  if (found && page > pages) return <PageNotFound />;

  const heading = `Suppliers starting with ${prefixLabel(prefix)}`;
  const startingWith = `suppliers starting with ${prefixLabel(prefix)}`;
  const first = (page - 1) * A_TO_Z_PAGE_SIZE + 1;
  return (
    <>
      <Title>{`G-Cloud ${startingWith}${pages > 1 ? ` (page ${page} of ${pages})` : ''}`}</Title>
      <Breadcrumbs items={[{ label: 'Cloud hosting, software and support', to: '/g-cloud' }, { label: 'G-Cloud supplier A to Z' }]} />
      <span className="govuk-caption-l">G-Cloud supplier A to Z</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <Letters current={prefix} />
      {!found ? (
        <p className="govuk-body" role="status">
          Loading suppliers…
        </p>
      ) : found.totalCount === 0 ? (
        <p className="govuk-body">There are no G-Cloud suppliers starting with {prefixLabel(prefix)}.</p>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body" data-testid="supplier-count">
              {pages > 1
                ? `Showing ${first} to ${first + found.nodes.length - 1} of ${found.totalCount} suppliers`
                : `${found.totalCount} ${found.totalCount === 1 ? 'supplier' : 'suppliers'}`}
            </p>
            <ul className="govuk-list" data-testid="suppliers">
              {found.nodes.map((supplier) => (
                <li key={supplier.id} className="govuk-!-margin-bottom-6">
                  <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                    <Link className="govuk-link" to={`/g-cloud/supplier/${supplier.id}`}>
                      {supplier.name}
                    </Link>
                  </h2>
                  {supplier.description ? <p className="govuk-body govuk-!-margin-bottom-0">{supplier.description}</p> : null}
                </li>
              ))}
            </ul>
            {pages > 1 ? (
              <Pagination
                landmarkLabel={`Pages of ${startingWith}`}
                previous={page > 1 ? { href: aToZHref(prefix, page - 1) } : undefined}
                next={page < pages ? { href: aToZHref(prefix, page + 1) } : undefined}
                items={pageItems(page, pages, (n) => aToZHref(prefix, n))}
              />
            ) : null}
          </div>
        </div>
      )}
    </>
  );
}
