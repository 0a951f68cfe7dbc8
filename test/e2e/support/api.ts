/** GraphQL through an SPA's own origin (its /graphql proxy), as a signed-in person: for arranging data in journeys. */
export interface ApiSession {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export const DEMO_PASSWORD = 'marketplace demo password';

/** Signs in over the API (the demo password unless another is given: an account a journey created). */
export async function signInOverApi(origin: string, email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  let cookie = '';
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length) cookie = set.join('; ');
    const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (json.errors?.length) throw new Error(`${json.errors[0]!.message} (in ${query.slice(0, 80)})`);
    return json.data;
  };
  await post('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', { e: email, p: password });
  return { gql: async <T>(query: string, variables?: Record<string, unknown>) => (await post(query, variables)) as T };
}
