import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import { loadConfig } from '../../lib/config.ts';
import type { HttpService } from '../../lib/http/service.ts';
import { CATALOG, subgraphSdl } from '../../lib/schema.ts';
import { graphql } from '../__generated__/gql.ts';
import { tokenFor } from '../support/auth.ts';
import { sourceOf, type Untyped } from '../support/operations.ts';
import { freePort, withTeardown } from '../support/processes.ts';
import type { GraphQLResult } from '../support/stack.ts';
import { tempDir } from '../support/stores.ts';

/**
 * The gateway serves any valid Federation 2 supergraph (SUPERGRAPH_PATH), not only recordgraph's:
 * here two small subgraphs of another make, composed beside the catalog. Their entity types are
 * in no ownership registry; the gateway starts, answers across them, lists their entities with no
 * owner, and its /readyz asks the subgraphs this supergraph names, at the URLs it gives.
 */

const USERS = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query {
    users: [User!]!
  }
  type User @key(fields: "id") {
    id: ID!
    name: String!
  }
`;

const REVIEWS = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query {
    reviews: [Review!]!
  }
  type Review @key(fields: "id") {
    id: ID!
    body: String!
    author: User!
  }
  type User @key(fields: "id") {
    id: ID!
    reviews: [Review!]!
  }
`;

const people = [
  { id: 'u1', name: 'Ada' },
  { id: 'u2', name: 'Grace' },
];
const reviews = [
  { id: 'r1', body: 'Clear books', authorId: 'u1' },
  { id: 'r2', body: 'Fast close', authorId: 'u2' },
];

/** One subgraph on its own Apollo Server, on a free port. */
async function serveSubgraph(typeDefs: string, resolvers: GraphQLResolverMap<unknown>): Promise<{ url: string; server: ApolloServer }> {
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers }) });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, server };
}

const dir = tempDir('recordgraph-foreign-');
let users: { url: string; server: ApolloServer };
let reviewsSubgraph: { url: string; server: ApolloServer };
let gateway: HttpService;
let gatewayUrl = '';
let reader = '';

/**
 * POSTs an operation to the gateway as a reader. The users' and reviews' fields are this foreign
 * supergraph's, not our API's (schema/api.graphql), so operations on them are plain strings with
 * untyped data; only the catalog's `systemOfRecord`, which is ours, is a typed document.
 */
async function query<TResult, TVariables>(operation: TypedDocumentNode<TResult, TVariables>): Promise<GraphQLResult<TResult>>;
async function query(operation: string): Promise<GraphQLResult<Untyped>>;
async function query(operation: TypedDocumentNode<unknown, never> | string): Promise<GraphQLResult<unknown>> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${reader}` },
    body: JSON.stringify({ query: sourceOf(operation) }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<unknown>, 'status'>) };
}

const Inventory = graphql(`
  query ForeignSupergraphInventory {
    systemOfRecord {
      domains {
        name
        writeScope
        owns
      }
      entities {
        typename
        owner
        key
      }
    }
  }
`);

async function readiness(): Promise<{ status: number; body: { status: string; reason?: string; unreachable?: string[] } }> {
  const response = await fetch(new URL('/readyz', gatewayUrl));
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string; unreachable?: string[] } };
}

beforeAll(() =>
  withTeardown(async (defer) => {
    defer(() => dir.remove());
    users = await serveSubgraph(USERS, {
      Query: { users: () => people },
      User: { __resolveReference: (ref: { id: string }) => people.find((person) => person.id === ref.id) ?? null },
    });
    defer(() => users.server.stop());
    reviewsSubgraph = await serveSubgraph(REVIEWS, {
      Query: { reviews: () => reviews },
      Review: { author: (review: { authorId: string }) => ({ __typename: 'User', id: review.authorId }) },
      User: { reviews: (user: { id: string }) => reviews.filter((review) => review.authorId === user.id) },
    });
    defer(() => reviewsSubgraph.server.stop());
    const composition = composeServices([
      { name: CATALOG, url: `in-process:${CATALOG}`, typeDefs: parse(subgraphSdl(CATALOG)) },
      { name: 'users', url: users.url, typeDefs: parse(USERS) },
      { name: 'reviews', url: reviewsSubgraph.url, typeDefs: parse(REVIEWS) },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
    const supergraphPath = join(dir.path, 'supergraph.graphql');
    writeFileSync(supergraphPath, composition.supergraphSdl);
    // recordgraph's own subgraphs are configured at a port where nothing listens: this supergraph does not name them.
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SUPERGRAPH_PATH: supergraphPath,
      ...Object.fromEntries(['CRM', 'ACCOUNTING', 'HR', 'PROJECTS', 'WEBHOOKS'].map((name) => [`${name}_URL`, nowhere])),
    });
    reader = await tokenFor(['read']);
    gateway = createGateway(config);
    defer(() => gateway.stop());
    gatewayUrl = await gateway.listen(0);
  }),
);

describe('a gateway on a supergraph composed elsewhere', () => {
  it('answers a query across its subgraphs, fetched at the URLs the supergraph gives', async () => {
    const result = await query('{ reviews { body author { name reviews { id } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.reviews).toEqual([
      { body: 'Clear books', author: { name: 'Ada', reviews: [{ id: 'r1' }] } },
      { body: 'Fast close', author: { name: 'Grace', reviews: [{ id: 'r2' }] } },
    ]);
  });

  it('lists its entity types in systemOfRecord with no owner, and its subgraphs with no write scope', async () => {
    const result = await query(Inventory);
    expect(result.errors).toBeUndefined();
    expect(result.data?.systemOfRecord.entities).toEqual([
      { typename: 'Review', owner: null, key: ['id'] },
      { typename: 'User', owner: null, key: ['id'] },
    ]);
    expect(result.data?.systemOfRecord.domains).toEqual([
      { name: 'reviews', writeScope: null, owns: [] },
      { name: 'users', writeScope: null, owns: [] },
    ]);
  });

  it('is ready while the subgraphs it names answer, and names the one that stops', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready' } });
    await reviewsSubgraph.server.stop();
    const down = await readiness();
    expect(down).toEqual({
      status: 503,
      body: { status: 'unavailable', reason: 'subgraphs unreachable: reviews', unreachable: ['reviews'] },
    });
    expect(JSON.stringify(down)).not.toMatch(/127\.0\.0\.1|http/);
    // The other subgraph's fields still arrive.
    const partial = await query('{ users { name } }');
    expect(partial.data?.users).toEqual([{ name: 'Ada' }, { name: 'Grace' }]);
  });
});
