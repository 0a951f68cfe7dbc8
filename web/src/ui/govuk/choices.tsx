import { useState, type ChangeEvent, type FocusEvent, type ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import type { HintOption } from './field';
import { Hint } from './Hint';
import { Label } from './Label';

// What radios and checkboxes share: their items, the ids GOV.UK gives them, and how one is drawn.

/** Content revealed under an item while it is checked: React children, or trusted HTML. */
export interface Conditional {
  children?: ReactNode;
  html?: string | false;
}

/** One radio or checkbox, or (with `divider`) a word such as "or" between them. */
export interface ChoiceItem {
  value?: string | number;
  /** The label's content. */
  text?: ReactNode;
  html?: string;
  /** Defaults to the group's id prefix, numbered from the second item on. */
  id?: string;
  /** Checkboxes only: a name of its own instead of the group's. */
  name?: string;
  label?: { classes?: string; attributes?: Attributes };
  hint?: HintOption;
  divider?: ReactNode;
  /** Checked initially (or always, when the group is controlled), overriding the group's value. */
  checked?: boolean;
  disabled?: boolean;
  conditional?: Conditional;
  /** Checkboxes only: `exclusive` for a "None of these" that unchecks the others. */
  behaviour?: 'exclusive';
  attributes?: Attributes;
}

export type Items = ReadonlyArray<ChoiceItem | null | undefined | false | ''>;

/** The first item's id is the prefix itself, so that an error summary can link to it. */
export const itemId = (item: ChoiceItem, prefix: string | undefined, index: number) => item.id || `${prefix}${index > 0 ? `-${index + 1}` : ''}`;

export const sameValue = (a: unknown, b: unknown) => a !== undefined && a !== null && b !== undefined && b !== null && String(a) === String(b);

const hasConditional = (c: Conditional | undefined) => Boolean(c && (c.html || (c.children !== undefined && c.children !== null && c.children !== false)));

export interface ChoiceProps {
  kind: 'radios' | 'checkboxes';
  item: ChoiceItem;
  id: string;
  name: string | undefined;
  checked: boolean;
  /** Ids describing the input (besides the item's own hint). */
  describedBy?: string;
  /** In the browser: aria-controls (and, for checkboxes, aria-expanded) instead of GOV.UK's pre-JavaScript data attribute. */
  enhanced: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
}

/** One radio or checkbox with its label and hint, then its conditional content (hidden unless checked). */
export function Choice({ kind, item, id, name, checked, describedBy, enhanced, onChange, onBlur }: ChoiceProps) {
  const conditionalId = `conditional-${id}`;
  const conditional = hasConditional(item.conditional) ? item.conditional : undefined;
  const itemHint = item.hint && (item.hint.html || item.hint.text || item.hint.children) ? item.hint : undefined;
  const hintId = `${id}-item-hint`;
  // aria-expanded is not an attribute a radio may have (ARIA 1.2), so radios say only what they control.
  const expanded = kind === 'checkboxes' ? { 'aria-expanded': checked } : {};
  const controls = conditional ? (enhanced ? { 'aria-controls': conditionalId, ...expanded } : { 'data-aria-controls': conditionalId }) : {};
  return (
    <>
      <div className={`govuk-${kind}__item`}>
        <input
          className={`govuk-${kind}__input`}
          id={id}
          name={name ?? ''}
          type={kind === 'radios' ? 'radio' : 'checkbox'}
          value={item.value === undefined ? '' : String(item.value)}
          checked={checked}
          disabled={item.disabled || undefined}
          {...controls}
          data-behaviour={item.behaviour || undefined}
          aria-describedby={cx(describedBy, itemHint && hintId) || undefined}
          onChange={onChange}
          onBlur={onBlur}
          {...item.attributes}
        />
        <Label html={item.html} text={item.text} classes={cx(`govuk-${kind}__label`, item.label?.classes)} attributes={item.label?.attributes} htmlFor={id} />
        {itemHint ? <Hint {...itemHint} id={hintId} classes={cx(`govuk-${kind}__hint`, itemHint.classes)} /> : null}
      </div>
      {conditional ? (
        <div
          className={cx(`govuk-${kind}__conditional`, !checked && `govuk-${kind}__conditional--hidden`)}
          id={conditionalId}
          {...inner(conditional.html || undefined, conditional.children)}
        />
      ) : null}
    </>
  );
}

/** A divider between items ("or"). */
export const Divider = ({ kind, children }: { kind: 'radios' | 'checkboxes'; children: ReactNode }) => <div className={`govuk-${kind}__divider`}>{children}</div>;

/** Indices of the items (not dividers or gaps) that `test` holds for. */
export function indicesWhere(items: Items, test: (item: ChoiceItem) => boolean): ReadonlySet<number> {
  const found = new Set<number>();
  items.forEach((item, i) => {
    if (item && !item.divider && test(item)) found.add(i);
  });
  return found;
}

/**
 * Which items are checked. Controlled, it follows the props on every render (`initially` is then
 * the rule); otherwise the props give the initial state and React keeps what the user changes.
 */
export function useChecked(items: Items, initially: (item: ChoiceItem) => boolean, controlled: boolean) {
  const [state, setState] = useState(() => indicesWhere(items, initially));
  return [controlled ? indicesWhere(items, initially) : state, setState] as const;
}
