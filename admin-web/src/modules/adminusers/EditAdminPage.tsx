import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, Input, PageNotFound, Radios, ServiceProblem, Title, flash, inlineError, isNotThere, type FieldErrors } from '@dm/web/ui';
import type { Role } from '../../gql/graphql';
import { RequireTask } from '../../app/RequireTask';
import { ASSIGNABLE_ROLES, manageable, useAdminAccount, useUpdateAdminUser, type AdminAccount } from './adminUsers';

function Form({ account }: { account: AdminAccount }) {
  const update = useUpdateAdminUser();
  const navigate = useNavigate();
  const [name, setName] = useState(account.name);
  const [role, setRole] = useState<string | undefined>(account.role);
  const [status, setStatus] = useState<string | undefined>(account.active ? 'active' : 'suspended');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!name.trim()) errors.name = 'Enter a name';
    if (!role) errors.role = 'Choose the permissions to give';
    const input = { name, role: (role ?? '') as Role, active: status !== 'suspended' };
    if (await update.submit({ id: account.id, input }, errors)) await navigate('/admin-users', flash(`${account.email} has been updated`));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={update.hasErrors}>Edit an admin account</Title>
        <BackLink href="/admin-users" text="Back to admin accounts" />
        <FormErrorSummary errors={update.errors} submission={update.submission} />
        <span className="govuk-caption-l">{account.email}</span>
        <h1 className="govuk-heading-l">Edit an admin account</h1>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="name"
            name="name"
            label={{ text: 'Name', classes: 'govuk-label--s' }}
            autocomplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            errorMessage={inlineError(update.errors, 'name')}
          />
          <Radios
            name="role"
            fieldset={{ legend: { text: 'Permissions', classes: 'govuk-fieldset__legend--s' } }}
            value={role}
            onChange={setRole}
            errorMessage={inlineError(update.errors, 'role')}
            items={ASSIGNABLE_ROLES.map((r) => ({ value: r.role, text: r.label, hint: { text: r.hint } }))}
          />
          <Radios
            name="active"
            fieldset={{ legend: { text: 'Status', classes: 'govuk-fieldset__legend--s' } }}
            value={status}
            onChange={setStatus}
            errorMessage={inlineError(update.errors, 'active')}
            items={[
              { value: 'active', text: 'Active', hint: { text: 'They can sign in to the admin site.' } },
              { value: 'suspended', text: 'Suspended', hint: { text: 'They are signed out and cannot sign in until made active again.' } },
            ]}
          />
          <Button type="submit" text="Save changes" disabled={update.loading} />
        </form>
      </div>
    </div>
  );
}

function Loaded() {
  const { id = '' } = useParams();
  const { data, error } = useAdminAccount(id);
  if (error && !data) return isNotThere(error) ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  // Only the five assignable roles are edited here (not another admin-manager).
  const account = data.user && manageable([data.user])[0];
  return account ? <Form key={account.id} account={account} /> : <PageNotFound />;
}

/** AD15: an admin-manager changes an admin's name, permissions and status. */
export function EditAdminPage() {
  return <RequireTask id="admin-users">{() => <Loaded />}</RequireTask>;
}
