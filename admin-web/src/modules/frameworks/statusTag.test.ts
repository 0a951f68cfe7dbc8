import { describe, expect, it } from 'vitest';
import { statusTag } from './FrameworksPage';

describe('framework status tags', () => {
  it('give every status a distinct label and colour', () => {
    const statuses = ['COMING', 'OPEN', 'PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED'] as const;
    expect(statuses.map((s) => statusTag[s].label)).toEqual(['Coming', 'Open', 'Pending', 'Standstill', 'Live', 'Expired']);
    expect(new Set(statuses.map((s) => statusTag[s].className)).size).toBe(statuses.length);
  });
});
