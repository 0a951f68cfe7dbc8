import { Fieldset } from '../../govuk/Fieldset';
import { Hint } from '../../govuk/Hint';
import { Input } from '../../govuk/Input';
import { Select } from '../../govuk/Select';
import { errorOf, isBlank, labelOf, legendOf, messageFor, questionHeading, textAnswer } from './shared';
import type { FieldProps, Question, QuestionContext, QuestionType } from './types';

/** The parts of a price the content may ask for, in the order they are shown, with their labels. */
const PARTS: Record<string, { label: string; kind: 'money' | 'choice' }> = {
  price: { label: 'Price', kind: 'money' },
  minimum_price: { label: 'Minimum price', kind: 'money' },
  maximum_price: { label: 'Maximum price', kind: 'money' },
  price_unit: { label: 'Unit', kind: 'choice' },
  price_interval: { label: 'Time', kind: 'choice' },
  hours_for_price: { label: 'Hours for price', kind: 'choice' },
};

/** The choices of the parts that are lists (dm-frameworks §2.6). */
export const PRICE_CHOICES: Record<string, string[]> = {
  price_unit: ['Unit', 'Person', 'Licence', 'User', 'Device', 'Instance', 'Server', 'Virtual machine', 'Transaction', 'Megabyte', 'Gigabyte', 'Terabyte'],
  price_interval: ['Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Quarter', '6 months', 'Year'],
  hours_for_price: ['1 hour', '2 hours', '3 hours', '4 hours', '5 hours', '6 hours', '7 hours', '8 hours'],
};

const MONEY = /^\d{1,15}(?:\.\d{1,5})?$/;
const POUNDS_AND_PENCE = /^\d{1,15}(?:\.\d{2})?$/;

type State = Record<string, string>;

/** Price part → the answer key it is stored under, in the order shown. */
function partsOf(q: Question): Array<[string, string]> {
  const fields = (q.fields ?? {}) as Record<string, string>;
  return Object.entries(fields).sort(([a], [b]) => Object.keys(PARTS).indexOf(a) - Object.keys(PARTS).indexOf(b));
}

const isOptionalPart = (q: Question, part: string) => q.optional || q.optionalFields.includes(part);

/** Pounds and pence as the API keeps them when the content asks for both: "12." → "12.00", "12.5" → "12.50". */
function money(q: Question, text: string): string | null {
  const value = textAnswer(text.replace(/^£/, '').replace(/,/g, ''));
  if (value === null || !q.decimalPlaceRestriction) return value;
  return /^\d+\.$/.test(value) ? `${value}00` : /^\d+\.\d$/.test(value) ? `${value}0` : value;
}

function PartField({ q, part, answerKey, state, onChange, errors, id, single, title, heading, hint }: PartProps) {
  const spec = PARTS[part] ?? { label: part, kind: 'money' as const };
  const optional = isOptionalPart(q, part) && !q.optional ? ' (optional)' : '';
  const label = single ? labelOf(title, heading) : { text: `${spec.label}${optional}` };
  const change = (value: string) => onChange((previous) => ({ ...previous, [answerKey]: value }));
  if (spec.kind === 'choice') {
    const choices = PRICE_CHOICES[part] ?? [];
    return (
      <Select
        id={id}
        name={id}
        label={label}
        hint={hint}
        items={[{ value: '', text: 'Select' }, ...choices.map((c) => ({ value: c, text: c }))]}
        value={state[answerKey] ?? ''}
        onChange={(event) => change(event.target.value)}
        errorMessage={errorOf(errors, id)}
      />
    );
  }
  return (
    <Input
      id={id}
      name={id}
      label={label}
      hint={hint}
      prefix={{ text: '£' }}
      width={10}
      inputmode="decimal"
      spellcheck={false}
      value={state[answerKey] ?? ''}
      onChange={(event) => change(event.target.value)}
      errorMessage={errorOf(errors, id)}
    />
  );
}

