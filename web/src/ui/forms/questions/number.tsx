import { Input } from '../../govuk/Input';
import { errorOf, isBlank, labelOf, messageFor, questionHeading } from './shared';
import type { FieldProps, Question, QuestionContext, QuestionType } from './types';

/** The number typed, its unit and thousands separators left out; NaN when it is not one. */
export function parseNumber(text: string, unit?: string | null): number {
  let cleaned = text.trim().replace(/,/g, '');
  if (unit) cleaned = cleaned.split(unit).join('').trim();
  return cleaned && /^-?\d*\.?\d+$/.test(cleaned) ? Number(cleaned) : NaN;
}

/** A number with its unit where the content puts it: "25%", "£5". */
export const withUnit = (value: unknown, q: Pick<Question, 'unit' | 'unitPosition'>) =>
  q.unit ? (q.unitPosition === 'before' ? `${q.unit}${String(value)}` : `${String(value)}${q.unit}`) : String(value);

function NumberField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<string>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const { unit, unitPosition } = question;
  return (
    <>
      <Input
        id={id}
        name={id}
        label={labelOf(title, heading)}
        hint={hint}
        width={question.limits.maxValue !== null && question.limits.maxValue < 10000 ? 3 : 10}
        inputmode={question.limits.integerOnly ? 'numeric' : 'decimal'}
        spellcheck={false}
        prefix={unit && unitPosition === 'before' ? { text: unit } : undefined}
        suffix={unit && unitPosition !== 'before' ? { text: unit } : undefined}
        value={state}
        onChange={(event) => onChange(() => event.target.value)}
        errorMessage={errorOf(errors, id)}
      />
      {advice}
    </>
  );
}

/** The message for a number out of bounds or not a number, from the content or said from its limits. */
function notANumber(q: Question, ctx: QuestionContext): string {
  const { minValue, maxValue, integerOnly } = q.limits;
  const kind = integerOnly ? 'a whole number' : 'a number';
  const fallback =
    minValue !== null && maxValue !== null ? `Enter ${kind} between ${minValue} and ${maxValue}.` : minValue !== null ? `Enter ${kind} of ${minValue} or more.` : `Enter ${kind}.`;
  return messageFor(q, 'not_a_number', ctx, undefined, fallback);
}

/** `number` (percentages too, with `unit`): a number within the content's bounds, whole when it says so. */
export const number: QuestionType<string> = {
  keys: (q) => [q.id],
  toState: (q, answers) => (isBlank(answers[q.id]) ? '' : String(answers[q.id])),
  toAnswers: (q, state) => {
    const value = parseNumber(state, q.unit);
    return { [q.id]: state.trim() && !Number.isNaN(value) ? value : null };
  },
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    if (!state.trim()) return required ? { [id]: messageFor(q, 'answer_required', ctx) } : {};
    const value = parseNumber(state, q.unit);
    const { minValue, maxValue, integerOnly } = q.limits;
    const bad = Number.isNaN(value) || (integerOnly && !Number.isInteger(value)) || value < (minValue ?? 0) || (maxValue !== null && value > maxValue);
    return bad ? { [id]: notANumber(q, ctx) } : {};
  },
  anchor: (q, _key, path) => path + q.id,
  Field: NumberField,
  summary: (q, answers) => (isBlank(answers[q.id]) ? null : withUnit(answers[q.id], q)),
};
