import { describe, expect, it } from 'vitest';
import { STATUSES, checkStatus, statusLabel } from './frameworkStatus';

describe('changing a framework’s status (AD17)', () => {
  it('offers the lifecycle in order', () => {
    expect(STATUSES.map((s) => s.value)).toEqual(['COMING', 'OPEN', 'PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED']);
    expect(statusLabel('STANDSTILL')).toBe('Standstill');
  });

  it('needs a status, and a different one', () => {
    expect(checkStatus('', 'LIVE', 'G-Cloud 13')).toEqual({ status: 'Select a status' });
    expect(checkStatus('LIVE', 'LIVE', 'G-Cloud 13')).toEqual({ status: 'G-Cloud 13 is already live: select a different status' });
    expect(checkStatus('EXPIRED', 'LIVE', 'G-Cloud 13')).toEqual({});
  });
});
