import type { ChangeEvent, FocusEvent, Ref } from 'react';
import { cx, type Common } from './common';
import { description, FormGroup, slot, valueProps, type FieldOptions, type LabelOption } from './field';
import { Label } from './Label';

export interface TextareaProps extends Omit<Common, 'html'>, FieldOptions {
  /** Defaults to the name. */
  id?: string;
  name?: string;
  label?: LabelOption;
  value?: string | null;
  /** Visible lines (5 by default). */
  rows?: number;
  spellcheck?: boolean;
  autocomplete?: string;
  disabled?: boolean;
  onChange?: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onBlur?: (event: FocusEvent<HTMLTextAreaElement>) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

/** GOV.UK textarea with its label, hint and error message. */
export function Textarea(props: TextareaProps) {
  const { name, label, value, rows, formGroup, errorMessage, classes, attributes, onChange, onBlur, ref } = props;
  const id = props.id || name;
  const { hint, error, describedBy } = description(id, props);
  return (
    <FormGroup formGroup={formGroup} error={errorMessage}>
      <Label {...label} htmlFor={id} />
      {hint}
      {error}
      {slot(formGroup?.beforeInput)}
      <textarea
        className={cx('govuk-textarea', Boolean(errorMessage) && 'govuk-textarea--error', classes)}
        id={id}
        name={name ?? ''}
        rows={rows || 5}
        spellCheck={props.spellcheck}
        disabled={props.disabled || undefined}
        aria-describedby={describedBy}
        autoComplete={props.autocomplete || undefined}
        {...valueProps(value, onChange)}
        onBlur={onBlur}
        ref={ref}
        {...attributes}
      />
      {slot(formGroup?.afterInput)}
    </FormGroup>
  );
}