interface PartProps {
  q: Question;
  part: string;
  answerKey: string;
  state: State;
  onChange: FieldProps<State>['onChange'];
  errors: FieldProps<State>['errors'];
  id: string;
  single: boolean;
  title: string;
  heading: FieldProps<State>['heading'];
  hint?: { html?: string };
}

function PricingField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<State>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const parts = partsOf(question);
  if (parts.length === 1) {
    const [part, key] = parts[0]!;
    return (
      <>
        <PartField q={question} part={part} answerKey={key} state={state} onChange={onChange} errors={errors} id={path + key} single title={title} heading={heading} hint={hint} />
        {advice}
      </>
    );
  }
  const id = path + question.id;
  return (
    <div className="govuk-form-group">
      <Fieldset legend={legendOf(title, heading)} describedBy={hint ? `${id}-hint` : undefined}>
        {hint ? <Hint {...hint} id={`${id}-hint`} /> : null}
        {advice}
        {parts.map(([part, key]) => (
          <PartField
            key={key}
            q={question}
            part={part}
            answerKey={key}
            state={state}
            onChange={onChange}
            errors={errors}
            id={path + key}
            single={false}
            title={title}
            heading={heading}
          />
        ))}
      </Fieldset>
    </div>
  );
}

function checkPrice(q: Question, state: State, ctx: QuestionContext, required: boolean, path: string) {
  const errors: Record<string, string> = {};
  for (const [part, key] of partsOf(q)) {
    const id = path + key;
    const value = (state[key] ?? '').trim();
    if (!value) {
      if (required && !isOptionalPart(q, part)) errors[id] = messageFor(q, 'answer_required', ctx, key);
      continue;
    }
    if (PARTS[part]?.kind !== 'money') continue;
    const amount = money(q, value);
    if (amount === null || !MONEY.test(amount) || (q.decimalPlaceRestriction && (!POUNDS_AND_PENCE.test(amount) || Number(amount) === 0)))
      errors[id] = messageFor(q, 'not_money_format', ctx, key);
  }
  const fields = (q.fields ?? {}) as Record<string, string>;
  const [min, max] = [fields.minimum_price, fields.maximum_price];
  if (min && max && !errors[path + min] && !errors[path + max] && state[min]?.trim() && state[max]?.trim()) {
    if (Number(money(q, state[min])) > Number(money(q, state[max])))
      errors[path + max] = messageFor(q, 'max_less_than_min', ctx, max, 'The minimum price must be less than the maximum price.');
  }
  return errors;
}

/** "£100 to £200 per unit per hour", as buyers read a price. */
export function priceText(q: Question, answers: Record<string, unknown>): string | null {
  const fields = (q.fields ?? {}) as Record<string, string>;
  const get = (part: string) => (fields[part] && !isBlank(answers[fields[part]]) ? String(answers[fields[part]]) : null);
  const [price, min, max, unit, interval, hours] = ['price', 'minimum_price', 'maximum_price', 'price_unit', 'price_interval', 'hours_for_price'].map(get);
  const amount = price ? `£${price}` : min && max ? `£${min} to £${max}` : min ? `£${min}` : max ? `£${max}` : null;
  if (!amount) return null;
  return [amount, unit && `per ${unit.toLowerCase()}`, interval && `per ${interval.toLowerCase()}`, hours && `(${hours})`].filter(Boolean).join(' ');
}

/** `pricing`: the parts of a price the content names (minimum, maximum, unit, interval…); each is stored under its own key. */
export const pricing: QuestionType<State> = {
  keys: (q) => partsOf(q).map(([, key]) => key),
  toState: (q, answers) => Object.fromEntries(partsOf(q).map(([, key]) => [key, isBlank(answers[key]) ? '' : String(answers[key])])),
  toAnswers: (q, state) => Object.fromEntries(partsOf(q).map(([part, key]) => [key, PARTS[part]?.kind === 'choice' ? textAnswer(state[key]) : money(q, state[key] ?? '')])),
  check: (q, state, ctx, { required, path }) => checkPrice(q, state, ctx, required, path),
  anchor: (_q, key, path) => path + key,
  Field: PricingField,
  summary: (q, answers) => priceText(q, answers),
};
