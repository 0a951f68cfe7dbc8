import { Checkboxes } from '../../govuk/Checkboxes';
import { choiceItem, optionLabel } from './options';
import { AnswerList, errorOf, legendOf, messageFor, questionHeading } from './shared';
import type { FieldProps, QuestionType } from './types';

function CheckboxesField({ question, state, onChange, errors, ctx, heading, path, reveal }: FieldProps<string[]>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const max = question.limits.maxItems;
  const hintHtml = [hint?.html, max && max < question.options.length ? `<p class="govuk-hint govuk-!-margin-bottom-0">Select up to ${max}.</p>` : ''].filter(Boolean).join('\n');
  return (
    <Checkboxes
      name={id}
      idPrefix={id}
      fieldset={{ legend: legendOf(title, heading) }}
      hint={hintHtml ? { html: hintHtml } : undefined}
      formGroup={{ beforeInputs: advice ? { children: advice } : undefined }}
      items={question.options.map((option) => choiceItem(option, ctx, reveal))}
      values={state}
      onChange={(values) => onChange(() => values)}
      errorMessage={errorOf(errors, id)}
    />
  );
}

const answered = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** `checkboxes`: any of the content's choices (up to a limit); the answer is the list of values, in the content's order. */
export const checkboxes: QuestionType<string[]> = {
  keys: (q) => [q.id],
  toState: (q, answers) => answered(answers[q.id]),
  toAnswers: (q, state) => ({ [q.id]: state.length ? q.options.map((o) => o.value).filter((v) => state.includes(v)) : null }),
  chosen: (q, state) => q.options.map((o) => o.value).filter((v) => state.includes(v)),
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    if (!state.length) return required ? { [id]: messageFor(q, 'answer_required', ctx) } : {};
    const max = q.limits.maxItems;
    return max && state.length > max ? { [id]: messageFor(q, 'max_items_limit', ctx, undefined, `Select no more than ${max}.`) } : {};
  },
  anchor: (q, _key, path) => path + q.id,
  Field: CheckboxesField,
  summary: (q, answers) => {
    const values = answered(answers[q.id]);
    return values.length ? <AnswerList items={values.map((v) => optionLabel(q, v))} /> : null;
  },
};
