import { Link } from 'react-router';
import { Breadcrumbs, Flash, ServiceProblem, Table, Tag, Title } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { manageable, shortRole, useAdminAccounts } from './adminUsers';

function List() {
  const { data, error } = useAdminAccounts();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const accounts = manageable(data.users.nodes);
  return (
    <>
      <Table
        caption="Admin accounts"
        captionClasses="govuk-visually-hidden"
        attributes={{ 'data-testid': 'admin-accounts' }}
        head={[{ text: 'Name' }, { text: 'Email address' }, { text: 'Permissions' }, { text: 'Status' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
        rows={accounts.map((u) => [
          { text: u.name },
          { text: u.email },
          { text: shortRole(u.role) },
          { text: u.active ? <Tag text="Active" classes="govuk-tag--green" /> : <Tag text="Suspended" classes="govuk-tag--grey" /> },
          {
            text: (
              <Link className="govuk-link" to={`/admin-users/${u.id}/edit`}>
                Edit<span className="govuk-visually-hidden"> {u.name}</span>
              </Link>
            ),
          },
        ])}
      />
      {accounts.length ? null : <p className="govuk-body">There are no admin accounts to manage yet.</p>}
    </>
  );
}

/** AD15: the admin accounts an admin-manager looks after, with their permissions and status. */
export function AdminUsersPage() {
  return (
    <RequireTask id="admin-users">
      {() => (
        <>
          <Title>Manage admin accounts</Title>
          <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Admin accounts' }]} />
          <Flash />
          <h1 className="govuk-heading-l">Manage admin accounts</h1>
          <p className="govuk-body">
            <Link className="govuk-button govuk-button--secondary" to="/admin-users/invite">
              Invite an admin
            </Link>
          </p>
          <List />
        </>
      )}
    </RequireTask>
  );
}
