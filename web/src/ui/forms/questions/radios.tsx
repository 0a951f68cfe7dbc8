import { Radios } from '../../govuk/Radios';
import { choiceItem, optionLabel } from './options';
import { errorOf, isBlank, legendOf, messageFor, questionHeading } from './shared';
import type { FieldProps, QuestionType } from './types';

function RadiosField({ question, state, onChange, errors, ctx, heading, path, reveal }: FieldProps<string>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  return (
    <Radios
      name={id}
      idPrefix={id}
      fieldset={{ legend: legendOf(title, heading) }}
      hint={hint}
      formGroup={{ beforeInputs: advice ? { children: advice } : undefined }}
      items={question.options.map((option) => choiceItem(option, ctx, reveal))}
      value={state || null}
      onChange={(value) => onChange(() => value)}
      errorMessage={errorOf(errors, id)}
    />
  );
}

/** `radios`: one of the content's choices; the answer is the choice's value. */
export const radios: QuestionType<string> = {
  keys: (q) => [q.id],
  toState: (q, answers) => (isBlank(answers[q.id]) ? '' : String(answers[q.id])),
  toAnswers: (q, state) => ({ [q.id]: state || null }),
  chosen: (_q, state) => (state ? [state] : []),
  check: (q, state, ctx, { required, path }) => (required && !state ? { [path + q.id]: messageFor(q, 'answer_required', ctx) } : {}),
  anchor: (q, _key, path) => path + q.id,
  Field: RadiosField,
  summary: (q, answers) => (isBlank(answers[q.id]) ? null : optionLabel(q, answers[q.id])),
};
