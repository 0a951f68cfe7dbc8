import { Fragment, type ReactNode } from 'react';
import type { FieldErrors } from '../formErrors';
import { questionType } from './registry';
import type { Answers, Heading, Question, QuestionContext, Update } from './types';

// Questions side by side (a page's, a multiquestion's, a dynamic list item's): which of them are
// asked (`depends` on the lot or brief, follow-ups on a sibling's answer), their state and answers
// together, and how they render, each follow-up under the choice that asks it.

export type GroupState = Record<string, unknown>;

/** Whether a question applies here: each of its `depends` names a value of the page that is one of those listed (or one the page does not know). */
export function dependsMet(question: Question, ctx: QuestionContext): boolean {
  return question.depends.every((d) => {
    const value = d.on.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), ctx.values);
    return value === undefined || value === null || d.being.includes(String(value));
  });
}

/** A question's follow-ups: child id → the answers (as strings) that ask it. */
export function followupsOf(question: Question): Array<[string, string[]]> {
  const followup = question.followup as Record<string, unknown[]> | null;
  return followup ? Object.entries(followup).map(([id, values]) => [id, (Array.isArray(values) ? values : []).map(String)]) : [];
}

/** The ids of the questions of a group that are asked, given the group's state. */
export function askedIds(questions: readonly Question[], state: GroupState, ctx: QuestionContext): Set<string> {
  const askers = new Map<string, Array<{ parent: Question; values: string[] }>>();
  for (const q of questions) for (const [child, values] of followupsOf(q)) askers.set(child, [...(askers.get(child) ?? []), { parent: q, values }]);
  const memo = new Map<string, boolean>();
  const asked = (q: Question, seen: Set<string>): boolean => {
    if (memo.has(q.id)) return memo.get(q.id)!;
    if (seen.has(q.id)) return false;
    seen.add(q.id);
    let result = dependsMet(q, ctx);
    const by = askers.get(q.id);
    if (result && by)
      result = by.some(({ parent, values }) => {
        const chosen = questionType(parent).chosen?.(parent, state[parent.id]) ?? [];
        return asked(parent, seen) && chosen.some((v) => values.includes(v));
      });
    memo.set(q.id, result);
    return result;
  };
  return new Set(questions.filter((q) => asked(q, new Set())).map((q) => q.id));
}

/** The follow-up targets of a group: questions shown only under a sibling's choice. */
export const followupTargets = (questions: readonly Question[]) => new Set(questions.flatMap((q) => followupsOf(q).map(([id]) => id)));

export const groupState = (questions: readonly Question[], answers: Answers, ctx: QuestionContext): GroupState =>
  Object.fromEntries(questions.map((q) => [q.id, questionType(q).toState(q, answers, ctx)]));

/** The answer keys of the questions that apply. */
export const groupKeys = (questions: readonly Question[], ctx: QuestionContext) => questions.filter((q) => dependsMet(q, ctx)).flatMap((q) => questionType(q).keys(q, ctx));

/** The group's answers: those of the questions asked, and `null` for the keys of follow-ups no longer asked. */
export function groupAnswers(questions: readonly Question[], state: GroupState, ctx: QuestionContext): Answers {
  const asked = askedIds(questions, state, ctx);
  const answers: Answers = {};
  for (const q of questions) {
    if (!dependsMet(q, ctx)) continue;
    const type = questionType(q);
    if (asked.has(q.id)) Object.assign(answers, type.toAnswers(q, state[q.id], ctx));
    else for (const key of type.keys(q, ctx)) answers[key] = null;
  }
  return answers;
}

/** What the browser finds wrong with the questions asked. */
export function groupCheck(questions: readonly Question[], state: GroupState, ctx: QuestionContext, options: { required: boolean; path: string }): FieldErrors {
  const asked = askedIds(questions, state, ctx);
  const errors: FieldErrors = {};
  for (const q of questions)
    if (asked.has(q.id)) Object.assign(errors, questionType(q).check(q, state[q.id], ctx, { required: options.required && !q.optional, path: options.path }));
  return errors;
}

/** The element an error on one of the group's answer keys links to (undefined when none of them writes it). */
export function groupAnchor(questions: readonly Question[], key: string, path: string, ctx: QuestionContext): string | undefined {
  const owner = questions.find((q) => dependsMet(q, ctx) && questionType(q).keys(q, ctx).includes(key));
  return owner ? questionType(owner).anchor(owner, key, path, ctx) : undefined;
}

interface GroupProps {
  questions: readonly Question[];
  state: GroupState;
  onChange: Update<GroupState>;
  errors: FieldErrors;
  ctx: QuestionContext;
  /** The heading of each question of the group (follow-ups get the smallest). */
  heading: Heading;
  path: string;
}

/** Questions that are asked, each follow-up revealed under the choice that asks it. */
export function QuestionGroup(props: GroupProps) {
  const { questions, ctx } = props;
  const targets = followupTargets(questions);
  return (
    <>
      {questions
        .filter((q) => !targets.has(q.id) && dependsMet(q, ctx))
        .map((q) => (
          <QuestionField key={q.id} question={q} {...props} />
        ))}
    </>
  );
}

/** One question of a group, with its follow-ups under the first chosen value that asks each. */
function QuestionField({ question, questions, state, onChange, errors, ctx, heading, path }: GroupProps & { question: Question }) {
  const type = questionType(question);
  const chosen = type.chosen?.(question, state[question.id]) ?? [];
  const reveal: Record<string, ReactNode[]> = {};
  for (const [childId, values] of followupsOf(question)) {
    const child = questions.find((q) => q.id === childId);
    const host = chosen.find((v) => values.includes(v));
    if (!child || host === undefined || !dependsMet(child, ctx)) continue;
    (reveal[host] ??= []).push(
      <QuestionField
        key={child.id}
        question={child}
        questions={questions}
        state={state}
        onChange={onChange}
        errors={errors}
        ctx={ctx}
        heading={{ size: 's', isPageHeading: false }}
        path={path}
      />,
    );
  }
  const Field = type.Field;
  return (
    <Field
      question={question}
      state={state[question.id]}
      onChange={(update) =>
        onChange((previous) => {
          // An update that changes nothing keeps the group's state as it is: a field's effect that
          // calls it on every render (an upload following its scan) then settles instead of looping.
          const next = update(previous[question.id]);
          return Object.is(next, previous[question.id]) ? previous : { ...previous, [question.id]: next };
        })
      }
      errors={errors}
      ctx={ctx}
      heading={heading}
      path={path}
      reveal={Object.fromEntries(Object.entries(reveal).map(([value, nodes]) => [value, <Fragment key={value}>{nodes}</Fragment>]))}
    />
  );
}
