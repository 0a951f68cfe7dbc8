import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Title } from '../app/Title';
import { Button } from '../govuk/Button';
import { FormErrorSummary } from './FormErrorSummary';
import type { FormErrors } from './formErrors';
import type { FrameworkForm } from './frameworkForm';
import { useFormAction } from './useFormMutation';
import { numberRefs, plainText } from './questions/content';
import { followupTargets, groupAnchor, groupAnswers, groupCheck, groupKeys, groupState, QuestionGroup, type GroupState } from './questions/group';
import { questionContext } from './questions/model';
import { questionType } from './questions/registry';
import { isGenericMessage, numberOf, questionName } from './questions/shared';
import type { TemplateValues } from './questions/template';
import type { Answers, Question, QuestionContext } from './questions/types';

export interface QuestionPageProps {
  form: FrameworkForm;
  /** The page's questions (a FormPage's `questionIds`). */
  questionIds: readonly string[];
  /** What the fields show: the stored answers, with any prefilled ones. */
  answers: Answers;
  /** What is stored, when it differs from `answers` (prefilled answers not saved yet): only changes to it are sent. */
  saved?: Answers;
  /** The page's mutation, given the answers that changed (`null` clears one). It throws the API's refusal. */
  onSave: (answers: Answers) => Promise<unknown>;
  /** After a save (or nothing to save): where the page goes next. */
  onSaved?: (answers: Answers) => unknown;
  /** The page's h1 when it asks several questions (a section's name; trusted HTML from the content). */
  title?: string;
  /** The page's <title> when the h1 alone does not tell it from other pages (default: the h1 as text). */
  pageTitle?: string;
  /** Above the h1 (a caption such as the framework's name). */
  caption?: ReactNode;
  /** Between the h1 and the questions (a section's description, a notice about prefilled answers). */
  intro?: ReactNode;
  /** Values the content's templates and `depends` read besides the lot (`brief`). */
  values?: TemplateValues;
  /** Number the questions (a declaration's are numbered through all its sections). */
  numbered?: boolean;
  /** The supplier whose answers an admin is editing: uploads are made for it. */
  uploadFor?: string;
  /** Ask for every question that is not optional before saving (true), or save what is given. */
  requireAnswers?: boolean;
  submitText?: string;
  /** Beside the button: a link back to an overview, say. */
  secondaryAction?: ReactNode;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * One page of a form of the content: its questions rendered by type, and "Save and continue". The
 * browser checks what it can (answers missing, dates that are not dates); the API checks the rest,
 * and its `fieldErrors` (by answer key) show inline and in the error summary while what was typed
 * stays. Only the answers that changed are sent; clearing an answer sends `null`. Key it by page, so
 * that another page starts from its own answers.
 */
export function QuestionPage(props: QuestionPageProps) {
  const {
    form,
    questionIds,
    answers,
    onSave,
    onSaved,
    title,
    pageTitle,
    caption,
    intro,
    values,
    numbered,
    uploadFor,
    requireAnswers = true,
    submitText = 'Save and continue',
    secondaryAction,
  } = props;
  const saved = props.saved ?? answers;
  const ctx = useMemo(() => questionContext(form, { values, numbered, uploadFor }), [form, values, numbered, uploadFor]);
  const questions = useMemo(() => questionIds.map((id) => ctx.index.top(id)).filter((q): q is Question => Boolean(q)), [questionIds, ctx]);
  const [state, setState] = useState<GroupState>(() => groupState(questions, answers, ctx));

  const run = useCallback(
    async (changes: Answers) => {
      await onSave(changes);
      return true;
    },
    [onSave],
  );
  const action = useFormAction(run);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.loading) return;
    const found = groupCheck(questions, state, ctx, { required: requireAnswers, path: '' });
    if (Object.keys(found).length) {
      await action.submit({}, found);
      return;
    }
    const given = groupAnswers(questions, state, ctx);
    const changes = Object.fromEntries(Object.entries(given).filter(([key, value]) => !same(value, saved[key])));
    if (Object.keys(changes).length && !(await action.submit(changes))) return;
    await onSaved?.(given);
  };

  const errors = pageErrors(action.errors, questions, ctx);
  const single = questions.length === 1 && !title;
  const heading = title ?? (questions[0] ? singleTitle(questions[0], ctx) : '');
  return (
    <>
      <Title error={errors.summary.length > 0}>{pageTitle ?? plainText(heading)}</Title>
      <FormErrorSummary errors={errors} submission={action.submission} />
      {caption}
      {single ? null : <h1 className="govuk-heading-l" dangerouslySetInnerHTML={{ __html: heading }} />}
      {intro}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <QuestionGroup
          questions={questions}
          state={state}
          onChange={setState}
          errors={errors.fields}
          ctx={ctx}
          heading={single ? { size: 'l', isPageHeading: true } : { size: 'm', isPageHeading: false }}
          path=""
        />
        <div className="govuk-button-group">
          <Button type="submit" text={submitText} preventDoubleClick />
          {secondaryAction}
        </div>
      </form>
    </>
  );
}

/** The page's title when its one question is its h1. */
const singleTitle = (question: Question, ctx: QuestionContext) => questionName({ ...question, name: question.question || question.name }, ctx);

/**
 * The errors the page shows: each field's message inline; in the summary, in the page's order, the
 * message, or (for the content's generic "answer this") the question's name and number, which tell
 * one missing answer from another.
 */
function pageErrors(api: FormErrors, questions: Question[], ctx: QuestionContext): FormErrors {
  // The content's messages may name other questions (`[[taxEvasion]]`): by number, as the page does.
  const fields = Object.fromEntries(Object.entries(api.fields).map(([key, message]) => [key, numberRefs(message, ctx.numbers)]));
  const keys = Object.keys(fields);
  if (!keys.length) return api;
  const targets = followupTargets(questions);
  const order = groupKeys(questions, ctx);
  const ownerOf = (key: string) =>
    questions.find((q) => {
      const own = questionType(q).keys(q, ctx);
      return own.includes(key) || own.some((k) => key.startsWith(`${k}-`)) || key === q.id || key.startsWith(`${q.id}-`);
    });
  const rank = (key: string) => {
    const i = order.findIndex((k) => key === k || key.startsWith(`${k}-`));
    return i < 0 ? order.length : i;
  };
  const summary = keys
    .map((key, i) => ({ key, i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map(({ key }) => {
      const message = fields[key]!;
      const owner = ownerOf(key);
      // An answer key links to its field; a field's own id (a list's item) is its anchor; anything else, to the first question.
      const first = questions.find((q) => !targets.has(q.id));
      const anchor = groupAnchor(questions, key, '', ctx) ?? (owner ? key : first && questionType(first).anchor(first, first.id, '', ctx));
      const named = owner && isGenericMessage(message) ? namedLine(owner, key, ctx) : message;
      return { text: named, href: anchor ? `#${anchor}` : undefined };
    });
  return { summary, fields };
}

/** "12. Organised crime or conspiracy convictions": the question (or its part) an answer is missing for. */
function namedLine(owner: Question, key: string, ctx: QuestionContext): string {
  const part = owner.type === 'multiquestion' ? ctx.index.children(owner).find((c) => questionType(c).keys(c, ctx).includes(key)) : undefined;
  const number = numberOf(owner, ctx);
  return `${number ? `${number}. ` : ''}${questionName(part ?? owner, ctx)}: you need to answer this question`;
}
