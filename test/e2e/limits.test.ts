import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import {
  aliasedClientPages,
  aliasedClients,
  aliasedWidePages,
  manyShortAliases,
  nestedClientProjects,
} from '../support/hostile-operations.ts';
import { bearer, fullAccessToken } from '../support/auth.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';
import type { Untyped } from '../support/operations.ts';

/**
 * Operation limits (README § Limits and protection): the hostile queries of issue 10 are refused
 * with OPERATION_TOO_COMPLEX, HTTP 400, naming the limit and the figures, at the gateway and at a
 * subgraph called directly, before anything is planned or run; the headline query still passes.
 * Defaults throughout (lib/config.ts).
 */

let stack: Stack;
let clientId: string;

beforeAll(async () => {
  stack = await startStack();
  clientId = stack.plan?.clients[0]?.id ?? '';
  return () => stack.stop();
});

function expectRefused(result: GraphQLResult<Untyped>, limit: string, figures: { value?: number; max: number }) {
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  const extensions = result.errors?.[0]?.extensions ?? {};
  expect(extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', limit, max: figures.max });
  expect(extensions.value).toBeGreaterThan(figures.max);
  if (figures.value !== undefined) expect(extensions.value).toBe(figures.value);
}

describe('the gateway refuses hostile operations before planning', () => {
  it('depth 50 of client → projects → client …', async () => {
    expectRefused(await stack.query(nestedClientProjects(clientId, 50)), 'depth', { value: 52, max: 10 });
  });

  it('depth 10 of the same shape', async () => {
    expectRefused(await stack.query(nestedClientProjects(clientId, 10)), 'depth', { value: 12, max: 10 });
  });

  it('one wide page is refused by its cost: `first` multiplies', async () => {
    expectRefused(await stack.query(aliasedWidePages(1).replace('first: 200', 'first: 500')), 'cost', { max: 50_000 });
  });

  it('10,000 aliases of client(id): the parser stops at the token limit', async () => {
    const query = aliasedClients(clientId, 10_000);
    expect(query.length).toBeGreaterThan(800_000);
    expectRefused(await stack.query(query), 'tokens', { value: 2_001, max: 2_000 });
  });

  it('50,000 aliases: a coded 400, not the planner’s 500', async () => {
    expectRefused(await stack.query(manyShortAliases(50_000), { id: clientId }), 'tokens', { value: 2_001, max: 2_000 });
  });

  it('1,000 aliases of clients(first: 50) { … revenue }', async () => {
    expectRefused(await stack.query(aliasedClientPages(1_000)), 'tokens', { max: 2_000 });
  });

  it('aliases and root fields, each under the token limit', async () => {
    expectRefused(await stack.query(aliasedClients(clientId, 31).replaceAll(' name status', '')), 'aliases', { value: 31, max: 30 });
    const roots = Array.from({ length: 21 }, (_, index) => `r${index}: clients(first: 1) { totalCount }`).join(' ');
    expectRefused(await stack.query(`{ ${roots} }`), 'rootFields', { value: 21, max: 20 });
  });

  it('20 aliases of clients(first: 200) with projects and invoices: refused by cost', async () => {
    expectRefused(await stack.query(aliasedWidePages(20)), 'cost', { max: 50_000 });
  });

  it('directives', async () => {
    const skips = Array.from({ length: 21 }, () => '@skip(if: false)').join(' ');
    expectRefused(await stack.query(`{ clients(first: 1) ${skips} { totalCount } }`), 'directives', { value: 21, max: 20 });
  });

  it('a refused mutation writes nothing', async () => {
    const name = `Refused ${Date.now()}`;
    const creates = Array.from({ length: 31 }, (_, index) => `m${index}: createClient(input: { name: "${name}" }) { id }`).join(' ');
    expectRefused(await stack.query(`mutation { ${creates} }`), 'aliases', { value: 31, max: 30 });
    const after = await stack.query(`{ clients(first: 500) { edges { node { name } } } }`);
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.data)).not.toContain(name);
  });

  it('a persisted query replayed by its hash is measured with the variables it is sent with', async () => {
    const query = aliasedWidePages(20).replace('query Wide {', 'query Wide($n: Int) {').replaceAll('first: 200', 'first: $n');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const send = async (body: Record<string, unknown>) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(await fullAccessToken()) },
        body: JSON.stringify(body),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<Untyped>, 'status'>) };
    };
    const registered = await send({ query, variables: { n: 1 }, extensions });
    expect(registered.status).toBe(200);
    expect(registered.errors).toBeUndefined();
    expectRefused(await send({ variables: { n: 200 }, extensions }), 'cost', { max: 50_000 });
    // The text again, measured before Apollo: a remembered document's cost still follows its variables.
    expectRefused(await send({ query, variables: { n: 200 } }), 'cost', { max: 50_000 });
    expect((await send({ query, variables: { n: 1 } })).errors).toBeUndefined();
  });

  it('the headline query still passes', async () => {
    const result = await stack.query(ClientOverviewDocument, { id: clientId });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.client?.id).toBe(clientId);
    expect(result.data?.clients.edges).toHaveLength(50);
  });
});

