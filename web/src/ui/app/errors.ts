import { CombinedGraphQLErrors } from '@apollo/client';

/** The `extensions.code` of the first GraphQL error (NOT_FOUND, FORBIDDEN, …); undefined for a network failure. */
export const errorCode = (error: unknown): string | undefined => (CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined);

/**
 * A query the API refused because the thing is not there, or not for this viewer, or the address
 * names no valid id: the page says "Page not found" rather than "Sorry, there is a problem".
 */
export const isNotThere = (error: unknown): boolean => ['NOT_FOUND', 'GONE', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '');
