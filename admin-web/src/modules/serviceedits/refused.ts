import { CombinedGraphQLErrors } from '@apollo/client';

/** A query the API refused because the thing is not there (or not for this viewer): the page says "Page not found". */
export function notThere(error: unknown): boolean {
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  return code === 'NOT_FOUND' || code === 'GONE' || code === 'BAD_USER_INPUT';
}
