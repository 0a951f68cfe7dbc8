import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deadlineDay, deadlineTime, TimetableList } from './dates';

describe('a requirement’s dates', () => {
  it('shows a deadline on its own day with the time in GMT, winter and summer alike', () => {
    expect(deadlineDay('2026-12-14T23:59:59.000Z')).toBe('Monday 14 December 2026');
    expect(deadlineTime('2026-12-14T23:59:59.000Z')).toBe('11:59pm GMT on Monday 14 December 2026');
    // In British Summer Time 23:59:59 UTC is already the next day in London: the deadline's day is still the 17th.
    expect(deadlineTime('2024-06-17T23:59:59.000Z')).toBe('11:59pm GMT on Monday 17 June 2024');
    expect(deadlineTime('2024-06-03T09:05:00.000Z')).toBe('9:05am GMT on Monday 3 June 2024');
    expect(deadlineTime(null)).toBe('');
  });

  it('lists the timetable in order, with the session row only when there is one', () => {
    const timetable = {
      publishedAt: '2024-06-03T09:00:00.000Z',
      clarificationQuestionsClosedAt: '2024-06-10T23:59:59.000Z',
      clarificationQuestionsPublishedBy: '2024-06-14T23:59:59.000Z',
      applicationsClosedAt: '2024-06-17T23:59:59.000Z',
    };
    const { container, rerender } = render(<TimetableList timetable={timetable} published={false} />);
    const rows = () => [...container.querySelectorAll('.govuk-summary-list__row')].map((r) => r.textContent);
    expect(rows()).toEqual([
      'TodayMonday 3 June 2024: suppliers can start to apply and ask questions',
      'Last day suppliers can ask questions11:59pm GMT on Monday 10 June 2024',
      'Last day to publish answers to their questions11:59pm GMT on Friday 14 June 2024',
      'Closing date for applications11:59pm GMT on Monday 17 June 2024',
    ]);
    rerender(<TimetableList timetable={timetable} published session sessionHref="/edit/session" />);
    expect(rows()[0]).toMatch(/^Published/);
    expect(rows()[1]).toMatch(/^Question and answer sessionBefore Monday 10 June 2024/);
    expect(screen.getByRole('link', { name: /^Change\s*question and answer session$/ }).getAttribute('href')).toBe('/edit/session');
  });
});
