import { describe, expect, it } from 'vitest';
import { ADMIN_TASKS, tasksFor } from './tasks';
import { manageable } from '../modules/adminusers/adminUsers';

describe('admin tasks', () => {
  it('give admin accounts to admin-managers only, and frameworks to every admin role', () => {
    expect(tasksFor('ADMIN_MANAGER').map((g) => g.tasks.map((t) => t.title))).toEqual([['View frameworks and their status'], ['View and edit admin accounts']]);
    const ids = (role: Parameters<typeof tasksFor>[0]) => tasksFor(role).flatMap((g) => g.tasks.map((t) => t.id));
    for (const role of ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'] as const) {
      expect(ids(role), role).toContain('frameworks');
      expect(ids(role), role).not.toContain('admin-users');
    }
    expect(ids('ADMIN_CCS_CATEGORY')).toEqual(expect.arrayContaining(['service-edits', 'buyers', 'buyer-email-domains']));
    expect(ids('ADMIN')).not.toContain('service-edits');
    expect(tasksFor('BUYER')).toEqual([]);
  });

  it('give the buyers tasks (AD14) to support and category admins only', () => {
    for (const id of ['buyers', 'buyer-email-domains']) expect(ADMIN_TASKS.find((t) => t.id === id)?.roles, id).toEqual(['ADMIN', 'ADMIN_CCS_CATEGORY']);
    expect(
      tasksFor('ADMIN_CCS_CATEGORY')
        .find((g) => g.group === 'Buyers')
        ?.tasks.map((t) => t.title),
    ).toEqual(['Find the buyers of an opportunity', 'Manage buyer email domains']);
  });

  it('have distinct ids and paths', () => {
    expect(new Set(ADMIN_TASKS.map((t) => t.id)).size).toBe(ADMIN_TASKS.length);
    expect(new Set(ADMIN_TASKS.map((t) => t.path)).size).toBe(ADMIN_TASKS.length);
  });
});

describe('manageable admin accounts', () => {
  it('are those of the five assignable roles, active first, then by name', () => {
    const u = (id: string, name: string, role: string, active = true) => ({ id, name, email: `${id}@crowncommercial.gov.uk`, role: role as never, active });
    expect(
      manageable([
        u('1', 'Zed', 'ADMIN'),
        u('2', 'Amy', 'ADMIN_CCS_SOURCING', false),
        u('3', 'Bob', 'ADMIN_MANAGER'),
        u('4', 'Abe', 'ADMIN_CCS_CATEGORY'),
        u('5', 'Sue', 'SUPPLIER'),
      ]).map((a) => a.name),
    ).toEqual(['Abe', 'Zed', 'Amy']);
  });
});
