import { Fragment } from 'react';
import { askedIds, groupAnchor, groupAnswers, groupCheck, groupKeys, groupState, QuestionGroup, type GroupState } from './group';
import { questionType } from './registry';
import { errorOf, questionHeading, questionName } from './shared';
import { ErrorMessage } from '../../govuk/ErrorMessage';
import { Hint } from '../../govuk/Hint';
import type { Answers, FieldProps, Heading, Question, QuestionContext, QuestionType } from './types';

/**
 * The heading of a question that holds others (a multiquestion, a dynamic list): the page's h1 when
 * alone on its page, else a section heading, with its hint and advice under it.
 */
export function GroupHeading({ question, ctx, heading, id, error }: { question: Question; ctx: QuestionContext; heading: Heading; id: string; error?: { text: string } }) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const className = `govuk-heading-${heading.size}`;
  return (
    <>
      {heading.isPageHeading ? (
        <h1 className={className} id={id} dangerouslySetInnerHTML={{ __html: title }} />
      ) : heading.size === 'm' ? (
        <h2 className={className} id={id} dangerouslySetInnerHTML={{ __html: title }} />
      ) : (
        <h3 className={className} id={id} dangerouslySetInnerHTML={{ __html: title }} />
      )}
      {hint ? <Hint {...hint} id={`${id}-hint`} /> : null}
      {advice}
      {error ? <ErrorMessage {...error} id={`${id}-error`} /> : null}
    </>
  );
}

/** The heading of the questions under a group's heading: one size smaller. */
export const childHeading = (heading: Heading): Heading => ({ size: heading.size === 'l' ? 'm' : 's', isPageHeading: false });

function MultiquestionField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<GroupState>) {
  const children = ctx.index.children(question);
  return (
    <div className="govuk-!-margin-bottom-6">
      <GroupHeading question={question} ctx={ctx} heading={heading} id={path + question.id} error={errorOf(errors, path + question.id)} />
      <QuestionGroup questions={children} state={state} onChange={onChange} errors={errors} ctx={ctx} heading={childHeading(heading)} path={path} />
    </div>
  );
}

/** The answered questions of a group, each named, for a summary. */
export function GroupSummary({ questions, answers, ctx }: { questions: Question[]; answers: Answers; ctx: QuestionContext }) {
  const asked = askedIds(questions, groupState(questions, answers, ctx), ctx);
  const rows = questions
    .filter((q) => asked.has(q.id))
    .flatMap((q) => {
      const value = questionType(q).summary(q, answers, ctx);
      return value === null ? [] : [{ q, value }];
    });
  if (!rows.length) return null;
  return (
    <>
      {rows.map(({ q, value }) => (
        <Fragment key={q.id}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{questionName(q, ctx)}</p>
          <div className="govuk-!-margin-bottom-3">{value}</div>
        </Fragment>
      ))}
    </>
  );
}

/**
 * `multiquestion`: questions asked together on one page and summarised in one row (a parent with
 * its follow-ups, say). It stores nothing of its own: each question keeps its own answer key. An
 * optional multiquestion makes all its questions optional.
 */
export const multiquestion: QuestionType<GroupState> = {
  keys: (q, ctx) => groupKeys(ctx.index.children(q), ctx),
  toState: (q, answers, ctx) => groupState(ctx.index.children(q), answers, ctx),
  toAnswers: (q, state, ctx) => groupAnswers(ctx.index.children(q), state, ctx),
  check: (q, state, ctx, { required, path }) => groupCheck(ctx.index.children(q), state, ctx, { required, path }),
  anchor: (q, key, path, ctx) => groupAnchor(ctx.index.children(q), key, path, ctx) ?? path + q.id,
  Field: MultiquestionField,
  summary(q, answers, ctx) {
    const children = ctx.index.children(q);
    const node = <GroupSummary questions={children} answers={answers} ctx={ctx} />;
    return groupKeys(children, ctx).some((key) => answers[key] !== undefined && answers[key] !== null) ? node : null;
  },
};
