import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';
import { ServiceEditsCount } from '../modules/serviceedits/ServiceEditsCount';
import { AgreementsCount } from '../modules/agreements/AgreementsCount';
import { JobsCount } from '../modules/operations/JobsCount';

/** A thing an admin role may do, as the admin home lists it and its pages check it (dm-journeys §3). */
export interface AdminTask {
  id: string;
  /** The home page's heading the task sits under. */
  group: string;
  title: string;
  path: string;
  roles: readonly Role[];
  /** A count the home page shows under the link (e.g. "4 service edits to review"). */
  Count?: ComponentType;
}

const EVERY_ADMIN: readonly Role[] = ['ADMIN', 'ADMIN_MANAGER', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'];

/**
 * The admin tasks, each with the roles the permission matrix gives it. The API checks
 * the same matrix on every request; this only decides what a role is shown and which pages say
 * "not allowed" instead of failing on a refused query.
 */
export const ADMIN_TASKS: readonly AdminTask[] = [
  // AD4 users, AD1–AD3 suppliers (AD2, AD3, AD5, AD8–AD10 are pages of a supplier)
  { id: 'find-user', group: 'Users and suppliers', title: 'Find a user by email', path: '/users', roles: ['ADMIN', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'] },
  {
    id: 'suppliers',
    group: 'Users and suppliers',
    title: 'Find a supplier',
    path: '/suppliers',
    roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
  },
  // AD1 service ID search and AD6 services (view: support, framework managers, category; edit, remove, publish, transfer: category); AD7 review service edits
  { id: 'find-service', group: 'Services', title: 'Find a service by its ID', path: '/services', roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_CATEGORY'] },
  { id: 'service-edits', group: 'Services', title: 'Review service changes', path: '/service-edits', roles: ['ADMIN_CCS_CATEGORY'], Count: ServiceEditsCount },
  // AD14 buyers
  { id: 'buyers', group: 'Buyers', title: 'Find the buyers of an opportunity', path: '/buyers', roles: ['ADMIN', 'ADMIN_CCS_CATEGORY'] },
  { id: 'buyer-email-domains', group: 'Buyers', title: 'Manage buyer email domains', path: '/buyer-email-domains', roles: ['ADMIN', 'ADMIN_CCS_CATEGORY'] },
  // AD17 frameworks and their status (the API's UPDATE_FRAMEWORK: framework managers), AD12 communications
  { id: 'frameworks', group: 'Frameworks', title: 'View frameworks and their status', path: '/frameworks', roles: EVERY_ADMIN },
  { id: 'framework-status', group: 'Frameworks', title: 'Change a framework’s status', path: '/frameworks/status', roles: ['ADMIN_FRAMEWORK_MANAGER'] },
  { id: 'communications', group: 'Frameworks', title: 'Manage framework communications', path: '/communications', roles: ['ADMIN_FRAMEWORK_MANAGER'] },
  // AD11: list, view and download for these four; the status filter and the actions are sourcing's alone.
  {
    id: 'agreements',
    group: 'Frameworks',
    title: 'View supplier framework agreements',
    path: '/agreements',
    roles: ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
    // Sourcing's count of approved agreements waiting for a countersignature (nothing for the others).
    Count: AgreementsCount,
  },
  // AD16 application statistics
  { id: 'application-statistics', group: 'Frameworks', title: 'View application statistics', path: '/statistics', roles: ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING'] },
  // AD13 reports
  {
    id: 'supplier-lists',
    group: 'Reports',
    title: 'Contact suppliers: download supplier lists',
    path: '/reports/supplier-lists',
    roles: ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
  },
  { id: 'user-lists', group: 'Reports', title: 'Download buyer and user research lists', path: '/reports/users', roles: ['ADMIN_FRAMEWORK_MANAGER'] },
  {
    id: 'outcomes',
    group: 'Reports',
    title: 'Download outcomes and opportunity data',
    path: '/reports/outcomes',
    roles: ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_CATEGORY'],
  },
  // Operations: search indices (MANAGE_SEARCH_INDICES), background jobs and the email outbox (MANAGE_BACKGROUND_JOBS), the audit event browser (VIEW_AUDIT_EVENTS)
  { id: 'search-indices', group: 'Operations', title: 'Search indices', path: '/operations/search-indices', roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER'] },
  { id: 'background-jobs', group: 'Operations', title: 'Background jobs', path: '/operations/jobs', roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER'], Count: JobsCount },
  { id: 'email-outbox', group: 'Operations', title: 'Email outbox', path: '/operations/emails', roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER'] },
  {
    id: 'audit-events',
    group: 'Operations',
    title: 'Browse audit events',
    path: '/audit-events',
    roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
  },
  // AD15 admin accounts
  { id: 'admin-users', group: 'Admin accounts', title: 'View and edit admin accounts', path: '/admin-users', roles: ['ADMIN_MANAGER'] },
];

export const task = (id: string): AdminTask => {
  const found = ADMIN_TASKS.find((t) => t.id === id);
  if (!found) throw new Error(`No admin task ${id}`);
  return found;
};

/** The tasks a role may do, grouped for the home page in the catalogue's order. */
export function tasksFor(role: Role): Array<{ group: string; tasks: AdminTask[] }> {
  const groups: Array<{ group: string; tasks: AdminTask[] }> = [];
  for (const t of ADMIN_TASKS.filter((t) => t.roles.includes(role))) {
    const group = groups.find((g) => g.group === t.group);
    if (group) group.tasks.push(t);
    else groups.push({ group: t.group, tasks: [t] });
  }
  return groups;
}
