import type { ChangeEvent, FocusEvent } from 'react';
import { Choice, Divider, indicesWhere, itemId, sameValue, useChecked, type ChoiceItem, type Items } from './choices';
import { useEnhanced } from './client';
import { cx, type Common } from './common';
import { description, hasValue, slot, type FieldOptions } from './field';
import { FieldGroup, type FieldsetOption } from './FieldGroup';

export interface RadiosProps extends Omit<Common, 'html'>, Omit<FieldOptions, 'describedBy'> {
  name?: string;
  /** The base of the items' ids and the hint's and error's (defaults to the name). */
  idPrefix?: string;
  items: Items;
  /** The checked item's value. With `onChange` it controls the group; otherwise it is the initial choice. */
  value?: string | number | null;
  /** Usually wanted: the legend asks the question. Its `describedBy` goes before the hint's and error's ids. */
  fieldset?: FieldsetOption | false | null;
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** The smaller radios, for secondary questions (same as the class `govuk-radios--small`). */
  small?: boolean;
  /** Side by side, for two short options such as Yes and No (`govuk-radios--inline`). */
  inline?: boolean;
}

/** GOV.UK radios: one choice from a list, with optional hints, dividers and content revealed under a choice. */
export function Radios(props: RadiosProps) {
  const { name, items, value, fieldset, formGroup, errorMessage, classes, attributes, onChange, onBlur, small, inline } = props;
  const prefix = props.idPrefix || name;
  const enhanced = useEnhanced();
  const { hint, error, describedBy } = description(prefix, { ...props, describedBy: fieldset ? fieldset.describedBy : undefined });
  const initially = (item: ChoiceItem) => Boolean(item.checked) || (hasValue(value) && item.checked !== false && sameValue(item.value, value));
  const [checked, setChecked] = useChecked(items, initially, Boolean(onChange));

  const choose = (item: ChoiceItem) => (event: ChangeEvent<HTMLInputElement>) => {
    setChecked(indicesWhere(items, (other) => other === item));
    onChange?.(item.value === undefined ? '' : String(item.value), event);
  };
  return (
    <FieldGroup formGroup={formGroup} fieldset={fieldset} errorMessage={errorMessage} hint={hint} error={error} describedBy={describedBy}>
      <div className={cx('govuk-radios', small && 'govuk-radios--small', inline && 'govuk-radios--inline', classes)} {...attributes} data-module="govuk-radios">
        {slot(formGroup?.beforeInputs)}
        {items.map((item, index) =>
          !item ? null : item.divider ? (
            <Divider key={index} kind="radios">
              {item.divider}
            </Divider>
          ) : (
            <Choice
              key={index}
              kind="radios"
              item={item}
              id={itemId(item, prefix, index)}
              name={name}
              checked={checked.has(index)}
              enhanced={enhanced}
              onChange={choose(item)}
              onBlur={onBlur}
            />
          ),
        )}
        {slot(formGroup?.afterInputs)}
      </div>
    </FieldGroup>
  );
}
