import { Fragment } from 'react';
import { groupAnchor, groupAnswers, groupCheck, groupState, QuestionGroup, type GroupState } from './group';
import { childHeading, GroupHeading, GroupSummary } from './multiquestion';
import { errorOf } from './shared';
import type { Answers, FieldProps, Question, QuestionContext, QuestionType } from './types';

/** The items the page gives a dynamic list (`brief.essentialRequirements`): one copy of its questions for each. */
export function dynamicItems(question: Question, ctx: QuestionContext): unknown[] {
  const value = (question.dynamicField ?? '').split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), ctx.values);
  return Array.isArray(value) ? value : [];
}

/** The context of one item: templates in its questions read `item`. */
const itemContext = (ctx: QuestionContext, item: unknown): QuestionContext => ({ ...ctx, values: { ...ctx.values, item } });
const itemPath = (question: Question, path: string, i: number) => `${path}${question.id}-${i}-`;
const stored = (answers: Answers, question: Question, i: number): Answers => {
  const list = answers[question.id];
  const entry = Array.isArray(list) ? list[i] : undefined;
  return entry && typeof entry === 'object' ? (entry as Answers) : {};
};

function DynamicListField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<GroupState[]>) {
  const children = ctx.index.children(question);
  return (
    <div className="govuk-!-margin-bottom-6">
      <GroupHeading question={question} ctx={ctx} heading={heading} id={path + question.id} error={errorOf(errors, path + question.id)} />
      {dynamicItems(question, ctx).map((item, i) => (
        <Fragment key={i}>
          <QuestionGroup
            questions={children}
            state={state[i] ?? {}}
            onChange={(update) =>
              onChange((previous) => {
                const current = previous[i];
                if (current === undefined) return previous;
                const next = update(current);
                return Object.is(next, current) ? previous : previous.map((s, j) => (j === i ? next : s));
              })
            }
            errors={errors}
            ctx={itemContext(ctx, item)}
            heading={childHeading(heading)}
            path={itemPath(question, path, i)}
          />
        </Fragment>
      ))}
    </div>
  );
}

/**
 * `dynamic_list`: a copy of its questions for each item of a list the page supplies (one piece of
 * evidence per essential requirement of a brief); the answer is one object per item, without the
 * follow-ups that item does not ask.
 */
export const dynamicList: QuestionType<GroupState[]> = {
  keys: (q) => [q.id],
  toState: (q, answers, ctx) => dynamicItems(q, ctx).map((item, i) => groupState(ctx.index.children(q), stored(answers, q, i), itemContext(ctx, item))),
  toAnswers(q, state, ctx) {
    const entries = dynamicItems(q, ctx).map((item, i) =>
      Object.fromEntries(Object.entries(groupAnswers(ctx.index.children(q), state[i] ?? {}, itemContext(ctx, item))).filter(([, v]) => v !== null)),
    );
    return { [q.id]: entries.some((e) => Object.keys(e).length) ? entries : null };
  },
  check(q, state, ctx, { required, path }) {
    const items = dynamicItems(q, ctx);
    // An optional list that is answered at all is answered for every item.
    const answered = state.some((s, i) => Object.values(groupAnswers(ctx.index.children(q), s ?? {}, itemContext(ctx, items[i]))).some((v) => v !== null));
    const errors = {};
    items.forEach((item, i) =>
      Object.assign(errors, groupCheck(ctx.index.children(q), state[i] ?? {}, itemContext(ctx, item), { required: required || answered, path: itemPath(q, path, i) })),
    );
    return errors;
  },
  anchor: (q, _key, path, ctx) =>
    groupAnchor(ctx.index.children(q), ctx.index.children(q)[0]?.id ?? '', itemPath(q, path, 0), itemContext(ctx, dynamicItems(q, ctx)[0])) ?? path + q.id,
  Field: DynamicListField,
  summary(q, answers, ctx) {
    const list = answers[q.id];
    if (!Array.isArray(list) || !list.length) return null;
    return (
      <>
        {dynamicItems(q, ctx).map((item, i) => (
          <div key={i} className="govuk-!-margin-bottom-4">
            <GroupSummary questions={ctx.index.children(q)} answers={stored(answers, q, i)} ctx={itemContext(ctx, item)} />
          </div>
        ))}
      </>
    );
  },
};
