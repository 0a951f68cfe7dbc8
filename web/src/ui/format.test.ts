import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './format';

describe('GOV.UK dates and times', () => {
  it('writes dates as "1 May 2024" in UK time', () => {
    expect(formatDate('2024-05-01T10:00:00Z')).toBe('1 May 2024');
    // 11:30pm UTC on 31 May is already 1 June in British Summer Time.
    expect(formatDate('2024-05-31T23:30:00Z')).toBe('1 June 2024');
  });

  it('writes times as "5pm", "9:30am", "midday" and "midnight"', () => {
    expect(formatTime('2022-07-13T16:00:00Z')).toBe('5pm');
    expect(formatTime('2024-01-10T09:30:00Z')).toBe('9:30am');
    expect(formatTime('2024-01-10T12:00:00Z')).toBe('midday');
    expect(formatTime('2024-01-10T00:00:00Z')).toBe('midnight');
    expect(formatDateTime('2022-07-13T16:00:00Z')).toBe('5pm on 13 July 2022');
  });
});
