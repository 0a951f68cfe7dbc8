// Dates, times and sizes as GOV.UK writes them ("1 May 2024", "5:30pm", "120 KB"), in UK time.

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/London' });
const clock = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

const parse = (value: string | Date | null | undefined): Date | null => {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "1 May 2024" (empty for no date). */
export function formatDate(value: string | Date | null | undefined): string {
  const date = parse(value);
  return date ? day.format(date) : '';
}

/** "Wednesday 1 May 2024". */
export function formatWeekdayDate(value: string | Date | null | undefined): string {
  const date = parse(value);
  return date ? `${weekday.format(date)} ${day.format(date)}` : '';
}

/** "5:30pm", "midday" or "midnight", as GOV.UK writes times. */
export function formatTime(value: string | Date | null | undefined): string {
  const date = parse(value);
  if (!date) return '';
  const text = clock.format(date).replace(/\s/g, '').toLowerCase();
  if (text === '12:00pm') return 'midday';
  if (text === '12:00am') return 'midnight';
  return text.replace(':00', '');
}

/** "5:30pm on 1 May 2024". */
export function formatDateTime(value: string | Date | null | undefined): string {
  const date = parse(value);
  return date ? `${formatTime(date)} on ${formatDate(date)}` : '';
}

/** "850 bytes", "120 KB", "2.4 MB". */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/vnd.oasis.opendocument.graphics': 'ODG',
  'text/csv': 'CSV',
};

/** "PDF, 120 KB": what a download link says about its file (the kind from the content type, else the name). */
export function describeFile(file: { contentType?: string | null; fileName?: string | null; size?: number | null }): string {
  const fromName = file.fileName?.match(/\.([a-z0-9]{2,5})$/i)?.[1]?.toUpperCase();
  const kind = (file.contentType ? KINDS[file.contentType.split(';')[0]!.trim()] : undefined) ?? fromName;
  return [kind, formatFileSize(file.size)].filter(Boolean).join(', ');
}
