import { describe, expect, it } from 'vitest';
import { byFramework, canChangeService, reasonError, removedBy, serviceIdError, statusActionOf, statusTag } from './serviceAdmin';
import { transferSearch } from './TransferServicePage';

const fw = (slug: string, status: string) => ({ slug, name: slug.toUpperCase(), status });
const svc = (id: string, status: string, framework: ReturnType<typeof fw>) => ({ id, status, framework });

describe('a supplier’s services by framework (AD5)', () => {
  it('groups live and expired frameworks in order, and offers suspend or unsuspend only on a live one with services to change', () => {
    const g13 = fw('g-cloud-13', 'LIVE');
    const g12 = fw('g-cloud-12', 'EXPIRED');
    const g14 = fw('g-cloud-14', 'OPEN');
    const groups = byFramework([svc('1', 'PUBLISHED', g13), svc('2', 'ENABLED', g13), svc('3', 'PUBLISHED', g12), svc('4', 'PUBLISHED', g14), svc('5', 'DISABLED', g13)]);
    expect(groups.map((g) => [g.slug, g.services.map((s) => s.id), g.canSuspend, g.canUnsuspend])).toEqual([
      ['g-cloud-13', ['1', '2', '5'], true, true],
      ['g-cloud-12', ['3'], false, false],
    ]);
    // Removed by the supplier only: nothing to suspend or unsuspend.
    expect(byFramework([svc('6', 'ENABLED', g13)])[0]).toMatchObject({ canSuspend: false, canUnsuspend: false });
  });
});

describe('the service page’s actions (AD6)', () => {
  it('removes a live service, publishes a removed one, and offers neither once the framework is not live', () => {
    const live = fw('g', 'LIVE');
    expect(statusActionOf(svc('1', 'PUBLISHED', live))).toBe('remove');
    expect(statusActionOf(svc('1', 'DISABLED', live))).toBe('publish');
    expect(statusActionOf(svc('1', 'ENABLED', live))).toBe('publish');
    expect(statusActionOf(svc('1', 'DELETED', live))).toBeNull();
    expect(statusActionOf(svc('1', 'DISABLED', fw('g', 'EXPIRED')))).toBeNull();
    expect(canChangeService(svc('1', 'PUBLISHED', fw('g', 'EXPIRED')))).toBe(false);
  });

  it('says who removed a service and when, from its last status change, only when that change removed it', () => {
    const change = { actorEmail: 'cat@example.gov.uk', createdAt: '2026-12-03T10:00:00Z', data: { oldStatus: 'published', newStatus: 'disabled', reason: 'Checks' } };
    const day = (iso: string) => iso.slice(0, 10);
    expect(removedBy({ status: 'DISABLED' }, change, day)).toEqual({ by: 'cat@example.gov.uk', on: '2026-12-03', reason: 'Checks' });
    expect(removedBy({ status: 'PUBLISHED' }, change, day)).toBeNull();
    expect(removedBy({ status: 'ENABLED' }, change, day)).toBeNull();
    expect(removedBy({ status: 'DISABLED' }, null, day)).toBeNull();
  });

  it('labels statuses without colour alone and checks reasons and service ids as the API does', () => {
    expect(statusTag('DISABLED').text).toBe('Removed by CCS');
    expect(statusTag('ENABLED').text).toBe('Removed by supplier');
    expect(reasonError('  ', 'removing the service')).toBe('Enter why you are removing the service');
    expect(reasonError('x'.repeat(501), 'removing')).toBe('The reason must be 500 characters or fewer');
    expect(reasonError('Misleading claims', 'removing')).toBeUndefined();
    expect(serviceIdError(' ')).toBe('Enter a service ID');
    expect(serviceIdError('12 345')).toMatch(/10 to 20/);
    expect(serviceIdError('123456789012345')).toBeUndefined();
  });
});

describe('choosing the new supplier of a transfer', () => {
  it('takes a whole ID or part of a name, and refuses the supplier the service already has', () => {
    expect(transferSearch('  ', '7')).toEqual({ error: 'Enter the new supplier’s name or ID' });
    expect(transferSearch('007', '7')).toEqual({ error: 'The service already belongs to this supplier: choose another one' });
    expect(transferSearch('0012', '7')).toEqual({ by: 'id', query: '12' });
    expect(transferSearch('1234567890', '7')).toEqual({ error: 'A supplier ID is up to 9 digits' });
    expect(transferSearch(' Ashgrove ', '7')).toEqual({ by: 'name', query: 'Ashgrove' });
  });
});
