import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { NO_ERRORS, apiFormErrors, fieldFormErrors, type FieldErrors, type FormErrors, type RefusalFields } from './formErrors';

export interface FormOptions {
  /** The form's fields in page order: the error summary lists them so. */
  fieldOrder?: readonly string[];
  /** Where a summary line links for a field (default `#<field id>`). */
  hrefFor?: (field: string) => string;
  /** Fields to flag when the API refuses without per-field errors. */
  refusalFields?: RefusalFields;
}

export interface FormMutationOptions extends FormOptions {
  refetchQueries?: useMutation.Options['refetchQueries'];
  awaitRefetchQueries?: boolean;
}

export interface FormAction<TData, TVariables> {
  /**
   * Submits: with `clientErrors` (checks done in the browser) it shows those and sends nothing;
   * otherwise it asks the API and shows what it refused. Resolves to the data, or null.
   */
  submit: (variables: TVariables, clientErrors?: FieldErrors) => Promise<TData | null>;
  errors: FormErrors;
  /** Counts submissions that ended in errors: the error summary takes focus once for each. */
  submission: number;
  loading: boolean;
  hasErrors: boolean;
  clear: () => void;
}

/**
 * A form's submission to the API: refusals become the GOV.UK error summary and inline errors. The
 * typed answers are the form's own state and stay as they were.
 */
export function useFormAction<TData, TVariables>(run: (variables: TVariables) => Promise<TData>, options: FormOptions = {}): FormAction<TData, TVariables> {
  const { fieldOrder, hrefFor, refusalFields } = options;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submission, setSubmission] = useState(0);
  const [loading, setLoading] = useState(false);

  const submit = useCallback(
    async (variables: TVariables, clientErrors?: FieldErrors): Promise<TData | null> => {
      const refuse = (next: FormErrors) => {
        setErrors(next);
        setSubmission((n) => n + 1);
        return null;
      };
      if (clientErrors && Object.keys(clientErrors).length) return refuse(fieldFormErrors(clientErrors, fieldOrder, hrefFor));
      setLoading(true);
      try {
        const data = await run(variables);
        setErrors(NO_ERRORS);
        return data;
      } catch (error) {
        return refuse(apiFormErrors(error, { fieldOrder, hrefFor, refusalFields }));
      } finally {
        setLoading(false);
      }
    },
    [run, fieldOrder, hrefFor, refusalFields],
  );

  return { submit, errors, submission, loading, hasErrors: errors.summary.length > 0, clear: () => setErrors(NO_ERRORS) };
}

/** The base of every `use<Verb><Noun>` form hook: a mutation submitted by a form. */
export function useFormMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: FormMutationOptions = {},
): FormAction<TData, TVariables> {
  const { refetchQueries, awaitRefetchQueries, ...form } = options;
  const [mutate] = useMutation(document, { refetchQueries, awaitRefetchQueries });
  const run = useCallback(
    async (variables: TVariables) => {
      // Apollo's conditional options type cannot be met by a generic caller; the variables are typed above.
      const result = await (mutate as (options: { variables: TVariables }) => ReturnType<typeof mutate>)({ variables });
      if (result.error) throw result.error;
      return result.data as TData;
    },
    [mutate],
  );
  return useFormAction(run, form);
}

/** A form whose step is a check the API answers (a query, never cached): e.g. "is this DUNS number free?". */
export function useFormQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: FormOptions = {},
): FormAction<TData, TVariables> {
  const client = useApolloClient();
  const run = useCallback(
    async (variables: TVariables) => {
      const result = await client.query({ query: document, variables, fetchPolicy: 'network-only' } as Parameters<typeof client.query<TData, TVariables>>[0]);
      if (result.error) throw result.error;
      return result.data as TData;
    },
    [client, document],
  );
  return useFormAction(run, options);
}

/**
 * A page of a content form's save, as QuestionPage takes it: the mutation with the page's changed
 * answers added to the variables that name what is saved (a draft's id, a framework's slug). It
 * resolves when saved and throws the API's refusal, which QuestionPage shows.
 */
export function useSaveAnswers<TData, TVariables extends OperationVariables & { answers: unknown }>(
  document: TypedDocumentNode<TData, TVariables>,
  target: NoInfer<Omit<TVariables, 'answers'>>,
  options: Pick<FormMutationOptions, 'refetchQueries' | 'awaitRefetchQueries'> = {},
): (answers: Record<string, unknown>) => Promise<TData> {
  const [mutate] = useMutation(document, options);
  const key = JSON.stringify(target);
  return useCallback(
    async (answers: Record<string, unknown>) => {
      const variables = { ...(JSON.parse(key) as Omit<TVariables, 'answers'>), answers } as unknown as TVariables;
      const result = await (mutate as (options: { variables: TVariables }) => ReturnType<typeof mutate>)({ variables });
      if (result.error) throw result.error;
      return result.data as TData;
    },
    [mutate, key],
  );
}
