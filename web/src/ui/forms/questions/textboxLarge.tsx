import { CharacterCount } from '../../govuk/CharacterCount';
import { Textarea } from '../../govuk/Textarea';
import { errorOf, isBlank, labelOf, MultilineText, questionHeading } from './shared';
import { text } from './text';
import type { FieldProps, QuestionType } from './types';

function TextboxField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<string>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const { maxWords, maxLength } = question.limits;
  const common = {
    id,
    name: id,
    label: labelOf(title, heading),
    hint,
    value: state,
    rows: 8,
    onChange: (event: { target: { value: string } }) => onChange(() => event.target.value),
    errorMessage: errorOf(errors, id),
  };
  return (
    <>
      {maxWords || maxLength ? (
        <CharacterCount {...common} maxwords={maxWords ?? undefined} maxlength={maxWords ? undefined : (maxLength ?? undefined)} />
      ) : (
        <Textarea {...common} />
      )}
      {advice}
    </>
  );
}

/** `textbox_large`: a paragraph or more, counted in words (or characters) as the user types when the content sets a limit. */
export const textboxLarge: QuestionType<string> = {
  ...text,
  Field: TextboxField,
  summary: (q, answers) => (isBlank(answers[q.id]) ? null : <MultilineText text={String(answers[q.id])} />),
};
