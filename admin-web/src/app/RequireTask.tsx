import type { ReactNode } from 'react';
import { RequireViewer, Title, isAdminRole, type Viewer } from '@dm/web/ui';
import { Link } from 'react-router';
import { task } from './tasks';

/** What a signed-in admin sees on a task their role may not do: said plainly, with the way home. */
export function NotAllowedPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>You are not allowed to do this</Title>
        <h1 className="govuk-heading-l">You are not allowed to do this</h1>
        <p className="govuk-body">Your admin role does not include this task.</p>
        <p className="govuk-body">
          If you need to do it, ask an admin manager to change your role. Go back to the{' '}
          <Link className="govuk-link" to="/">
            admin home page
          </Link>{' '}
          to see the tasks you can do.
        </p>
      </div>
    </div>
  );
}

/**
 * A page of one admin task: anyone not signed in is sent to sign in; a non-admin gets the 404 page;
 * an admin whose role does not have the task gets the "not allowed" page.
 */
export function RequireTask({ id, children }: { id: string; children: (viewer: Viewer) => ReactNode }) {
  const { roles } = task(id);
  return <RequireViewer allow={(viewer) => isAdminRole(viewer.role)}>{(viewer) => (roles.includes(viewer.role) ? children(viewer) : <NotAllowedPage />)}</RequireViewer>;
}
