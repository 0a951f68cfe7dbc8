import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { BackLink, Button, FormErrorSummary, Input, Radios, Title, flash, inlineError, emailAddressError, type FieldErrors } from '@dm/web/ui';
import type { Role } from '../../gql/graphql';
import { RequireTask } from '../../app/RequireTask';
import { ASSIGNABLE_ROLES, useInviteAdminUser } from './adminUsers';

function Form() {
  const invite = useInviteAdminUser();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    const errors: FieldErrors = {};
    const emailProblem = emailAddressError(value, 'name@crowncommercial.gov.uk');
    if (emailProblem) errors.email = emailProblem;
    if (!role) errors.role = 'Choose the permissions to give';
    if (await invite.submit({ input: { email: value, role: (role ?? '') as Role } }, errors)) await navigate('/admin-users', flash(`An invitation has been sent to ${value}`));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={invite.hasErrors}>Invite an admin</Title>
        <BackLink href="/admin-users" text="Back to admin accounts" />
        <FormErrorSummary errors={invite.errors} submission={invite.submission} />
        <h1 className="govuk-heading-l">Invite an admin</h1>
        <p className="govuk-body">We will email them a link to create their account on the admin site. The link works for 7 days.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="email"
            name="email"
            type="email"
            label={{ text: 'Email address', classes: 'govuk-label--s' }}
            hint={{ text: 'Their work email address on an approved admin domain' }}
            autocomplete="off"
            spellcheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errorMessage={inlineError(invite.errors, 'email')}
          />
          <Radios
            name="role"
            fieldset={{ legend: { text: 'Permissions', classes: 'govuk-fieldset__legend--s' } }}
            value={role}
            onChange={setRole}
            errorMessage={inlineError(invite.errors, 'role')}
            items={ASSIGNABLE_ROLES.map((r) => ({ value: r.role, text: r.label, hint: { text: r.hint } }))}
          />
          <Button type="submit" text="Send invitation" disabled={invite.loading} />
        </form>
      </div>
    </div>
  );
}

/** AD15: an admin-manager invites a colleague to the admin site with a role. */
export function InviteAdminPage() {
  return <RequireTask id="admin-users">{() => <Form />}</RequireTask>;
}
