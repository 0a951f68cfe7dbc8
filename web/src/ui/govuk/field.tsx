import type { ReactNode } from 'react';
import { cx, type Attributes } from './common';
import { ErrorMessage, type ErrorMessageProps } from './ErrorMessage';
import { Hint, type HintProps } from './Hint';
import type { LabelProps } from './Label';

// Options shared by the form controls, named as in GOV.UK's macros, and the pieces every control
// builds from them: the form group, the hint and error message, and the ids that describe a field.

/** A field's label (its `for` is the field's id). */
export type LabelOption = Omit<LabelProps, 'for' | 'htmlFor'>;
/** A field's or group's hint (its id is derived from the field's). */
export type HintOption = Omit<HintProps, 'id'>;
/** A field's error message; false, null or undefined when the field has no error. */
export type ErrorMessageOption = Omit<ErrorMessageProps, 'id'> | false | null;

/** Content placed before or after a control inside its form group. Text or React nodes only. */
export interface Slot {
  text?: ReactNode;
  children?: ReactNode;
}

export interface FormGroupOptions {
  classes?: string;
  attributes?: Attributes;
  beforeInput?: Slot;
  afterInput?: Slot;
  /** Before and after the whole set of inputs of a group (radios, checkboxes, a date). */
  beforeInputs?: Slot;
  afterInputs?: Slot;
}

export const slot = (content: Slot | undefined): ReactNode => (content ? (content.children ?? content.text ?? null) : null);
export const hasSlot = (content: Slot | undefined) => slot(content) !== null && slot(content) !== '';

/** Options every field takes besides its own. */
export interface FieldOptions {
  hint?: HintOption;
  errorMessage?: ErrorMessageOption;
  formGroup?: FormGroupOptions;
  /** Ids of other elements that describe the field, before the hint's and error's. */
  describedBy?: string;
}

/**
 * The hint and error message of a field or group, with ids derived from `base` ("<base>-hint",
 * "<base>-error"), and the aria-describedby that lists them after any given ids.
 */
export function description(base: string | undefined, { hint, errorMessage, describedBy }: Omit<FieldOptions, 'formGroup'>) {
  const ids = describedBy ? [describedBy] : [];
  let hintNode: ReactNode = null;
  let errorNode: ReactNode = null;
  if (hint) {
    ids.push(`${base}-hint`);
    hintNode = <Hint {...hint} id={`${base}-hint`} />;
  }
  if (errorMessage) {
    ids.push(`${base}-error`);
    errorNode = <ErrorMessage {...errorMessage} id={`${base}-error`} />;
  }
  return { hint: hintNode, error: errorNode, describedBy: ids.join(' ') || undefined };
}

/** The `govuk-form-group` around a field, marked when the field has an error. */
export function FormGroup({ formGroup, error, className, children }: { formGroup?: FormGroupOptions; error?: unknown; className?: string; children: ReactNode }) {
  return (
    <div className={cx('govuk-form-group', className, Boolean(error) && 'govuk-form-group--error', formGroup?.classes)} {...formGroup?.attributes}>
      {children}
    </div>
  );
}

/**
 * Props for a text control's value: with `onChange` the control is controlled by `value`;
 * without it, `value` is only the initial value and the browser keeps what is typed.
 */
export function valueProps<E>(value: string | number | undefined | null, onChange: ((event: E) => void) | undefined) {
  if (onChange) return { value: value ?? '', onChange };
  return { defaultValue: value ?? undefined };
}

/** Whether a choice control was given a value to match its items against (0 counts; empty does not). */
export const hasValue = (value: unknown) => value !== undefined && value !== null && value !== '';
