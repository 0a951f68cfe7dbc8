import type { ChangeEvent, FocusEvent, HTMLAttributes, ReactNode, Ref } from 'react';
import { cx, inner, type Attributes, type Common } from './common';
import { description, FormGroup, hasSlot, slot, valueProps, type FieldOptions, type LabelOption } from './field';
import { Label } from './Label';

/** Text or trusted HTML shown inside the input's box, before or after what is typed ("£", "kg"). */
export interface Affix extends Common {
  text?: ReactNode;
}

export interface InputProps extends Omit<Common, 'html'>, FieldOptions {
  /** Defaults to the name. */
  id?: string;
  name?: string;
  type?: string;
  label?: LabelOption;
  value?: string | number | null;
  prefix?: Affix;
  suffix?: Affix;
  inputWrapper?: { classes?: string; attributes?: Attributes };
  /** GOV.UK's fixed widths, in characters (`govuk-input--width-N`); or use `classes`. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  inputmode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autocomplete?: string;
  autocapitalize?: string;
  spellcheck?: boolean;
  pattern?: string;
  disabled?: boolean;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  ref?: Ref<HTMLInputElement>;
}

function AffixItem({ affix, type }: { affix: Affix; type: 'prefix' | 'suffix' }) {
  return <div className={cx(`govuk-input__${type}`, affix.classes)} aria-hidden="true" {...affix.attributes} {...inner(affix.html || undefined, affix.text)} />;
}

const hasAffix = (affix: Affix | undefined): affix is Affix => Boolean(affix && (affix.html || (affix.text !== undefined && affix.text !== '')));

/** GOV.UK text input with its label, hint, error message and optional prefix and suffix. */
export function Input(props: InputProps) {
  const { name, type, label, value, prefix, suffix, inputWrapper, width, formGroup, errorMessage, classes, attributes, onChange, onBlur, ref } = props;
  const id = props.id || name;
  const { hint, error, describedBy } = description(id, props);
  const input = (
    <input
      className={cx('govuk-input', classes, width && `govuk-input--width-${width}`, Boolean(errorMessage) && 'govuk-input--error')}
      id={id}
      name={name ?? ''}
      type={type || 'text'}
      spellCheck={props.spellcheck}
      {...valueProps(value, onChange)}
      disabled={props.disabled || undefined}
      aria-describedby={describedBy}
      autoComplete={props.autocomplete || undefined}
      autoCapitalize={props.autocapitalize || undefined}
      pattern={props.pattern || undefined}
      inputMode={props.inputmode || undefined}
      onBlur={onBlur}
      ref={ref}
      {...attributes}
    />
  );
  const wrapped = hasAffix(prefix) || hasAffix(suffix) || hasSlot(formGroup?.beforeInput) || hasSlot(formGroup?.afterInput);
  return (
    <FormGroup formGroup={formGroup} error={errorMessage}>
      <Label {...label} htmlFor={id} />
      {hint}
      {error}
      {wrapped ? (
        <div className={cx('govuk-input__wrapper', inputWrapper?.classes)} {...inputWrapper?.attributes}>
          {slot(formGroup?.beforeInput)}
          {hasAffix(prefix) ? <AffixItem affix={prefix} type="prefix" /> : null}
          {input}
          {hasAffix(suffix) ? <AffixItem affix={suffix} type="suffix" /> : null}
          {slot(formGroup?.afterInput)}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
