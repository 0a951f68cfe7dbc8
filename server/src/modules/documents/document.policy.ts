import type { Viewer } from '../../app/context.js';
import { Permission, can } from '../../shared/permissions.js';
import { Role, isAdminRole } from '../../shared/role.js';
import { DocumentPurpose, type Document } from './document.entity.js';

/**
 * Who may read a document through the API (the public reads a public service's documents through
 * the service, which vouches for them): its supplier's users; for answers, the admins who see
 * services and drafts; for agreements, the admins who process them; for what framework managers
 * publish, every supplier and admin.
 */
export function mayRead(viewer: Viewer | null, doc: Pick<Document, 'purpose' | 'supplierId'>): boolean {
  if (!viewer) return false;
  const role = viewer.role as Role;
  const own = viewer.supplierId !== null && viewer.supplierId === doc.supplierId;
  switch (doc.purpose) {
    case DocumentPurpose.SERVICE:
    case DocumentPurpose.DECLARATION:
      return own || can(role, Permission.VIEW_SERVICES) || can(role, Permission.VIEW_DRAFT_SERVICES);
    case DocumentPurpose.SIGNATURE_PAGE:
    case DocumentPurpose.COUNTERSIGNED_AGREEMENT:
      return own || can(role, Permission.DOWNLOAD_AGREEMENTS);
    case DocumentPurpose.COMMUNICATION:
    case DocumentPurpose.CLARIFICATION_ANSWERS:
      return role === Role.SUPPLIER || isAdminRole(role);
    default:
      return false;
  }
}
