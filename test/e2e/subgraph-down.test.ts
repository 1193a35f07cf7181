import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * One domain down: the gateway still answers with the other domains' fields, null where the
 * stopped one's would be, and one SUBGRAPH_UNAVAILABLE error per failed fetch naming the domain,
 * never its URL, body or stack.
 */

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

/** Any string or array, for an assertion's expected value (`expect.any` is typed `any`). */
const ANY_STRING: unknown = expect.any(String);
const ANY_ARRAY: unknown = expect.any(Array);

const ClientNameAndProjects = graphql(`
  query SubgraphDownClientNameAndProjects($id: ID!) {
    client(id: $id) {
      name
      projects {
        id
      }
    }
  }
`);

const CreateInvoice = graphql(`
  mutation SubgraphDownCreateInvoice($c: ID!) {
    createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: "10" }] }) {
      id
    }
  }
`);

const InvoiceCount = graphql(`
  query SubgraphDownInvoiceCount {
    invoices {
      totalCount
    }
  }
`);

function firstActiveClient(s: Stack): string {
  const client = s.plan?.clients.find((c) => c.status === 'ACTIVE' && c.accountManagerId);
  if (!client) throw new Error('no active client in the plan');
  return client.id;
}

function expectNoLeaks(s: Stack, errors: unknown) {
  const text = JSON.stringify(errors);
  for (const url of Object.values(s.urls)) expect(text).not.toContain(new URL(url).host);
  expect(text).not.toMatch(/stacktrace|ECONNREFUSED|127\.0\.0\.1|localhost/);
}

describe('a stopped subgraph', () => {
  it('accounting down: revenue, outstanding and invoices are null, everything else arrives', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('accounting');
    const result = await s.query(ClientOverviewDocument, { id: firstActiveClient(s) });
    expect(result.status).toBe(200);
    expect(result.data?.client).toMatchObject({ id: firstActiveClient(s), revenue: null, outstanding: null, invoices: null });
    expect(result.data?.client?.name).toEqual(ANY_STRING);
    expect(result.data?.client?.accountManager).toMatchObject({ name: ANY_STRING });
    expect(result.data?.client?.projects).toEqual(ANY_ARRAY);
    expect(result.data?.clients.totalCount).toBe(s.plan?.clients.length);
    // Two fetches go to accounting: the client's money (with `overdue` for renewal) and the list's revenue.
    const codes = result.errors?.map((error) => [error.extensions?.code, error.extensions?.subgraph]);
    expect(codes).toEqual([
      ['SUBGRAPH_UNAVAILABLE', 'accounting'],
      ['SUBGRAPH_UNAVAILABLE', 'accounting'],
    ]);
    expect(result.data?.client?.renewal).toBeNull();
    expect(result.errors?.[0]?.message).toBe('The accounting subgraph is unavailable');
    expectNoLeaks(s, result.errors);
  });

  it('hr down: the account manager and project leads are null, the rest arrives', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('hr');
    const result = await s.query(ClientOverviewDocument, { id: firstActiveClient(s) });
    expect(result.data?.client?.accountManager).toBeNull();
    expect(result.data?.client?.revenue).toEqual({ amount: ANY_STRING, currencyCode: 'USD' });
    expect(new Set(result.errors?.map((error) => `${String(error.extensions?.code)}:${String(error.extensions?.subgraph)}`))).toEqual(
      new Set(['SUBGRAPH_UNAVAILABLE:hr']),
    );
    expectNoLeaks(s, result.errors);
  });

  it('projects down: projects and renewal are null, money and people arrive', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('projects');
    const result = await s.query(ClientOverviewDocument, { id: firstActiveClient(s) });
    expect(result.data?.client).toMatchObject({ projects: null, renewal: null, revenue: { currencyCode: 'USD' } });
    expect(result.data?.client?.accountManager).not.toBeNull();
    expect(result.errors?.map((error) => `${String(error.extensions?.code)}:${String(error.extensions?.subgraph)}`)).toEqual([
      'SUBGRAPH_UNAVAILABLE:projects',
    ]);
    expectNoLeaks(s, result.errors);
  });

  it('the gateway starts while a subgraph is already down, and answers the rest', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('hr');
    const gateway = createGateway({ ...s.config, subgraphUrls: s.urls });
    try {
      const url = await gateway.listen(0);
      const body = await s.queryAt(url, ClientOverviewDocument, { id: firstActiveClient(s) }, { token: null });
      expect(body.data?.client?.name).toEqual(ANY_STRING);
      expect(body.data?.client?.accountManager).toBeNull();
      // Two fetches go to hr: the account manager, and the project leads.
      expect(body.errors?.map((error) => error.extensions)).toEqual([
        { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'hr' },
        { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'hr' },
      ]);
    } finally {
      await gateway.stop();
    }
  });

  it('a subgraph that does not answer in time is GATEWAY_TIMEOUT, naming it', async () => {
    const s = (stack = await startStack());
    // Accepts connections and never responds: a hung domain.
    const hung = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const port = (hung.address() as AddressInfo).port;
    const gateway = createGateway({
      ...s.config,
      subgraphTimeoutMs: 300,
      subgraphUrls: { ...s.urls, projects: `http://127.0.0.1:${port}/graphql` },
    });
    try {
      const url = await gateway.listen(0);
      const started = Date.now();
      const body = await s.queryAt(url, ClientNameAndProjects, { id: firstActiveClient(s) }, { token: null });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(body.data?.client).toMatchObject({ name: ANY_STRING, projects: null });
      expect(body.errors).toEqual([
        { message: 'The projects subgraph did not answer in time', extensions: { code: 'GATEWAY_TIMEOUT', subgraph: 'projects' } },
      ]);
    } finally {
      await gateway.stop();
      hung.closeAllConnections();
      hung.close();
    }
  });

  it('crm down: the client is null with one error naming crm', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('crm');
    const result = await s.query(ClientOverviewDocument, { id: firstActiveClient(s) });
    expect(result.data?.client ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(result.errors?.every((error) => error.extensions?.subgraph === 'crm')).toBe(true);
    expectNoLeaks(s, result.errors);
  });

  it('a write that must check a reference with a stopped owner is refused and stores nothing', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('crm');
    const result = await s.query(CreateInvoice, { c: firstActiveClient(s) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'crm' });
    const count = await s.query(InvoiceCount);
    expect(count.data?.invoices.totalCount).toBe(s.plan?.invoices.length);
  });
});
