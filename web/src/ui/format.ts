// Dates and times as GOV.UK writes them, in UK time whatever the browser's zone.

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** "1 May 2024". */
export const formatDate = (iso: string | Date) => DATE.format(new Date(iso));

/** "5pm", "9:30am", "midday", "midnight". */
export function formatTime(iso: string | Date): string {
  const parts = TIME.formatToParts(new Date(iso));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  const period = (parts.find((p) => p.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\./g, '');
  if (minute === '00' && hour === 12) return period === 'am' ? 'midnight' : 'midday';
  return `${hour}${minute === '00' ? '' : `:${minute}`}${period}`;
}

/** "5pm on 1 May 2024": a deadline. */
export const formatDateTime = (iso: string | Date) => `${formatTime(iso)} on ${formatDate(iso)}`;
