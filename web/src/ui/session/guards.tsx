import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { PageNotFound } from '../pages/ErrorPages';
import { useViewer } from './session';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * A page for signed-in users: anyone else is sent to sign in and brought back; a signed-in user
 * whose role the page is not for gets the 404 page (they are not told the page exists).
 */
export function RequireViewer({ allow = () => true, children }: { allow?: (viewer: Viewer) => boolean; children: (viewer: Viewer) => ReactNode }) {
  const { data, loading } = useViewer();
  const location = useLocation();
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!allow(viewer)) return <PageNotFound />;
  return <>{children(viewer)}</>;
}

export const isAdminRole = (role: Role) => role.startsWith('ADMIN');

/** Pages of a supplier's account (with RequireViewer): a signed-in buyer or admin gets the 404 page. */
export const isSupplier = (viewer: Pick<Viewer, 'role'>) => viewer.role === 'SUPPLIER';

/** Pages of a buyer's own requirements and projects (with RequireViewer): anyone else gets the 404 page. */
export const isBuyer = (viewer: Pick<Viewer, 'role'>) => viewer.role === 'BUYER';
