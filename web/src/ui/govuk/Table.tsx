import type { ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { domAttributes, present, type Skipped } from './props';

/** A cell of the head or of a row. */
export interface TableCell {
  text?: ReactNode;
  html?: string;
  /** "numeric" right-aligns the cell (and uses tabular figures). */
  format?: string;
  colspan?: number;
  rowspan?: number;
  classes?: string;
  attributes?: Attributes;
}

export interface TableProps {
  rows: Array<TableCell[] | Skipped>;
  head?: TableCell[];
  caption?: ReactNode;
  /** Classes for the caption, such as `govuk-table__caption--m` to size it as a heading. */
  captionClasses?: string;
  /** Makes the first cell of each row its header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  classes?: string;
  attributes?: Attributes;
}

// What a header or data cell has besides its class: spans, attributes and content.
const cellProps = (cell: TableCell) => ({
  colSpan: cell.colspan || undefined,
  rowSpan: cell.rowspan || undefined,
  ...domAttributes(cell.attributes),
  ...inner(cell.html, cell.text),
});

/** GOV.UK table: an optional caption and head, then rows of cells. */
export function Table({ rows, head, caption, captionClasses, firstCellIsHeader, classes, attributes }: TableProps) {
  return (
    <table className={cx('govuk-table', classes)} {...domAttributes(attributes)}>
      {caption && <caption className={cx('govuk-table__caption', captionClasses)}>{caption}</caption>}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, i) => (
              <th key={i} scope="col" className={cx('govuk-table__header', cell.format && `govuk-table__header--${cell.format}`, cell.classes)} {...cellProps(cell)} />
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {present(rows).map((row, r) => (
          <tr key={r} className="govuk-table__row">
            {row.map((cell, i) =>
              i === 0 && firstCellIsHeader ? (
                <th key={i} scope="row" className={cx('govuk-table__header', cell.classes)} {...cellProps(cell)} />
              ) : (
                <td key={i} className={cx('govuk-table__cell', cell.format && `govuk-table__cell--${cell.format}`, cell.classes)} {...cellProps(cell)} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
