import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  Breadcrumbs,
  Button,
  Flash,
  FormErrorSummary,
  Input,
  PageNotFound,
  ServiceProblem,
  Title,
  flash,
  inlineError,
  isNotThere,
  emailAddressError,
  useFormMutation,
  type FieldErrors,
  type Viewer,
} from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { AccountsTable } from '../users/AccountsTable';
import { useAccountAction } from '../users/accounts';
import { INVITES_SUPPLIER_USERS, VIEWS_SUPPLIER_USERS } from './search';
import { AdminSupplierUsersDocument, InviteContributorDocument } from './suppliers';
import { MOVES_SUPPLIER_USERS } from '../companydetails/companyDetails';
import { MoveUserForm, useMoveUser } from '../companydetails/MoveUserForm';

const useInviteContributor = () => useFormMutation(InviteContributorDocument, { fieldOrder: ['email'], refusalFields: (_code, message) => ({ email: message }) });

function InviteForm({ supplierId, invite }: { supplierId: string; invite: ReturnType<typeof useInviteContributor> }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    const emailProblem = emailAddressError(value);
    const errors: FieldErrors = emailProblem ? { email: emailProblem } : {};
    if (await invite.submit({ id: supplierId, email: value }, errors)) {
      setEmail('');
      await navigate(location.pathname, { ...flash(`An invitation has been sent to ${value}`), replace: true });
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="invite-heading">
      <h2 className="govuk-heading-m" id="invite-heading">
        Invite a contributor
      </h2>
      <p className="govuk-body">We will email them a link to create an account that works for this supplier.</p>
      <Input
        id="email"
        name="email"
        type="email"
        classes="govuk-!-width-two-thirds"
        label={{ text: 'Email address', classes: 'govuk-label--s' }}
        autocomplete="off"
        spellcheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        errorMessage={inlineError(invite.errors, 'email')}
      />
      <Button type="submit" text="Send invitation" disabled={invite.loading} />
    </form>
  );
}

function Loaded({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const run = useAccountAction();
  const invite = useInviteContributor();
  const move = useMoveUser();
  const { data, error, refetch } = useQuery(AdminSupplierUsersDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && isNotThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const s = data.supplier;
  const users = s.users ?? [];
  return (
    <>
      <Title error={invite.hasErrors || move.hasErrors}>{`Users of ${s.name}`}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Find a supplier', href: '/suppliers' }, { text: s.name, href: `/suppliers/${s.id}` }, { text: 'Users' }]} />
      <Flash />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={invite.errors} submission={invite.submission} />
          <FormErrorSummary errors={move.errors} submission={move.submission} />
        </div>
      </div>
      <span className="govuk-caption-l">{s.name}</span>
      <h1 className="govuk-heading-l">Users</h1>
      {users.length ? (
        <AccountsTable
          viewer={viewer}
          accounts={users}
          caption="Supplier users"
          run={async (action, userId) => {
            await run(action, userId);
            await refetch();
          }}
        />
      ) : (
        <p className="govuk-body">This supplier has no users yet.</p>
      )}
      {INVITES_SUPPLIER_USERS.includes(viewer.role) ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <InviteForm supplierId={s.id} invite={invite} />
          </div>
        </div>
      ) : null}
      {MOVES_SUPPLIER_USERS.includes(viewer.role) ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <MoveUserForm supplier={s} move={move} onMoved={refetch} />
          </div>
        </div>
      ) : null}
    </>
  );
}

/** AD3: a supplier's users, with unlock, deactivate and reactivate, and an invitation, for the roles allowed. */
export function SupplierUsersPage() {
  return <RequireTask id="suppliers">{(viewer) => (VIEWS_SUPPLIER_USERS.includes(viewer.role) ? <Loaded viewer={viewer} /> : <NotAllowedPage />)}</RequireTask>;
}
