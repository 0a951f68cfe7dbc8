import { DateInput } from '../../govuk/DateInput';
import { formatDate } from '../../format';
import { errorOf, legendOf, messageFor, questionHeading } from './shared';
import type { FieldProps, QuestionType } from './types';

interface DateState {
  day: string;
  month: string;
  year: string;
}

const EMPTY: DateState = { day: '', month: '', year: '' };

/** "YYYY-MM-DD" from the three boxes, or null when they do not make a real date. */
export function isoDate({ day, month, year }: DateState): string | null {
  const [d, m, y] = [day, month, year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

const isEmpty = (state: DateState) => !state.day.trim() && !state.month.trim() && !state.year.trim();

function DateField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<DateState>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  return (
    <DateInput
      id={id}
      namePrefix={id}
      fieldset={{ legend: legendOf(title, heading) }}
      hint={hint}
      formGroup={{ beforeInputs: advice ? { children: advice } : undefined }}
      values={{ ...state }}
      onChange={(values) => onChange(() => ({ day: values[`${id}-day`] ?? '', month: values[`${id}-month`] ?? '', year: values[`${id}-year`] ?? '' }))}
      errorMessage={errorOf(errors, id)}
    />
  );
}

/** `date`: day, month and year boxes; the answer is "YYYY-MM-DD". */
export const date: QuestionType<DateState> = {
  keys: (q) => [q.id],
  toState: (q, answers) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(answers[q.id] ?? ''));
    return match ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) } : EMPTY;
  },
  toAnswers: (q, state) => ({ [q.id]: isEmpty(state) ? null : isoDate(state) }),
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    if (isEmpty(state)) return required ? { [id]: messageFor(q, 'answer_required', ctx) } : {};
    return isoDate(state) ? {} : { [id]: messageFor(q, 'invalid_format', ctx) };
  },
  anchor: (q, _key, path) => `${path}${q.id}-day`,
  Field: DateField,
  summary: (q, answers) => (typeof answers[q.id] === 'string' && answers[q.id] ? formatDate(answers[q.id] as string) : null),
};
