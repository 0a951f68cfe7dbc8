import { Role } from './role.js';

/**
 * What each role may do, in one place (dm-journeys §3 for the admin roles). Resolvers gate on
 * `rolesFor(...)`; object-level rules (whose data, which state) live in each module's policy.
 */
export enum Permission {
  VIEW_USERS = 'view-users',
  UNLOCK_OR_DEACTIVATE_USERS = 'unlock-or-deactivate-users',
  MANAGE_ADMIN_USERS = 'manage-admin-users',
  MANAGE_BUYER_EMAIL_DOMAINS = 'manage-buyer-email-domains',
  VIEW_AUDIT_EVENTS = 'view-audit-events',
  UPDATE_FRAMEWORK = 'update-framework',
  VIEW_SERVICES = 'view-services',
  EDIT_SERVICES = 'edit-services',
  REVIEW_SERVICE_UPDATES = 'review-service-updates',
  VIEW_DRAFT_SERVICES = 'view-draft-services',
  VIEW_ANY_BRIEF = 'view-any-brief',
  REOPEN_BRIEFS = 'reopen-briefs',
  MANAGE_SEARCH_INDICES = 'manage-search-indices',
  MANAGE_FRAMEWORK_COMMUNICATIONS = 'manage-framework-communications',
  DOWNLOAD_AGREEMENTS = 'download-agreements',
  RESCAN_DOCUMENTS = 'rescan-documents',
  VIEW_APPLICATION_STATISTICS = 'view-application-statistics',
  DOWNLOAD_SUPPLIER_LISTS = 'download-supplier-lists',
  DOWNLOAD_USER_LISTS = 'download-user-lists',
  DOWNLOAD_OUTCOMES = 'download-outcomes',
  MOVE_SUPPLIER_USERS = 'move-supplier-users',
  EDIT_DECLARATIONS = 'edit-declarations',
  MANAGE_BACKGROUND_JOBS = 'manage-background-jobs',
}

const { ADMIN, ADMIN_MANAGER, ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_SOURCING, ADMIN_CCS_DATA_CONTROLLER, ADMIN_CCS_CATEGORY } = Role;

export const PERMISSION_MATRIX: Readonly<Record<Permission, readonly Role[]>> = {
  // "Find user by email" (ADM, DC, CAT); admin-manager sees admin users only (policy).
  [Permission.VIEW_USERS]: [ADMIN, ADMIN_CCS_DATA_CONTROLLER, ADMIN_CCS_CATEGORY, ADMIN_MANAGER],
  // "Unlock / activate / deactivate a user" (ADM, CAT); admin-manager for admin users (policy).
  [Permission.UNLOCK_OR_DEACTIVATE_USERS]: [ADMIN, ADMIN_CCS_CATEGORY, ADMIN_MANAGER],
  [Permission.MANAGE_ADMIN_USERS]: [ADMIN_MANAGER],
  [Permission.MANAGE_BUYER_EMAIL_DOMAINS]: [ADMIN, ADMIN_CCS_CATEGORY],
  [Permission.VIEW_AUDIT_EVENTS]: [ADMIN, ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_SOURCING, ADMIN_CCS_DATA_CONTROLLER, ADMIN_CCS_CATEGORY],
  // Framework lifecycle (status, dates, clarification questions) is the framework manager's.
  [Permission.UPDATE_FRAMEWORK]: [ADMIN_FRAMEWORK_MANAGER],
  // "View supplier's live services list" / "View a service" (any status, archived versions).
  [Permission.VIEW_SERVICES]: [ADMIN, ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_DATA_CONTROLLER, ADMIN_CCS_CATEGORY],
  // "Edit service sections/questions; remove / publish a service"; suspend a supplier's services.
  [Permission.EDIT_SERVICES]: [ADMIN_CCS_CATEGORY],
  // "Review unapproved service edits, view diffs, approve edits".
  [Permission.REVIEW_SERVICE_UPDATES]: [ADMIN_CCS_CATEGORY],
  // "View supplier's draft services".
  [Permission.VIEW_DRAFT_SERVICES]: [ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_SOURCING],
  // "Find buyer by opportunity ID": support admins see any brief, drafts included, with its buyers.
  [Permission.VIEW_ANY_BRIEF]: [ADMIN, ADMIN_CCS_CATEGORY],
  // Admin-only brief corrections (an unsuccessful brief back to closed).
  [Permission.REOPEN_BRIEFS]: [ADMIN, ADMIN_CCS_CATEGORY],
  // Operations: rebuild or roll back a search index, see its status (support and framework managers).
  [Permission.MANAGE_SEARCH_INDICES]: [ADMIN, ADMIN_FRAMEWORK_MANAGER],
  // "Manage communications" (AD12): upload and delete communications and clarification answers.
  [Permission.MANAGE_FRAMEWORK_COMMUNICATIONS]: [ADMIN_FRAMEWORK_MANAGER],
  // "Agreement file downloads" (AD11): signature pages and countersigned agreements, audited.
  [Permission.DOWNLOAD_AGREEMENTS]: [ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_SOURCING, ADMIN_CCS_DATA_CONTROLLER, ADMIN_CCS_CATEGORY],
  // Operations: scan every stored document again (after a signature update).
  [Permission.RESCAN_DOCUMENTS]: [ADMIN, ADMIN_FRAMEWORK_MANAGER],
  // "View application statistics" (AD16): framework managers and CCS sourcing.
  [Permission.VIEW_APPLICATION_STATISTICS]: [ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_SOURCING],
  // AD13 "Download supplier lists per framework" (official details, every supplier account).
  [Permission.DOWNLOAD_SUPPLIER_LISTS]: [ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_DATA_CONTROLLER, ADMIN_CCS_CATEGORY],
  // AD13 "Download supplier user-research participants" and "all buyers / buyers opted into user research".
  [Permission.DOWNLOAD_USER_LISTS]: [ADMIN_FRAMEWORK_MANAGER],
  // AD13 "Download Direct Award outcomes / DOS outcomes".
  [Permission.DOWNLOAD_OUTCOMES]: [ADMIN_FRAMEWORK_MANAGER, ADMIN_CCS_SOURCING, ADMIN_CCS_CATEGORY],
  // "Move existing user to supplier" (AD3): support and category admins.
  [Permission.MOVE_SUPPLIER_USERS]: [ADMIN, ADMIN_CCS_CATEGORY],
  // "View / edit supplier declaration" (AD10): sourcing corrects a declaration while the framework allows it.
  [Permission.EDIT_DECLARATIONS]: [ADMIN_CCS_SOURCING],
  // Operations: background jobs (retry, discard, the dead-letter queue) and the email outbox (resend).
  [Permission.MANAGE_BACKGROUND_JOBS]: [ADMIN, ADMIN_FRAMEWORK_MANAGER],
};

export const rolesFor = (permission: Permission): Role[] => [...PERMISSION_MATRIX[permission]];

export const can = (role: Role | undefined, permission: Permission): boolean => role !== undefined && PERMISSION_MATRIX[permission].includes(role);
