import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button, ErrorSummary, Table, Tag, flash, formatDateTime, ROLE_LABELS, type Viewer } from '@dm/web/ui';
import type { Role } from '../../gql/graphql';
import { ACTION_TEXT, accountActions, actionDone, type AccountAction } from './userActions';

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  locked: boolean;
  loggedInAt?: string | null;
  passwordChangedAt: string;
  supplier?: { id: string; name: string } | null;
}

export function StatusTags({ account }: { account: Pick<AccountRow, 'active' | 'locked'> }) {
  return (
    <>
      {account.active ? <Tag text="Active" classes="govuk-tag--green" /> : <Tag text="Deactivated" classes="govuk-tag--grey" />}
      {account.locked ? (
        <>
          {' '}
          <Tag text="Locked" classes="govuk-tag--red" />
        </>
      ) : null}
    </>
  );
}

/**
 * Accounts with their sign-in history and status, and (for the roles allowed) a button per action:
 * unlock, deactivate, reactivate. Done, the page is shown again with a confirmation.
 */
export function AccountsTable({
  viewer,
  accounts,
  caption,
  run,
  showSupplier = false,
  captionClasses = 'govuk-table__caption--m',
}: {
  viewer: Viewer;
  accounts: readonly AccountRow[];
  caption: string;
  run: (action: AccountAction, id: string) => Promise<void>;
  showSupplier?: boolean;
  captionClasses?: string;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (action: AccountAction, account: AccountRow) => {
    setBusy(true);
    try {
      await run(action, account.id);
      setFailed(null);
      await navigate({ pathname: location.pathname, search: location.search }, { ...flash(actionDone(action, account.email)), replace: true });
    } catch (e) {
      setFailed(e instanceof Error ? e.message : 'The account could not be changed. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const anyActions = accounts.some((a) => accountActions(viewer, a).length > 0);
  return (
    <>
      {failed ? <ErrorSummary titleText="There is a problem" errorList={[{ text: failed }]} /> : null}
      <Table
        caption={caption}
        captionClasses={captionClasses}
        attributes={{ 'data-testid': 'accounts' }}
        head={[
          { text: 'Name' },
          { text: 'Email address' },
          ...(showSupplier ? [{ text: 'Role' }, { text: 'Supplier' }] : []),
          { text: 'Last signed in' },
          { text: 'Password changed' },
          { text: 'Status' },
          ...(anyActions ? [{ text: <span className="govuk-visually-hidden">Actions</span> }] : []),
        ]}
        rows={accounts.map((a) => [
          { text: a.name },
          { text: a.email },
          ...(showSupplier
            ? [
                { text: ROLE_LABELS[a.role] },
                {
                  text: a.supplier ? (
                    <Link className="govuk-link" to={`/suppliers/${a.supplier.id}`}>
                      {a.supplier.name}
                    </Link>
                  ) : (
                    <span className="govuk-visually-hidden">None</span>
                  ),
                },
              ]
            : []),
          { text: a.loggedInAt ? formatDateTime(a.loggedInAt) : 'Never' },
          { text: formatDateTime(a.passwordChangedAt) },
          { text: <StatusTags account={a} /> },
          ...(anyActions
            ? [
                {
                  text: (
                    <div className="govuk-button-group">
                      {accountActions(viewer, a).map((action) => (
                        <Button
                          key={action}
                          type="button"
                          classes={`govuk-!-margin-bottom-0 ${action === 'deactivate' ? 'govuk-button--warning' : 'govuk-button--secondary'}`}
                          disabled={busy}
                          text={
                            <>
                              {ACTION_TEXT[action]}
                              <span className="govuk-visually-hidden"> {a.email}</span>
                            </>
                          }
                          onClick={() => void act(action, a)}
                        />
                      ))}
                    </div>
                  ),
                },
              ]
            : []),
        ])}
      />
    </>
  );
}
