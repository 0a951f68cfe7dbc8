import type { ReactNode } from 'react';
import { RequireViewer, Template, isAdminRole, type Viewer } from '@dm/web/ui';

/** Every admin page needs a signed-in admin; anyone else is sent to sign in, or gets the 404 page. */
export function RequireAdmin({ children }: { children: ReactNode | ((viewer: Viewer) => ReactNode) }) {
  return <RequireViewer allow={(viewer) => isAdminRole(viewer.role)}>{(viewer) => (typeof children === 'function' ? children(viewer) : children)}</RequireViewer>;
}

/** The admin site's template: the kit's, marked as the admin service. */
export function Layout({ children }: { children: ReactNode }) {
  return <Template feedbackHref="mailto:support@digitalmarketplace.service.gov.uk">{children}</Template>;
}
