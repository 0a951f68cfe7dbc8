/**
 * The dates of a published brief (dm-api §3.1), all in UTC: applications close at 23:59:59 on the
 * closing day; clarification questions close and answers are due counted in working days
 * (Monday to Friday; the original had no bank-holiday list, and neither do we).
 */
export type RequirementsLength = '1 week' | '2 weeks';

const DAY = 86_400_000;

/** 23:59:59.000 UTC on the day of `at`. */
function endOfDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), 23, 59, 59, 0));
}

const isWorkingDay = (d: Date) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;

/** `n` working days after (n > 0) or before (n < 0) `from`; a weekend start counts the next weekdays. */
export function addWorkingDays(from: Date, n: number): Date {
  let d = from;
  let left = Math.abs(n);
  const step = n < 0 ? -DAY : DAY;
  while (left > 0) {
    d = new Date(d.getTime() + step);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

export interface BriefDates {
  applicationsClosedAt: Date;
  clarificationQuestionsClosedAt: Date;
  clarificationQuestionsPublishedBy: Date;
}

/** Only a value of exactly "1 week" shortens a brief; anything else (or nothing) is two weeks. */
export const requirementsLength = (data: Record<string, unknown>): RequirementsLength => (data.requirementsLength === '1 week' ? '1 week' : '2 weeks');

export function briefDates(publishedAt: Date, length: RequirementsLength): BriefDates {
  const day = endOfDay(publishedAt);
  const oneWeek = length === '1 week';
  const applicationsClosedAt = new Date(day.getTime() + (oneWeek ? 7 : 14) * DAY);
  return {
    applicationsClosedAt,
    clarificationQuestionsClosedAt: addWorkingDays(day, oneWeek ? 2 : 5),
    clarificationQuestionsPublishedBy: addWorkingDays(applicationsClosedAt, -1),
  };
}
