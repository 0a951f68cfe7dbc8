import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, statisticsFrameworks } from './statistics';

describe('application statistics', () => {
  it('list open and pending frameworks first, then standstill and live, newest first, and no others', () => {
    const frameworks = [
      { slug: 'g-cloud-12', status: 'EXPIRED' },
      { slug: 'g-cloud-13', status: 'LIVE' },
      { slug: 'dos-5', status: 'LIVE' },
      { slug: 'g-cloud-14', status: 'OPEN' },
      { slug: 'dos-6', status: 'PENDING' },
      { slug: 'g-cloud-15', status: 'COMING' },
    ] as const;
    expect(statisticsFrameworks(frameworks).map((f) => f.slug)).toEqual(['g-cloud-14', 'dos-6', 'dos-5', 'g-cloud-13']);
  });

  it('show series days as calendar days, whatever the time zone, and counts with separators', () => {
    expect(formatDay('2024-03-31')).toBe('31 March 2024');
    expect(formatDay('2024-10-27')).toBe('27 October 2024');
    expect(formatCount(12045)).toBe('12,045');
  });
});
