import { useEffect, useRef } from 'react';
import { Button } from '../../govuk/Button';
import { ErrorMessage } from '../../govuk/ErrorMessage';
import { Fieldset } from '../../govuk/Fieldset';
import { Hint } from '../../govuk/Hint';
import { Input } from '../../govuk/Input';
import { cx } from '../../govuk/common';
import { AnswerList, errorOf, isBlank, legendOf, messageFor, questionHeading, questionName, textAnswer, textLimitErrors } from './shared';
import type { FieldProps, QuestionType } from './types';

/** How many items a list takes when the content does not say (dm-frameworks §2.6). */
export const DEFAULT_MAX_ITEMS = 10;

const maxItems = (limit: number | null | undefined) => limit ?? DEFAULT_MAX_ITEMS;

function ListField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<string[]>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const max = maxItems(question.limits.maxItems);
  const name = questionName(question, ctx);
  const error = errorOf(errors, id);
  // After "Add another" or "Remove", focus goes to the item the user is now at.
  const focusItem = useRef<number | null>(null);
  useEffect(() => {
    if (focusItem.current === null) return;
    document.getElementById(`${id}-${focusItem.current}`)?.focus();
    focusItem.current = null;
  });
  const describedBy = cx(hint && `${id}-hint`, error && `${id}-error`) || undefined;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset legend={legendOf(title, heading)} describedBy={describedBy}>
        {hint ? <Hint {...hint} id={`${id}-hint`} /> : null}
        {advice}
        {error ? <ErrorMessage {...error} id={`${id}-error`} /> : null}
        {state.map((item, i) => (
          <div key={i} className="govuk-!-margin-bottom-4">
            <Input
              id={`${id}-${i}`}
              name={`${id}-${i}`}
              label={{
                children: (
                  <>
                    <span className="govuk-visually-hidden">{name}, item</span> {i + 1}
                  </>
                ),
              }}
              value={item}
              onChange={(event) => {
                const value = event.target.value;
                onChange((previous) => previous.map((v, j) => (j === i ? value : v)));
              }}
              errorMessage={errorOf(errors, `${id}-${i}`)}
              formGroup={{ classes: 'govuk-!-margin-bottom-2' }}
            />
            {state.length > 1 ? (
              <Button
                type="button"
                classes="govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => {
                  focusItem.current = Math.max(0, i - 1);
                  onChange((previous) => previous.filter((_, j) => j !== i));
                }}
              >
                Remove <span className="govuk-visually-hidden">item {i + 1}</span>
              </Button>
            ) : null}
          </div>
        ))}
        {state.length < max ? (
          <Button
            type="button"
            classes="govuk-button--secondary"
            onClick={() => {
              focusItem.current = state.length;
              onChange((previous) => [...previous, '']);
            }}
          >
            Add another <span className="govuk-visually-hidden">item</span>
          </Button>
        ) : (
          <p className="govuk-body">You can add up to {max} items.</p>
        )}
      </Fieldset>
    </div>
  );
}

const items = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** `list`: short answers one per line, added and removed (up to the content's number); the answer is the list. */
export const list: QuestionType<string[]> = {
  keys: (q) => [q.id],
  toState: (q, answers) => {
    const stored = items(answers[q.id]);
    return stored.length ? stored : [''];
  },
  toAnswers: (q, state) => {
    const kept = state.map(textAnswer).filter((v): v is string => v !== null);
    return { [q.id]: kept.length ? kept : null };
  },
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    const kept = state.map((v) => v.trim());
    if (!kept.some(Boolean)) return required ? { [id]: messageFor(q, 'answer_required', ctx) } : {};
    const max = maxItems(q.limits.maxItems);
    if (kept.filter(Boolean).length > max) return { [id]: messageFor(q, 'max_items_limit', ctx, undefined, `You can add up to ${max} items.`) };
    return Object.assign({}, ...kept.map((v, i) => (v ? textLimitErrors(q, v, `${id}-${i}`, ctx) : {})));
  },
  anchor: (q, _key, path) => `${path}${q.id}-0`,
  Field: ListField,
  summary: (q, answers) => (isBlank(answers[q.id]) ? null : <AnswerList items={items(answers[q.id])} />),
};
