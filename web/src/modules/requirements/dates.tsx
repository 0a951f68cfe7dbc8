import { SummaryList, type SummaryListRow } from '../../ui/govuk/SummaryList';

// A requirement's dates are whole days (dm-api §3.1): each deadline is 23:59:59 UTC on its day.
// They are shown on that day, whatever the season, with the time in GMT, so that a summer deadline
// is not shown as the next day in British Summer Time.

const utcDay = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const parse = (value: string | Date | null | undefined): Date | null => {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "Monday 14 December 2026": the day a deadline falls on. */
export function deadlineDay(value: string | Date | null | undefined): string {
  const date = parse(value);
  return date ? utcDay.format(date).replace(',', '') : '';
}

/** "11:59pm GMT on Monday 14 December 2026": a deadline to the minute. */
export function deadlineTime(value: string | Date | null | undefined): string {
  const date = parse(value);
  if (!date) return '';
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const time = `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
  return `${time} GMT on ${deadlineDay(date)}`;
}

export interface Timetable {
  publishedAt: string;
  clarificationQuestionsClosedAt: string;
  clarificationQuestionsPublishedBy: string;
  applicationsClosedAt: string;
}

/**
 * A requirement's timetable: when suppliers can apply and ask, the question and answer session if
 * there is one, the last days for questions and answers, and the closing date.
 */
export function TimetableList({ timetable, published, session, sessionHref }: { timetable: Timetable; published: boolean; session?: boolean; sessionHref?: string }) {
  const rows: SummaryListRow[] = [
    {
      key: { text: published ? 'Published' : 'Today' },
      value: { text: <>{deadlineDay(timetable.publishedAt)}: suppliers can start to apply and ask questions</> },
    },
    ...(session
      ? [
          {
            key: { text: 'Question and answer session' },
            value: { text: `Before ${deadlineDay(timetable.clarificationQuestionsClosedAt)}` },
            actions: sessionHref ? { items: [{ href: sessionHref, text: 'Change', visuallyHiddenText: 'question and answer session' }] } : undefined,
          },
        ]
      : []),
    { key: { text: 'Last day suppliers can ask questions' }, value: { text: deadlineTime(timetable.clarificationQuestionsClosedAt) } },
    { key: { text: 'Last day to publish answers to their questions' }, value: { text: deadlineTime(timetable.clarificationQuestionsPublishedBy) } },
    { key: { text: 'Closing date for applications' }, value: { text: deadlineTime(timetable.applicationsClosedAt) } },
  ];
  return <SummaryList rows={rows} attributes={{ 'data-testid': 'timetable' }} />;
}
