import { Input } from '../../govuk/Input';
import { errorOf, isBlank, labelOf, messageFor, questionHeading, textAnswer, textLimitErrors } from './shared';
import type { FieldProps, QuestionType } from './types';

function TextField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<string>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const email = question.limits.format === 'email';
  return (
    <>
      <Input
        id={id}
        name={id}
        type={email ? 'email' : 'text'}
        spellcheck={email ? false : undefined}
        autocomplete={email ? 'email' : undefined}
        label={labelOf(title, heading)}
        hint={hint}
        value={state}
        onChange={(event) => onChange(() => event.target.value)}
        errorMessage={errorOf(errors, id)}
      />
      {advice}
    </>
  );
}

/** `text`: one line (an email address when its format says so); the answer is the trimmed string. */
export const text: QuestionType<string> = {
  keys: (q) => [q.id],
  toState: (q, answers) => (isBlank(answers[q.id]) ? '' : String(answers[q.id])),
  toAnswers: (q, state) => ({ [q.id]: textAnswer(state) }),
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    const value = state.trim();
    if (!value) return required ? { [id]: messageFor(q, 'answer_required', ctx) } : {};
    return textLimitErrors(q, value, id, ctx);
  },
  anchor: (q, _key, path) => path + q.id,
  Field: TextField,
  summary: (q, answers) => (isBlank(answers[q.id]) ? null : String(answers[q.id])),
};

/** `service_id`: the service's id, shown as text on the admins' edit form and never checked. */
export const serviceId: QuestionType<string> = { ...text, check: () => ({}) };
