import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { FrameworkStatus } from '../../gql/graphql';
import { Link } from 'react-router';
import { Breadcrumbs, Flash, ServiceProblem, Title } from '@dm/web/ui';
import type { Role } from '../../gql/graphql';
import { task } from '../../app/tasks';

export const AdminFrameworksDocument = graphql(`
  query AdminFrameworks {
    frameworks {
      slug
      name
      family
      status
      clarificationQuestionsOpen
      lots {
        slug
        name
      }
    }
  }
`);

/** Status tag colours follow GOV.UK's guidance: live green, open blue, expired grey. */
export const statusTag: Record<FrameworkStatus, { label: string; className: string }> = {
  COMING: { label: 'Coming', className: 'govuk-tag--purple' },
  OPEN: { label: 'Open', className: 'govuk-tag--blue' },
  PENDING: { label: 'Pending', className: 'govuk-tag--yellow' },
  STANDSTILL: { label: 'Standstill', className: 'govuk-tag--orange' },
  LIVE: { label: 'Live', className: 'govuk-tag--green' },
  EXPIRED: { label: 'Expired', className: 'govuk-tag--grey' },
};

/** AD17: the list, with a "Change status" link for the roles that may change one. */
export function FrameworksPage({ role, changing = false }: { role?: Role; changing?: boolean } = {}) {
  const canChange = role !== undefined && task('framework-status').roles.includes(role);
  const { data, loading, error } = useQuery(AdminFrameworksDocument);
  if (error) return <ServiceProblem />;
  return (
    <>
      <Title>{changing ? 'Change a framework’s status' : 'Frameworks'}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: changing ? 'Change a framework’s status' : 'Frameworks' }]} />
      <Flash />
      <h1 className="govuk-heading-l">{changing ? 'Change a framework’s status' : 'Frameworks'}</h1>
      {changing ? <p className="govuk-body">Choose the framework whose status you need to change.</p> : null}
      {loading ? (
        <p className="govuk-body" role="status">
          Loading frameworks…
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Frameworks and their statuses</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Framework
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                Lots
              </th>
              {canChange ? (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {(data?.frameworks ?? []).map((f) => (
              <tr className="govuk-table__row" key={f.slug} data-testid={`framework-${f.slug}`}>
                <th scope="row" className="govuk-table__header">
                  {f.name}
                </th>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${statusTag[f.status].className}`}>{statusTag[f.status].label}</strong>
                </td>
                <td className="govuk-table__cell">{f.lots.map((l) => l.name).join(', ')}</td>
                {canChange ? (
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/frameworks/${f.slug}/status`}>
                      Change status<span className="govuk-visually-hidden"> of {f.name}</span>
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
