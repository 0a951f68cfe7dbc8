import type { ChangeEvent, FocusEvent } from 'react';
import { Choice, Divider, itemId, sameValue, useChecked, type ChoiceItem, type Items } from './choices';
import { useEnhanced } from './client';
import { cx, type Common } from './common';
import { description, slot, type FieldOptions } from './field';
import { FieldGroup, type FieldsetOption } from './FieldGroup';

export interface CheckboxesProps extends Omit<Common, 'html'>, FieldOptions {
  name?: string;
  /** The base of the items' ids and the hint's and error's (defaults to the name). */
  idPrefix?: string;
  items: Items;
  /** The checked items' values. With `onChange` they control the group; otherwise they are the initial choices. */
  values?: ReadonlyArray<string | number>;
  /** Usually wanted: the legend asks the question. Its `describedBy` replaces the group's. */
  fieldset?: FieldsetOption | false | null;
  onChange?: (values: string[], event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** The smaller checkboxes, for secondary questions such as filters (`govuk-checkboxes--small`). */
  small?: boolean;
}

const nameOf = (item: ChoiceItem, group: string | undefined) => item.name || group;

/**
 * GOV.UK checkboxes: any number of choices, with optional hints, dividers, revealed content and an
 * exclusive item ("None of these") that clears the others of its name when checked, and is cleared by them.
 */
export function Checkboxes(props: CheckboxesProps) {
  const { name, items, values, fieldset, formGroup, errorMessage, classes, attributes, onChange, onBlur, small } = props;
  const prefix = props.idPrefix || name;
  const enhanced = useEnhanced();
  const { hint, error, describedBy } = description(prefix, { ...props, describedBy: (fieldset && fieldset.describedBy) || props.describedBy });
  const initially = (item: ChoiceItem) => Boolean(item.checked) || (Boolean(values) && item.checked !== false && Boolean(values?.some((v) => sameValue(v, item.value))));
  const [checked, setChecked] = useChecked(items, initially, Boolean(onChange));

  const toggle = (index: number, item: ChoiceItem) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = new Set(checked);
    if (event.target.checked) {
      next.add(index);
      items.forEach((other, i) => {
        if (other && i !== index && nameOf(other, name) === nameOf(item, name) && (item.behaviour === 'exclusive' || other.behaviour === 'exclusive')) next.delete(i);
      });
    } else next.delete(index);
    setChecked(next);
    onChange?.(
      [...next].sort((a, b) => a - b).map((i) => String((items[i] as ChoiceItem).value ?? '')),
      event,
    );
  };
  return (
    <FieldGroup formGroup={formGroup} fieldset={fieldset} errorMessage={errorMessage} hint={hint} error={error} describedBy={describedBy}>
      <div className={cx('govuk-checkboxes', small && 'govuk-checkboxes--small', classes)} {...attributes} data-module="govuk-checkboxes">
        {slot(formGroup?.beforeInputs)}
        {items.map((item, index) =>
          !item ? null : item.divider ? (
            <Divider key={index} kind="checkboxes">
              {item.divider}
            </Divider>
          ) : (
            <Choice
              key={index}
              kind="checkboxes"
              item={item}
              id={itemId(item, prefix, index)}
              name={nameOf(item, name)}
              checked={checked.has(index)}
              describedBy={fieldset ? undefined : describedBy}
              enhanced={enhanced}
              onChange={toggle(index, item)}
              onBlur={onBlur}
            />
          ),
        )}
        {slot(formGroup?.afterInputs)}
      </div>
    </FieldGroup>
  );
}
