import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useRef, type InputHTMLAttributes } from 'react';

export type FieldErrors = Record<string, string>;

/** Turns an API error into what a GOV.UK form shows: a summary line and per-field messages. */
export function formErrors(error: unknown, fieldOrder: string[]): { summary: Array<{ field?: string; message: string }>; fields: FieldErrors } {
  if (!CombinedGraphQLErrors.is(error)) return { summary: [{ message: 'Sorry, there is a problem with the service. Try again later.' }], fields: {} };
  const first = error.errors[0];
  const fields = (first?.extensions?.fieldErrors as FieldErrors | undefined) ?? {};
  const ordered = fieldOrder.filter((f) => fields[f]).map((f) => ({ field: f, message: fields[f]! }));
  return { summary: ordered.length ? ordered : [{ message: first?.message ?? 'Something went wrong' }], fields };
}

/** The GOV.UK error summary: focused when it appears, each entry linking to its field. */
export function ErrorSummary({ items }: { items: Array<{ field?: string; message: string }> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={item.field ?? item.message}>{item.field ? <a href={`#${item.field}`}>{item.message}</a> : item.message}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

export function TextInput({ id, label, error, hint, className, ...input }: TextInputProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input className={`govuk-input${error ? ' govuk-input--error' : ''} ${className ?? ''}`} id={id} name={id} aria-describedby={describedBy} {...input} />
    </div>
  );
}
