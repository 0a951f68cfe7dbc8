import { Radios } from '../../govuk/Radios';
import { errorOf, legendOf, messageFor, questionHeading } from './shared';
import type { FieldProps, QuestionType } from './types';

function BooleanField({ question, state, onChange, errors, ctx, heading, path, reveal }: FieldProps<boolean | null>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const items = [
    { value: 'true', text: 'Yes', conditional: reveal.true ? { children: reveal.true } : undefined },
    { value: 'false', text: 'No', conditional: reveal.false ? { children: reveal.false } : undefined },
  ];
  return (
    <Radios
      name={id}
      idPrefix={id}
      fieldset={{ legend: legendOf(title, heading) }}
      hint={hint}
      formGroup={{ beforeInputs: advice ? { children: advice } : undefined }}
      // Side by side unless a follow-up opens under one of them (GOV.UK reveals only under stacked radios),
      // or advice comes before them (inside the radios' container, it would sit in their row).
      inline={!question.followup && !advice}
      items={items}
      value={state === null ? null : String(state)}
      onChange={(value) => onChange(() => value === 'true')}
      errorMessage={errorOf(errors, id)}
    />
  );
}

/** `boolean`: Yes or No radios; the answer is true or false. */
export const boolean: QuestionType<boolean | null> = {
  keys: (q) => [q.id],
  toState: (q, answers) => (typeof answers[q.id] === 'boolean' ? (answers[q.id] as boolean) : null),
  toAnswers: (q, state) => ({ [q.id]: state }),
  chosen: (_q, state) => (state === null || state === undefined ? [] : [String(state)]),
  check: (q, state, ctx, { required, path }) => (required && state === null ? { [path + q.id]: messageFor(q, 'answer_required', ctx) } : {}),
  anchor: (q, _key, path) => path + q.id,
  Field: BooleanField,
  summary: (q, answers) => (typeof answers[q.id] === 'boolean' ? (answers[q.id] ? 'Yes' : 'No') : null),
};
