import { describe, expect, it } from 'vitest';
import { accountActions, actionDone } from './userActions';

const admin = { id: '1', role: 'ADMIN' as const };
const buyer = { id: '9', role: 'BUYER' as const, active: true, locked: false };

describe('what an admin may do to an account (AD3, AD4)', () => {
  it('support and category admins unlock locked accounts, deactivate active ones and reactivate deactivated ones', () => {
    expect(accountActions(admin, buyer)).toEqual(['deactivate']);
    expect(accountActions(admin, { ...buyer, locked: true })).toEqual(['unlock', 'deactivate']);
    expect(accountActions({ id: '2', role: 'ADMIN_CCS_CATEGORY' }, { ...buyer, role: 'SUPPLIER', active: false, locked: true })).toEqual(['unlock', 'activate']);
  });

  it('the other roles see accounts read-only', () => {
    for (const role of ['ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_MANAGER'] as const) {
      expect(accountActions({ id: '3', role }, { ...buyer, locked: true })).toEqual([]);
    }
  });

  it('admin accounts (the admin-managers’ to manage) and your own account get no actions', () => {
    expect(accountActions(admin, { id: '5', role: 'ADMIN_CCS_CATEGORY', active: true, locked: true })).toEqual([]);
    expect(accountActions({ id: '9', role: 'ADMIN' }, buyer)).toEqual([]);
  });

  it('says what was done', () => {
    expect(actionDone('unlock', 'a@example.gov.uk')).toBe('a@example.gov.uk has been unlocked');
    expect(actionDone('activate', 'a@example.gov.uk')).toBe('a@example.gov.uk has been reactivated');
  });
});
