import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';
import { ServiceEditsCount } from '../modules/serviceedits/ServiceEditsCount';

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
 * The admin tasks built so far, each with the roles the permission matrix gives it. The API checks
 * the same matrix on every request; this only decides what a role is shown and which pages say
 * "not allowed" instead of failing on a refused query.
 */
export const ADMIN_TASKS: readonly AdminTask[] = [
  { id: 'admin-users', group: 'Admin accounts', title: 'View and edit admin accounts', path: '/admin-users', roles: ['ADMIN_MANAGER'] },
  { id: 'frameworks', group: 'Frameworks', title: 'View frameworks and their status', path: '/frameworks', roles: EVERY_ADMIN },
  // AD7 review service edits
  { id: 'service-edits', group: 'Services', title: 'Review service changes', path: '/service-edits', roles: ['ADMIN_CCS_CATEGORY'], Count: ServiceEditsCount },
  // AD14 buyers
  { id: 'buyers', group: 'Buyers', title: 'Find the buyers of an opportunity', path: '/buyers', roles: ['ADMIN', 'ADMIN_CCS_CATEGORY'] },
  { id: 'buyer-email-domains', group: 'Buyers', title: 'Manage buyer email domains', path: '/buyer-email-domains', roles: ['ADMIN', 'ADMIN_CCS_CATEGORY'] },
  // AD11: list, view and download for these four; the status filter and the actions are sourcing's alone.
  {
    id: 'agreements',
    group: 'Manage applications',
    title: 'View supplier framework agreements',
    path: '/agreements',
    roles: ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
  },
  // AD1–AD3 suppliers, AD4 users
  {
    id: 'suppliers',
    group: 'Suppliers',
    title: 'Find a supplier',
    path: '/suppliers',
    roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
  },
  { id: 'find-user', group: 'Users', title: 'Find a user by email', path: '/users', roles: ['ADMIN', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'] },
  // AD16 application statistics; the audit event browser (operations)
  {
    id: 'application-statistics',
    // Its own group, after the catalogue's others: the home lists groups in the order they first appear.
    group: 'Application statistics',
    title: 'View application statistics',
    path: '/statistics',
    roles: ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING'],
  },
  {
    id: 'audit-events',
    group: 'Operations',
    title: 'Browse audit events',
    path: '/audit-events',
    roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'],
  },
  // AD12 communications, AD17 framework status (the API's UPDATE_FRAMEWORK: framework managers), AD13 reports
  { id: 'communications', group: 'Run a framework', title: 'Manage framework communications', path: '/communications', roles: ['ADMIN_FRAMEWORK_MANAGER'] },
  { id: 'framework-status', group: 'Run a framework', title: 'Change a framework’s status', path: '/frameworks/status', roles: ['ADMIN_FRAMEWORK_MANAGER'] },
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
  // AD1 service ID search, AD6 services (view: support, framework managers, category; edit, remove, publish, transfer: category).
  // AD5 a supplier's services is a page of the 'suppliers' task (from the supplier page).
  { id: 'find-service', group: 'Service catalogue', title: 'Find a service by its ID', path: '/services', roles: ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_CATEGORY'] },
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
