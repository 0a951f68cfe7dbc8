import { ErrorMessage } from '../../govuk/ErrorMessage';
import { Fieldset } from '../../govuk/Fieldset';
import { Hint } from '../../govuk/Hint';
import { Radios } from '../../govuk/Radios';
import { cx } from '../../govuk/common';
import { errorOf, legendOf, messageFor, questionHeading } from './shared';
import type { FieldProps, Question, QuestionContext, QuestionType } from './types';

/** The items a boolean list asks about: the page's list its `dynamicField` names, or the brief's list of the question's own name. */
export function itemsOf(question: Question, ctx: QuestionContext): string[] {
  const path = question.dynamicField ?? `brief.${question.id}`;
  const value = path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), ctx.values);
  return Array.isArray(value) ? value.map(String) : [];
}

type State = Array<boolean | null>;

function BooleanListField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<State>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const error = errorOf(errors, id);
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset legend={legendOf(title, heading)} describedBy={cx(hint && `${id}-hint`, error && `${id}-error`) || undefined}>
        {hint ? <Hint {...hint} id={`${id}-hint`} /> : null}
        {advice}
        {error ? <ErrorMessage {...error} id={`${id}-error`} /> : null}
        {itemsOf(question, ctx).map((item, i) => (
          <Radios
            key={i}
            name={`${id}-${i}`}
            idPrefix={`${id}-${i}`}
            inline
            small
            fieldset={{ legend: { text: item, classes: 'govuk-fieldset__legend--s' } }}
            items={[
              { value: 'true', text: 'Yes' },
              { value: 'false', text: 'No' },
            ]}
            value={state[i] === null || state[i] === undefined ? null : String(state[i])}
            onChange={(value) => onChange((previous) => itemsOf(question, ctx).map((_, j) => (j === i ? value === 'true' : (previous[j] ?? null))))}
            errorMessage={errorOf(errors, `${id}-${i}`)}
          />
        ))}
      </Fieldset>
    </div>
  );
}

/** `boolean_list` (legacy DOS 1 responses): Yes or No for each item of a list the page supplies; the answer is the list of booleans. */
export const booleanList: QuestionType<State> = {
  keys: (q) => [q.id],
  toState: (q, answers, ctx) => {
    const stored = Array.isArray(answers[q.id]) ? (answers[q.id] as unknown[]) : [];
    return itemsOf(q, ctx).map((_, i) => (typeof stored[i] === 'boolean' ? (stored[i] as boolean) : null));
  },
  toAnswers: (q, state) => ({ [q.id]: state.some((v) => v !== null) ? state.map((v) => v === true) : null }),
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    if (!state.some((v) => v !== null) && !required) return {};
    const missing = state.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0);
    return Object.fromEntries(missing.map((i) => [`${id}-${i}`, messageFor(q, 'answer_required', ctx)]));
  },
  anchor: (q, _key, path) => `${path}${q.id}-0`,
  Field: BooleanListField,
  summary: (q, answers, ctx) => {
    const stored = answers[q.id];
    if (!Array.isArray(stored) || !stored.length) return null;
    const items = itemsOf(q, ctx);
    return (
      <ul className="govuk-list">
        {stored.map((v, i) => (
          <li key={i}>
            {items[i] ?? `Item ${i + 1}`}: {v ? 'Yes' : 'No'}
          </li>
        ))}
      </ul>
    );
  },
};
