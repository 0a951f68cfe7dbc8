import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type FieldErrors = Record<string, string>;

/** What a GOV.UK form shows for a failed submission: the summary's lines and each field's message. */
export interface FormErrors {
  summary: Array<{ text: string; href?: string }>;
  fields: FieldErrors;
}

/** Fields to flag for a refusal the API gave without per-field errors (a wrong password flags both fields). */
export type RefusalFields = (code: string, message: string) => FieldErrors | undefined;

export const NO_ERRORS: FormErrors = { summary: [], fields: {} };

const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** The id of the input that answers a field ("registeredAddress.city" → "registeredAddress-city"). */
export const fieldId = (field: string) => field.replace(/[^A-Za-z0-9_-]+/g, '-');

/**
 * Turns per-field messages into the summary and inline errors, the summary in the form's order
 * (`fieldOrder`; fields it does not list come after, as the API gave them).
 */
export function fieldFormErrors(fields: FieldErrors, fieldOrder: readonly string[] = [], hrefFor: (field: string) => string = (f) => `#${fieldId(f)}`): FormErrors {
  const names = Object.keys(fields);
  const rank = (f: string) => {
    const i = fieldOrder.findIndex((o) => f === o || f.startsWith(`${o}.`));
    return i < 0 ? fieldOrder.length : i;
  };
  const ordered = names.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i);
  // One line per message: a refusal that flags several fields (wrong email or password) is said once.
  const seen = new Set<string>();
  const summary = ordered.filter(({ f }) => !seen.has(fields[f]!) && seen.add(fields[f]!)).map(({ f }) => ({ text: fields[f]!, href: hrefFor(f) }));
  return { summary, fields };
}

/**
 * Turns what the API answered into form errors: `extensions.fieldErrors` become inline errors and
 * summary links; any other refusal is one summary line with its message; a failure of the network
 * or the service is the GOV.UK "Sorry, there is a problem" line.
 */
export function apiFormErrors(error: unknown, options: { fieldOrder?: readonly string[]; hrefFor?: (field: string) => string; refusalFields?: RefusalFields } = {}): FormErrors {
  const { fieldOrder, hrefFor, refusalFields } = options;
  if (!CombinedGraphQLErrors.is(error)) return { summary: [{ text: SERVICE_PROBLEM }], fields: {} };
  const first = error.errors[0];
  const fields = first?.extensions?.fieldErrors as FieldErrors | undefined;
  if (fields && Object.keys(fields).length) return fieldFormErrors(fields, fieldOrder, hrefFor);
  const code = first?.extensions?.code;
  const refused = first && typeof code === 'string' ? refusalFields?.(code, first.message) : undefined;
  if (refused) return fieldFormErrors(refused, fieldOrder, hrefFor);
  return { summary: [{ text: code === 'INTERNAL_SERVER_ERROR' || !first ? SERVICE_PROBLEM : first.message }], fields: {} };
}

/** A field's inline error, as GOV.UK components take it (`errorMessage`). */
export const inlineError = (errors: FormErrors, field: string) => (errors.fields[field] ? { text: errors.fields[field] } : undefined);
