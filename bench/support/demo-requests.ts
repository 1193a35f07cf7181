/** What several benchmarks send: the 50-client list and every client's id to ask the headline query about. */

/** The 50-client list: one page of clients with a field from each domain. */
export const LIST = `{ clients(first: 50) { edges { node { id name revenue(months: 12) { amount } projects { name health } accountManager { name } } } totalCount } }`;

const PAGE = `query ($after: String) { clients(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  data?: { clients: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  errors?: unknown[];
}

/** Every client id, paged from `url` (the gateway or the crm subgraph) with `headers` (a token). */
export async function clientIds(url: string, headers: Record<string, string> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: PAGE, variables: { after } }),
    });
    const page = (await response.json()) as Page;
    if (!page.data) throw new Error(`paging clients failed: ${JSON.stringify(page.errors)}`);
    ids.push(...page.data.clients.edges.map((edge) => edge.node.id));
    if (!page.data.clients.pageInfo.hasNextPage) return ids;
    after = page.data.clients.pageInfo.endCursor;
  }
}
