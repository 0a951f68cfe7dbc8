import { describe, expect, it } from 'vitest';
import { draftFrameworkStatuses, draftName, unansweredCount } from './drafts';

describe('draft services (AD8)', () => {
  it('counts the required questions with no answer, not the ones answered wrongly', () => {
    const data = { serviceName: 'Lantern', price: 'abc', tags: [], summary: '' };
    const missing = { price: 'Enter a price', tags: 'Answer required', summary: 'Answer required', description: 'Answer required' };
    expect(unansweredCount(data, missing)).toBe(3);
    expect(unansweredCount(data, {})).toBe(0);
  });

  it('shows framework managers drafts from open frameworks on, sourcing from pending on, and no one else any', () => {
    expect(draftFrameworkStatuses('ADMIN_FRAMEWORK_MANAGER')).toEqual(['OPEN', 'PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED']);
    expect(draftFrameworkStatuses('ADMIN_CCS_SOURCING')).toEqual(['PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED']);
    expect(draftFrameworkStatuses('ADMIN')).toEqual([]);
  });

  it('names a draft by its service name, or not at all', () => {
    expect(draftName({ serviceName: 'Lantern dashboards' })).toBe('Lantern dashboards');
    expect(draftName({ serviceName: '  ' })).toBeNull();
    expect(draftName({})).toBeNull();
  });
});
