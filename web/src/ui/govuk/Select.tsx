import type { ChangeEvent, FocusEvent, Ref } from 'react';
import { cx, type Attributes, type Common } from './common';
import { description, FormGroup, hasValue, slot, type FieldOptions, type LabelOption } from './field';
import { Label } from './Label';

/** One option of a select. Without a value, its text is its value. */
export interface SelectItem {
  value?: string | number | boolean;
  text?: string;
  /** Selected initially (or always, when controlled), overriding the select's value. */
  selected?: boolean;
  disabled?: boolean;
  attributes?: Attributes;
}

export interface SelectProps extends Omit<Common, 'html'>, FieldOptions {
  /** Defaults to the name. */
  id?: string;
  name?: string;
  label?: LabelOption;
  items: ReadonlyArray<SelectItem | null | undefined | false | ''>;
  /** The selected option's value. With `onChange` it controls the select; otherwise it is the initial choice. */
  value?: string | number | null;
  disabled?: boolean;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
  onBlur?: (event: FocusEvent<HTMLSelectElement>) => void;
  ref?: Ref<HTMLSelectElement>;
}

const optionValue = (item: SelectItem) => String(item.value ?? item.text ?? '');

/** GOV.UK select: a drop-down list (use radios instead when there are few options). */
export function Select(props: SelectProps) {
  const { name, label, items, value, formGroup, errorMessage, classes, attributes, onChange, onBlur, ref } = props;
  const id = props.id || name;
  const { hint, error, describedBy } = description(id, props);
  const chosen = items.find((item) => item && (item.selected || (hasValue(value) && item.selected !== false && optionValue(item) === String(value))));
  const selected = chosen ? optionValue(chosen) : undefined;
  return (
    <FormGroup formGroup={formGroup} error={errorMessage}>
      <Label {...label} htmlFor={id} />
      {hint}
      {error}
      {slot(formGroup?.beforeInput)}
      <select
        className={cx('govuk-select', classes, Boolean(errorMessage) && 'govuk-select--error')}
        id={id}
        name={name ?? ''}
        disabled={props.disabled || undefined}
        aria-describedby={describedBy}
        {...(onChange ? { value: selected ?? '', onChange } : { defaultValue: selected })}
        onBlur={onBlur}
        ref={ref}
        {...attributes}
      >
        {items.map((item, index) =>
          item ? (
            <option key={index} value={item.value === undefined ? undefined : String(item.value)} disabled={item.disabled || undefined} {...item.attributes}>
              {item.text}
            </option>
          ) : null,
        )}
      </select>
      {slot(formGroup?.afterInput)}
    </FormGroup>
  );
}
