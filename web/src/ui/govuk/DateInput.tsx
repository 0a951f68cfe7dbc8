import type { ChangeEvent, FocusEvent, HTMLAttributes, ReactNode } from 'react';
import { cx, type Attributes, type Common } from './common';
import { description, slot, type FieldOptions } from './field';
import { FieldGroup, type FieldsetOption } from './FieldGroup';
import { Input } from './Input';

/** One of a date's inputs (day, month or year, or a part of another name). */
export interface DateInputItem {
  name?: string;
  /** Defaults to "<group id>-<name>". */
  id?: string;
  /** Defaults to the name, capitalised ("Day"). */
  label?: ReactNode;
  value?: string | number;
  classes?: string;
  /** Marks this input as the one in error (when only some are). */
  error?: boolean;
  autocomplete?: string;
  pattern?: string;
  inputmode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  attributes?: Attributes;
}

type Part = 'day' | 'month' | 'year';
type Values = Record<string, string | number | undefined | null>;

export interface DateInputProps extends Omit<Common, 'html'>, Omit<FieldOptions, 'describedBy'> {
  /** The group's id; the inputs' ids and the hint's and error's derive from it. */
  id: string;
  /** Prefixes each input's name ("dob" gives "dob-day"). */
  namePrefix?: string;
  /** The inputs, when not day, month and year; an empty list means those three. */
  items?: ReadonlyArray<DateInputItem | null | undefined | false>;
  /** Options for the default inputs; false leaves one out (a day and month, say). */
  day?: DateInputItem | false;
  month?: DateInputItem | false;
  year?: DateInputItem | false;
  /** Values by input name (with the prefix) or by part. With `onChange` they control the inputs. */
  values?: Values;
  fieldset?: FieldsetOption | false | null;
  /** Every input's value by its name, after a change to one. */
  onChange?: (values: Record<string, string>, event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
}

const parts: Part[] = ['day', 'month', 'year'];
const widthClasses: Record<Part, string> = { day: 'govuk-input--width-2', month: 'govuk-input--width-2', year: 'govuk-input--width-4' };
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
const hasErrorClass = (item: DateInputItem) => Boolean(item.classes?.includes('govuk-input--error'));

/** Each input's name, id, label, value and classes, worked out as GOV.UK's macro does. */
function resolveItems(props: DateInputProps) {
  const { id, namePrefix, values, errorMessage } = props;
  const defaults = Object.fromEntries(
    parts.map((part) => [part, props[part] === undefined ? { name: part, value: values?.[part] ?? undefined, classes: widthClasses[part] } : props[part]]),
  ) as Record<Part, DateInputItem | false>;
  const list = props.items?.length ? props.items : parts.map((part) => defaults[part]);
  const anyItemHasError = list.some((item) => item && (item.error || hasErrorClass(item)));
  const prefix = namePrefix ? `${namePrefix}-` : '';
  return list.map((item) => {
    if (!item) return null;
    const part = parts.find((p) => item === defaults[p] || (item.name && (item.name === p || item.name === (defaults[p] || undefined)?.name)));
    const name = item.name || part || '';
    const value = item.value ?? (part ? (defaults[part] || undefined)?.value : undefined) ?? values?.[prefix + name] ?? undefined;
    const inError = !hasErrorClass(item) && (item.error || (item.error !== false && Boolean(errorMessage) && !anyItemHasError));
    const width = item.classes?.includes('govuk-input--width-') ? undefined : part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2';
    return {
      item,
      name: prefix + name,
      id: item.id || `${id}-${name}`,
      label: item.label || capitalise(name),
      value,
      classes: cx('govuk-date-input__input', inError && 'govuk-input--error', width, item.classes),
    };
  });
}

/** GOV.UK date input: day, month and year boxes (or some of them) in a fieldset. */
export function DateInput(props: DateInputProps) {
  const { id, fieldset, formGroup, errorMessage, classes, attributes, values, onChange, onBlur } = props;
  const { hint, error, describedBy } = description(id, { ...props, describedBy: fieldset ? fieldset.describedBy : undefined });
  const inputs = resolveItems(props);
  const current = (input: NonNullable<(typeof inputs)[number]>) => String(values?.[input.name] ?? input.value ?? '');
  const change = (name: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = Object.fromEntries(inputs.flatMap((input) => (input ? [[input.name, current(input)]] : [])));
    onChange?.({ ...next, [name]: event.target.value }, event);
  };
  return (
    <FieldGroup formGroup={formGroup} fieldset={fieldset} role="group" errorMessage={errorMessage} hint={hint} error={error} describedBy={describedBy}>
      <div className={cx('govuk-date-input', classes)} {...attributes} id={id}>
        {slot(formGroup?.beforeInputs)}
        {inputs.map((input, index) =>
          input ? (
            <div key={index} className="govuk-date-input__item">
              <Input
                label={{ text: input.label, classes: 'govuk-date-input__label' }}
                id={input.id}
                classes={input.classes}
                name={input.name}
                value={onChange ? current(input) : input.value}
                inputmode={input.item.inputmode || 'numeric'}
                autocomplete={input.item.autocomplete}
                pattern={input.item.pattern}
                attributes={input.item.attributes}
                onChange={onChange ? change(input.name) : undefined}
                onBlur={onBlur}
              />
            </div>
          ) : null,
        )}
        {slot(formGroup?.afterInputs)}
      </div>
    </FieldGroup>
  );
}
