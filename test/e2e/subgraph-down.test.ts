import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_OVERVIEW } from '../../lib/operations/index.ts';
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
    const result = await s.query<{ client: Record<string, unknown>; clients: { totalCount: number } }>(CLIENT_OVERVIEW, {
      id: firstActiveClient(s),
    });
    expect(result.status).toBe(200);
    expect(result.data?.client).toMatchObject({ id: firstActiveClient(s), revenue: null, outstanding: null, invoices: null });
    expect(result.data?.client.name).toEqual(expect.any(String));
    expect(result.data?.client.accountManager).toMatchObject({ name: expect.any(String) });
    expect(result.data?.client.projects).toEqual(expect.any(Array));
    expect(result.data?.clients.totalCount).toBe(s.plan?.clients.length);
    const codes = result.errors?.map((error) => [error.extensions?.code, error.extensions?.subgraph]);
    expect(codes?.length).toBeGreaterThan(0);
    for (const code of codes ?? []) expect(code).toEqual(['SUBGRAPH_UNAVAILABLE', 'accounting']);
    expect(result.errors?.[0]?.message).toBe('The accounting subgraph is unavailable');
    expectNoLeaks(s, result.errors);
  });

  it('hr down: the account manager and project leads are null, the rest arrives', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('hr');
    const result = await s.query<{ client: { accountManager: unknown; revenue: unknown; name: string } }>(CLIENT_OVERVIEW, {
      id: firstActiveClient(s),
    });
    expect(result.data?.client.accountManager).toBeNull();
    expect(result.data?.client.revenue).toEqual({ amount: expect.any(String), currencyCode: 'USD' });
    expect(new Set(result.errors?.map((error) => `${error.extensions?.code}:${error.extensions?.subgraph}`))).toEqual(
      new Set(['SUBGRAPH_UNAVAILABLE:hr']),
    );
    expectNoLeaks(s, result.errors);
  });

  it('crm down: the client is null with one error naming crm', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('crm');
    const result = await s.query<{ client: unknown }>(CLIENT_OVERVIEW, { id: firstActiveClient(s) });
    expect(result.data?.client ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(result.errors?.every((error) => error.extensions?.subgraph === 'crm')).toBe(true);
    expectNoLeaks(s, result.errors);
  });

  it('a write that must check a reference with a stopped owner is refused and stores nothing', async () => {
    const s = (stack = await startStack());
    await s.stopSubgraph('crm');
    const result = await s.query(
      `mutation ($c: ID!) { createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: "10" }] }) { id } }`,
      { c: firstActiveClient(s) },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'crm' });
    const count = await s.query<{ invoices: { totalCount: number } }>(`{ invoices { totalCount } }`);
    expect(count.data?.invoices.totalCount).toBe(s.plan?.invoices.length);
  });
});
