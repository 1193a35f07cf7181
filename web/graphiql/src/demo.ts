/**
 * What GraphiQL opens with outside production: a demo token from the gateway that served the page
 * (POST /auth/demo-token, every scope), and the id of the client `npm start` prints the headline
 * query for (the first active one), so the headline query runs as it is. Either may be missing
 * (tokens from an identity provider, an empty company): the page then opens without it.
 */

export interface DemoStart {
  /** `{ "Authorization": "Bearer …" }` as the headers editor shows it, or `{}` without a token. */
  headers: string;
  /** `{ "id": "cli_…" }` for the headline query. */
  variables: string;
}

export async function demoStart(): Promise<DemoStart> {
  const token = await demoToken();
  const authorization: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const id = (await firstActiveClient(authorization)) ?? 'cli_…';
  return { headers: JSON.stringify(authorization, null, 2), variables: JSON.stringify({ id }, null, 2) };
}

async function demoToken(): Promise<string | null> {
  const response = await fetch('/auth/demo-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'graphiql' }),
  }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { token?: unknown } | null;
  return response?.ok && typeof body?.token === 'string' ? body.token : null;
}

async function firstActiveClient(headers: Record<string, string>): Promise<string | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ clients(first: 1, status: ACTIVE) { edges { node { id } } } }' }),
  }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { data?: { clients?: { edges?: { node: { id: string } }[] } } } | null;
  return body?.data?.clients?.edges?.[0]?.node.id ?? null;
}
