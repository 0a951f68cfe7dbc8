import type { ReactNode } from 'react';
import { FormGroup, type ErrorMessageOption, type FormGroupOptions } from './field';
import { Fieldset, type FieldsetProps } from './Fieldset';

/** A group's fieldset options: its legend, classes and attributes (its aria-describedby is built for it). */
export type FieldsetOption = Omit<FieldsetProps, 'children' | 'role'>;

export interface FieldGroupProps {
  formGroup?: FormGroupOptions;
  fieldset?: FieldsetOption | false | null;
  /** The fieldset's role (`group` for a date, whose text inputs screen readers would not otherwise relate). */
  role?: string;
  errorMessage?: ErrorMessageOption;
  hint: ReactNode;
  error: ReactNode;
  describedBy?: string;
  children: ReactNode;
}

/**
 * The frame of a group of inputs (radios, checkboxes, a date): the form group, the fieldset when
 * there is one (described by the hint and error), then the hint, the error message and the inputs.
 */
export function FieldGroup({ formGroup, fieldset, role, errorMessage, hint, error, describedBy, children }: FieldGroupProps) {
  const content = (
    <>
      {hint}
      {error}
      {children}
    </>
  );
  return (
    <FormGroup formGroup={formGroup} error={errorMessage}>
      {fieldset ? (
        <Fieldset {...fieldset} role={role} describedBy={describedBy}>
          {content}
        </Fieldset>
      ) : (
        content
      )}
    </FormGroup>
  );
}
