import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../lib/operations/manifest.ts';
import { ClientOverviewDocument, ClientCountDocument } from '../__generated__/graphql.ts';
import { bearer, fullAccessToken } from '../support/auth.ts';
import { graphql } from '../__generated__/gql.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Trusted documents over real HTTP: with TRUSTED_DOCUMENTS=true the gateway runs the manifest's
 * operations (lib/operations/__generated__/persisted-documents.json) by id and refuses everything
 * else with PERSISTED_QUERY_NOT_IN_LIST (HTTP 400); with the mode off, automatic persisted
 * queries work as before.
 */

graphql(`
  query ClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

const SIZE = { clients: 6, employees: 4, invoices: 10, projects: 4 };
const OVERVIEW_ID = [...loadManifest()].find(([, document]) => document.startsWith('query ClientOverview('))?.[0] ?? '';
const hex = (id: string) => id.replace(/^sha256:/, '');

async function post(stack: Stack, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(await fullAccessToken()), ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] },
  };
}

const codes = (answer: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  answer.body.errors?.map((error) => error.extensions?.code);

describe('with TRUSTED_DOCUMENTS=true', () => {
  let stack: Stack;
  let clientId: string;
  beforeAll(async () => {
    stack = await startStack({ seed: SIZE, env: { TRUSTED_DOCUMENTS: 'true' } });
    clientId = stack.plan?.clients[0]?.id ?? '';
  });
  afterAll(async () => stack.stop());

  it('the manifest holds the headline query under its sha256', () => {
    expect(OVERVIEW_ID).toMatch(/^sha256:[0-9a-f]{64}$/);
    const text = loadManifest().get(OVERVIEW_ID) ?? '';
    expect(createHash('sha256').update(text).digest('hex')).toBe(hex(OVERVIEW_ID));
  });

  it('runs a registered document by documentId, by Apollo persistedQuery hash, and over GET', async () => {
    const byId = await post(stack, { documentId: OVERVIEW_ID, variables: { id: clientId } });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data?.client).toMatchObject({ id: clientId });

    const byHash = await post(stack, {
      extensions: { persistedQuery: { version: 1, sha256Hash: hex(OVERVIEW_ID) } },
      variables: { id: clientId },
    });
    expect([byHash.status, byHash.body.errors]).toEqual([200, undefined]);
    expect(byHash.body.data?.client).toMatchObject({ id: clientId });

    const search = new URLSearchParams({ documentId: hex(OVERVIEW_ID), variables: JSON.stringify({ id: clientId }) });
    const viaGet = await fetch(`${stack.gatewayUrl}?${search.toString()}`, {
      headers: { 'apollo-require-preflight': 'true', ...bearer(await fullAccessToken()) },
    });
    const got = (await viaGet.json()) as { data?: { client?: { id: string } } };
    expect([viaGet.status, got.data?.client?.id]).toEqual([200, clientId]);
  });

  it('refuses an ad-hoc query, an unknown id and an APQ registration with PERSISTED_QUERY_NOT_IN_LIST (400)', async () => {
    const adHoc = await post(stack, { query: print(ClientCountDocument) });
    expect([adHoc.status, codes(adHoc)]).toEqual([400, ['PERSISTED_QUERY_NOT_IN_LIST']]);
    expect(adHoc.body.data).toBeUndefined();

    // The headline query's own text, sent as text, is refused too: the id is what is trusted.
    const text = await post(stack, { query: print(ClientOverviewDocument), variables: { id: clientId } });
    expect([text.status, codes(text)]).toEqual([400, ['PERSISTED_QUERY_NOT_IN_LIST']]);

    const unknown = await post(stack, { documentId: `sha256:${'0'.repeat(64)}` });
    expect([unknown.status, codes(unknown)]).toEqual([400, ['PERSISTED_QUERY_NOT_IN_LIST']]);

    const query = print(ClientCountDocument);
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const register = await post(stack, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect([register.status, codes(register)]).toEqual([400, ['PERSISTED_QUERY_NOT_IN_LIST']]);
  });
});

describe('with TRUSTED_DOCUMENTS off (the default)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seed: SIZE });
  });
  afterAll(async () => stack.stop());

  it('automatic persisted queries work as before: unknown hash, register, then hash alone', async () => {
    const query = print(ClientCountDocument);
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const miss = await post(stack, { extensions: { persistedQuery } });
    expect(codes(miss)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post(stack, { query, extensions: { persistedQuery } });
    expect([registered.status, registered.body.data]).toEqual([200, { clients: { totalCount: SIZE.clients } }]);
    const hit = await post(stack, { extensions: { persistedQuery } });
    expect([hit.status, hit.body.data]).toEqual([200, { clients: { totalCount: SIZE.clients } }]);
    // And an ad-hoc query runs.
    const adHoc = await post(stack, { query });
    expect([adHoc.status, adHoc.body.data]).toEqual([200, { clients: { totalCount: SIZE.clients } }]);
  });
});
