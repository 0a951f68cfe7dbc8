import type { ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { Link } from './links';
import { domAttributes, type Content, type Skipped } from './props';
import { Tag, type TagProps } from './Tag';

/** A task's status: a tag ("Incomplete"), or plain text ("Completed", or "Cannot start yet" with the class `govuk-task-list__status--cannot-start-yet`). */
export interface TaskListStatus {
  tag?: TagProps;
  text?: ReactNode;
  html?: string;
  classes?: string;
}

export interface TaskListItem {
  title: Content;
  /** The task's page; a task that cannot be started yet has none. */
  href?: string;
  hint?: Content;
  status: TaskListStatus;
  classes?: string;
}

export interface TaskListProps {
  items: Array<TaskListItem | Skipped>;
  /** The start of the hint and status ids (`<idPrefix>-<n>-hint`), "task-list" unless given. */
  idPrefix?: string;
  classes?: string;
  attributes?: Attributes;
}

function Item({ item, index, idPrefix }: { item: TaskListItem; index: number; idPrefix: string }) {
  const hintId = `${idPrefix}-${index}-hint`;
  const statusId = `${idPrefix}-${index}-status`;
  const { title, hint, status } = item;
  return (
    <li className={cx('govuk-task-list__item', item.href && 'govuk-task-list__item--with-link', item.classes)}>
      <div className="govuk-task-list__name-and-hint">
        {item.href ? (
          <Link
            className={cx('govuk-link govuk-task-list__link', title.classes)}
            href={item.href}
            aria-describedby={hint ? `${hintId} ${statusId}` : statusId}
            {...inner(title.html, title.text)}
          />
        ) : (
          <div className={title.classes || undefined} {...inner(title.html, title.text)} />
        )}
        {hint && <div id={hintId} className="govuk-task-list__hint" {...inner(hint.html, hint.text)} />}
      </div>
      <div
        className={cx('govuk-task-list__status', status.classes)}
        id={statusId}
        {...inner(status.tag ? undefined : status.html, status.tag ? <Tag {...status.tag} /> : status.text)}
      />
    </li>
  );
}

/** GOV.UK task list: the tasks of a multi-part form, each with its status. */
export function TaskList({ items, idPrefix = 'task-list', classes, attributes }: TaskListProps) {
  return (
    <ul className={cx('govuk-task-list', classes)} {...domAttributes(attributes)}>
      {/* Numbered by position in the list given, skipped entries included, as GOV.UK Frontend numbers them. */}
      {items.map((item, i) => item && <Item key={i} item={item} index={i + 1} idPrefix={idPrefix} />)}
    </ul>
  );
}
