import { describe, expect, it } from 'vitest';
import { describeFile, formatDate, formatDateTime, formatFileSize, formatTime, formatWeekdayDate } from './format';

describe('dates, times and sizes as GOV.UK writes them', () => {
  it('writes dates in UK time', () => {
    expect(formatDate('2024-05-01T09:00:00Z')).toBe('1 May 2024');
    expect(formatDate('2024-06-30T23:30:00Z')).toBe('1 July 2024');
    expect(formatWeekdayDate('2024-05-01T09:00:00Z')).toBe('Wednesday 1 May 2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('writes times with am or pm, and midday and midnight in words', () => {
    expect(formatTime('2024-01-15T17:30:00Z')).toBe('5:30pm');
    expect(formatTime('2024-01-15T09:00:00Z')).toBe('9am');
    expect(formatTime('2024-01-15T12:00:00Z')).toBe('midday');
    expect(formatTime('2024-01-15T00:00:00Z')).toBe('midnight');
    expect(formatDateTime('2024-12-14T23:59:59Z')).toBe('11:59pm on 14 December 2024');
  });

  it('writes sizes and kinds of files', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(850)).toBe('850 bytes');
    expect(formatFileSize(4096)).toBe('4 KB');
    expect(formatFileSize(2.4 * 1024 * 1024)).toBe('2.4 MB');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3 MB');
    expect(describeFile({ contentType: 'application/pdf', size: 4096 })).toBe('PDF, 4 KB');
    expect(describeFile({ contentType: null, fileName: 'rates.ods', size: null })).toBe('ODS');
  });
});
