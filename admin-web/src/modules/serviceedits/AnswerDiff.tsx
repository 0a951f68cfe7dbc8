import { Fragment } from 'react';
import { answerText, diffWords, sideParts, type DiffPart } from './wordDiff';
import './serviceEdits.css';

function Side({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  const shown = sideParts(parts, side);
  if (!shown.some((p) => p.text.trim())) return <span className="govuk-hint govuk-!-margin-0">Not answered</span>;
  return (
    <span className="dm-diff__text">
      {shown.map((p, i) =>
        p.kind === 'same' ? (
          <Fragment key={i}>{p.text}</Fragment>
        ) : p.kind === 'removed' ? (
          <del key={i}>
            <span className="govuk-visually-hidden">removed: </span>
            {p.text}
            <span className="govuk-visually-hidden"> (end of removed text)</span>
          </del>
        ) : (
          <ins key={i}>
            <span className="govuk-visually-hidden">added: </span>
            {p.text}
            <span className="govuk-visually-hidden"> (end of added text)</span>
          </ins>
        ),
      )}
    </span>
  );
}

export interface AnswerChange {
  questionId: string;
  question: string;
  before?: unknown;
  after?: unknown;
}

/**
 * One changed answer side by side: the previously approved version with removed words struck
 * through, the current one with added words underlined; each marked in words for screen readers.
 */
export function AnswerDiff({ change }: { change: AnswerChange }) {
  const parts = diffWords(answerText(change.before), answerText(change.after));
  const id = `diff-${change.questionId}`;
  return (
    <table className="govuk-table dm-diff" data-testid="answer-diff" aria-labelledby={id}>
      <caption className="govuk-table__caption govuk-table__caption--m" id={id}>
        {change.question}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header dm-diff__column">
            Previously approved version
          </th>
          <th scope="col" className="govuk-table__header dm-diff__column">
            Current version
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        <tr className="govuk-table__row">
          <td className="govuk-table__cell dm-diff__column" data-testid="before">
            <Side parts={parts} side="before" />
          </td>
          <td className="govuk-table__cell dm-diff__column" data-testid="after">
            <Side parts={parts} side="after" />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
