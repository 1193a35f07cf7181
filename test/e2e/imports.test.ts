import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, until } from '../gateway/entity-cache/support.ts';
import { importMutation, type ImportReport } from '../support/imports.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * The import API through the gateway, with its entity cache on (the default): what an import
 * writes is named in the mutation's answer (extensions.recordgraphWrites, as the subgraph sends it
 * to the gateway) and shows at once in a read the gateway had cached.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: null });
  await until(async () => (await counters(stack.gatewayUrl)).following, 'the entity cache to follow the bus');
});
afterAll(async () => {
  await stack.stop();
});

const CLIENT = /* GraphQL */ `
  query ImportedClient($id: ID!) {
    client(id: $id) {
      name
      version
      outstanding {
        amount
      }
      invoices {
        totalCount
      }
    }
  }
`;

interface ClientView {
  name: string;
  version: number;
  outstanding: { amount: string };
  invoices: { totalCount: number };
}

async function view(id: string): Promise<ClientView> {
  const answer = await stack.query(CLIENT, { id });
  expect(answer.errors).toBeUndefined();
  return answer.data?.client as ClientView;
}

type Written = { entityType: string; entityId: string; entityVersion: number }[];

/** Runs an import through the gateway. */
async function importVia(field: string, rowType: string, rows: Record<string, unknown>[]) {
  const answer = (await stack.query(importMutation(field, rowType), { system: 'hubspot', rows })) as GraphQLResult<
    Record<string, ImportReport>
  > & {
    extensions?: { recordgraphWrites?: Written };
  };
  expect(answer.errors).toBeUndefined();
  return { report: answer.data?.[field] as ImportReport };
}

describe('imports through the gateway', () => {
  it('name their writes, and a cached read shows an imported change at once', async () => {
    const clients = await importVia('importClients', 'ClientImportRow', [{ externalId: 'G-1', name: 'Gateway Ltd', status: 'ACTIVE' }]);
    expect(clients.report).toMatchObject({ created: 1 });
    const clientId = clients.report.rows[0]?.id ?? '';
    // Read twice: the second answer comes from the cache.
    await view(clientId);
    const hits = (await counters(stack.gatewayUrl)).hits + (await counters(stack.gatewayUrl)).answerHits;
    expect(await view(clientId)).toMatchObject({
      name: 'Gateway Ltd',
      version: 1,
      outstanding: { amount: '0.00' },
      invoices: { totalCount: 0 },
    });
    const after = await counters(stack.gatewayUrl);
    expect(after.hits + after.answerHits).toBeGreaterThan(hits);

    const dropped = after.writeInvalidations;
    const renamed = await importVia('importClients', 'ClientImportRow', [
      { externalId: 'G-1', name: 'Gateway Holdings', status: 'ACTIVE' },
    ]);
    expect(renamed.report.rows[0]).toMatchObject({ outcome: 'UPDATED', changedFields: ['name'] });
    expect((await counters(stack.gatewayUrl)).writeInvalidations).toBeGreaterThan(dropped);
    expect(await view(clientId)).toMatchObject({ name: 'Gateway Holdings', version: 2 });

    const invoices = await importVia('importInvoices', 'InvoiceImportRow', [
      {
        externalId: 'I-1',
        clientExternalId: { system: 'hubspot', id: 'G-1' },
        currencyCode: 'USD',
        lines: [{ description: 'Setup', quantity: '1', unitPrice: '500.00' }],
        status: 'SENT',
      },
    ]);
    expect(invoices.report).toMatchObject({ created: 1, refused: 0 });
    expect(await view(clientId)).toMatchObject({ outstanding: { amount: '500.00' }, invoices: { totalCount: 1 } });
  });

  it('name every entity they wrote, at its last version, in the answer the gateway reads (extensions.recordgraphWrites)', async () => {
    // The gateway reads the extension from the subgraph's answer (its invalidations above) and does not pass it on: asked of the subgraph here.
    const answer = (await stack.queryAt(stack.urls.accounting, importMutation('importInvoices', 'InvoiceImportRow'), {
      system: 'hubspot',
      rows: [
        {
          externalId: 'I-2',
          clientExternalId: { system: 'hubspot', id: 'G-1' },
          currencyCode: 'USD',
          lines: [{ description: 'Support', quantity: '2', unitPrice: '50.00' }],
          status: 'PAID',
        },
        { externalId: 'I-3', clientExternalId: { system: 'hubspot', id: 'nobody' }, currencyCode: 'USD', lines: [] },
      ],
    })) as GraphQLResult<{ importInvoices: ImportReport }> & { extensions?: { recordgraphWrites?: Written } };
    expect(answer.errors).toBeUndefined();
    const invoiceId = answer.data?.importInvoices.rows[0]?.id;
    const writes = answer.extensions?.recordgraphWrites ?? [];
    // Created, issued and paid: three versions of the invoice, one payment; nothing of the refused row.
    expect(writes.filter((write) => write.entityType === 'Invoice').map((write) => [write.entityId, write.entityVersion])).toEqual([
      [invoiceId, 1],
      [invoiceId, 2],
      [invoiceId, 3],
    ]);
    expect(writes.filter((write) => write.entityType === 'Payment')).toHaveLength(1);
  });
});
