import type { ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { Link } from './links';
import { domAttributes, escapeHtml, present, type Content, type Skipped } from './props';

/** A link in a row or a card's title bar ("Change", "Delete"). */
export interface SummaryListAction {
  href: string;
  text?: ReactNode;
  html?: string;
  /** Read after the link's text by screen readers only, to say what it changes ("name"). */
  visuallyHiddenText?: string;
  classes?: string;
  attributes?: Attributes;
}

export interface SummaryListActions {
  items?: SummaryListAction[];
  classes?: string;
}

export interface SummaryListRow {
  key: Content;
  value: Content;
  actions?: SummaryListActions;
  classes?: string;
}

/** A card around the list, with a title and actions for the whole card. */
export interface SummaryCard {
  /** The card's title; its text is also read (hidden) after each action's text. */
  title?: { text?: string; html?: string; classes?: string; headingLevel?: number };
  actions?: SummaryListActions;
  classes?: string;
  attributes?: Attributes;
}

export interface SummaryListProps {
  rows: Array<SummaryListRow | Skipped>;
  card?: SummaryCard;
  classes?: string;
  attributes?: Attributes;
}

type CardTitle = SummaryCard['title'];

// The screen-reader-only end of an action's text: " name (Card title)", as HTML since the title may be HTML.
function hiddenHtml(visuallyHiddenText: string | undefined, title: CardTitle): string | undefined {
  if (!visuallyHiddenText && !title) return undefined;
  const titleHtml = title ? (title.html ?? escapeHtml(title.text ?? '')) : '';
  return (visuallyHiddenText ? ` ${escapeHtml(visuallyHiddenText)}` : '') + (title ? ` (${titleHtml})` : '');
}

function ActionLink({ action, title }: { action: SummaryListAction; title: CardTitle }) {
  const hidden = hiddenHtml(action.visuallyHiddenText, title);
  const hiddenSpan = `<span class="govuk-visually-hidden">${hidden}</span>`;
  const props = { href: action.href, className: cx('govuk-link', action.classes), ...domAttributes(action.attributes) };
  if (action.html !== undefined) return <Link {...props} dangerouslySetInnerHTML={{ __html: action.html + (hidden === undefined ? '' : hiddenSpan) }} />;
  return (
    <Link {...props}>
      {action.text}
      {hidden !== undefined && <span className="govuk-visually-hidden" dangerouslySetInnerHTML={{ __html: hidden }} />}
    </Link>
  );
}

const body = (content: { text?: ReactNode; html?: string } | undefined) => inner(content?.html, content?.text);

function Row({ row, withActions, title }: { row: SummaryListRow; withActions: boolean; title: CardTitle }) {
  const actions = row.actions?.items ?? [];
  return (
    <div className={cx('govuk-summary-list__row', withActions && !actions.length && 'govuk-summary-list__row--no-actions', row.classes)}>
      <dt className={cx('govuk-summary-list__key', row.key.classes)} {...body(row.key)} />
      <dd className={cx('govuk-summary-list__value', row.value.classes)} {...body(row.value)} />
      {actions.length > 0 && (
        <dd className={cx('govuk-summary-list__actions', row.actions?.classes)}>
          {actions.length === 1 ? (
            <ActionLink action={actions[0]!} title={title} />
          ) : (
            <ul className="govuk-summary-list__actions-list">
              {actions.map((action, i) => (
                <li key={i} className="govuk-summary-list__actions-list-item">
                  <ActionLink action={action} title={title} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      )}
    </div>
  );
}

function Card({ card, children }: { card: SummaryCard; children: ReactNode }) {
  const { title, actions } = card;
  const items = actions?.items ?? [];
  const Heading = `h${title?.headingLevel ?? 2}` as 'h2';
  return (
    <div className={cx('govuk-summary-card', card.classes)} {...domAttributes(card.attributes)}>
      <div className="govuk-summary-card__title-wrapper">
        {title && <Heading className={cx('govuk-summary-card__title', title.classes)} {...body(title)} />}
        {items.length === 1 && (
          <div className={cx('govuk-summary-card__actions', actions?.classes)}>
            <ActionLink action={items[0]!} title={title} />
          </div>
        )}
        {items.length > 1 && (
          <ul className={cx('govuk-summary-card__actions', actions?.classes)}>
            {items.map((action, i) => (
              <li key={i} className="govuk-summary-card__action">
                <ActionLink action={action} title={title} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

/**
 * GOV.UK summary list: pairs of keys and values (a check-your-answers page), each row with optional
 * actions, optionally inside a summary card with a title and actions of its own.
 */
export function SummaryList({ rows, card, classes, attributes }: SummaryListProps) {
  const shown = present(rows);
  const withActions = shown.some((row) => (row.actions?.items?.length ?? 0) > 0);
  const list = (
    <dl className={cx('govuk-summary-list', classes)} {...domAttributes(attributes)}>
      {shown.map((row, i) => (
        <Row key={i} row={row} withActions={withActions} title={card?.title} />
      ))}
    </dl>
  );
  return card ? <Card card={card}>{list}</Card> : list;
}