describe('a subgraph called directly refuses them too', () => {
  it('depth 50 through the projects subgraph’s own Client.projects', async () => {
    let inner = 'id';
    for (let level = 50; level >= 1; level--) inner = `${level % 2 === 1 ? 'projects' : 'client'} { ${inner} }`;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { ${inner} } } }`;
    const result = await stack.queryAt(stack.urls.projects, query, { r: [{ __typename: 'Client', id: clientId }] });
    expectRefused(result, 'depth', { value: 52, max: 10 });
  });

  it('10,000 aliases of client(id) at crm', async () => {
    expectRefused(await stack.queryAt(stack.urls.crm, aliasedClients(clientId, 10_000)), 'tokens', { value: 2_001, max: 2_000 });
  });

  it('50,000 aliases at crm', async () => {
    expectRefused(await stack.queryAt(stack.urls.crm, manyShortAliases(50_000), { id: clientId }), 'tokens', { value: 2_001, max: 2_000 });
  });

  it('20 aliases of clients(first: 200) with invoices at accounting’s _entities: the representations are counted', async () => {
    const representations = Array.from({ length: 200 }, () => ({ __typename: 'Client', id: clientId }));
    const page = 'invoices { edges { node { id number status total { amount currencyCode } } } }';
    const fields = Array.from({ length: 20 }, (_, index) => `e${index}: _entities(representations: $r) { ... on Client { ${page} } }`);
    const result = await stack.queryAt(stack.urls.accounting, `query ($r: [_Any!]!) { ${fields.join(' ')} }`, { r: representations });
    expectRefused(result, 'cost', { max: 50_000 });
  });

  it('one client’s invoices at accounting still pass', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { invoices(first: 5) { totalCount } } } }`;
    const result = await stack.queryAt(stack.urls.accounting, query, { r: [{ __typename: 'Client', id: clientId }] });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });
});

describe('the response-size ceiling', () => {
  const maxResponseBytes = 5_000;
  let url: string;

  beforeAll(async () => {
    // A gateway of its own with a small ceiling, over the same subgraphs.
    const gateway = createGateway({ ...stack.config, subgraphUrls: stack.urls, limits: { ...stack.config.limits, maxResponseBytes } });
    url = await gateway.listen(0);
    return () => gateway.stop();
  });

  it('an answer over it is RESPONSE_TOO_LARGE, HTTP 400, with the figures; a small one passes', async () => {
    const big = await stack.queryAt(url, ClientOverviewDocument, { id: clientId });
    expect(big.status).toBe(400);
    expect(big.data).toBeUndefined();
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', max: maxResponseBytes });
    expect(big.errors?.[0]?.extensions?.value).toBeGreaterThan(maxResponseBytes);
    const small = await stack.queryAt(url, `{ clients(first: 1) { totalCount } }`);
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
  });
});
