import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSubgraph } from '../../cli/services.ts';
import { openBus } from '../../lib/events/open.ts';
import { FOREIGN_KEYS } from '../../lib/events/references.ts';
import { createSubgraphService } from '../../lib/subgraph.ts';
import { graphql } from '../__generated__/gql.ts';
import { eventually } from '../support/nats.ts';
import { snapshotStore, snapshotStores, type Snapshot } from '../support/snapshot.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Merging two clients of the demo company through the gateway (README § Duplicates and merging
 * clients): the CRM moves its own rows, accounting and projects re-point theirs when they hear
 * `Client.merged`, and afterwards no client reference in any store names the merged client or a
 * client that does not exist, and the survivor's revenue and outstanding are the sums of both.
 * Then a merge made while projects is stopped, which projects catches up on when it returns.
 * On SQLite, and on PostgreSQL in the `postgres` project.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ env: { OUTBOX_POLL_MS: '50', EVENT_POLL_MS: '20' } });
});
afterAll(() => stack.stop());

const Clients = graphql(`
  query MergeE2eClients {
    clients(first: 100) {
      edges {
        node {
          id
          activeContract {
            id
          }
          projects {
            id
          }
          invoices(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

const Figures = graphql(`
  query MergeE2eFigures($id: ID!) {
    client(id: $id) {
      id
      revenue(months: 12) {
        amount
      }
      outstanding {
        amount
      }
      projects {
        id
      }
      invoices(first: 1) {
        totalCount
      }
    }
  }
`);

const CancelContract = graphql(`
  mutation MergeE2eCancelContract($id: ID!) {
    cancelContract(id: $id) {
      status
    }
  }
`);

const MergeClients = graphql(`
  mutation MergeE2eMerge($survivorId: ID!, $mergedId: ID!) {
    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {
      id
      status
    }
  }
`);

const CreateInvoice = graphql(`
  mutation MergeE2eCreateInvoice($clientId: ID!) {
    createInvoice(
      input: { clientId: $clientId, currencyCode: "USD", lines: [{ description: "Late", quantity: "1", unitPrice: "10.00" }] }
    ) {
      id
    }
  }
`);

function dataOf<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error(`no data (status ${result.status})`);
  return result.data;
}

/** Two clients that each have invoices and projects and are not in `taken`; the merged one's ACTIVE contract cancelled. */
async function pickPair(taken: Set<string>): Promise<{ survivorId: string; mergedId: string }> {
  const candidates = dataOf(await stack.query(Clients)).clients.edges.filter(
    ({ node }) => !taken.has(node.id) && (node.projects?.length ?? 0) > 0 && (node.invoices?.totalCount ?? 0) > 0,
  );
  const [survivor, merged] = candidates;
  if (!survivor || !merged) throw new Error('the demo company has no two clients with invoices and projects');
  // A client has one ACTIVE contract at a time: the merged client's would be the survivor's second.
  if (merged.node.activeContract) dataOf(await stack.query(CancelContract, { id: merged.node.activeContract.id }));
  taken.add(survivor.node.id).add(merged.node.id);
  return { survivorId: survivor.node.id, mergedId: merged.node.id };
}

interface Figures {
  revenue: bigint;
  outstanding: bigint;
  projects: string[];
  invoices: number;
}

/** Decimal amounts of the reporting currency (two places) as cents. */
function cents(amount: string | undefined): bigint {
  const [whole = '0', fraction = ''] = (amount ?? '0').split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}

async function figures(id: string): Promise<Figures & { id: string }> {
  const client = dataOf(await stack.query(Figures, { id })).client;
  if (!client) throw new Error(`client ${id} not found`);
  return {
    id: client.id,
    revenue: cents(client.revenue?.amount),
    outstanding: cents(client.outstanding?.amount),
    projects: (client.projects ?? []).map((project) => project.id).sort(),
    invoices: client.invoices?.totalCount ?? 0,
  };
}

/** Every value of every column that names a client (lib/events/references.ts), in every store, with where it is. */
function clientReferences(stores: Snapshot): { where: string; id: string }[] {
  const found: { where: string; id: string }[] = [];
  for (const [table, rows] of Object.entries(stores)) {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (FOREIGN_KEYS[column] === 'Client' && typeof value === 'string') found.push({ where: `${table}.${column}`, id: value });
      }
    }
  }
  return found;
}

/** References to a client the CRM does not have as a live client: merged ones, and ones it never had. */
function badReferences(stores: Snapshot): { where: string; id: string }[] {
  const live = new Set((stores['crm.clients'] ?? []).filter((row) => row.status !== 'MERGED').map((row) => row.id));
  return clientReferences(stores).filter((reference) => !live.has(reference.id));
}

function rowsNaming(stores: Snapshot, table: string, clientId: string): number {
  return (stores[table] ?? []).filter((row) => row.client_id === clientId).length;
}

const taken = new Set<string>();

describe('a merge through the gateway', () => {
  it('leaves no reference to the merged client in any store, and the survivor adds up both', async () => {
    const { survivorId, mergedId } = await pickPair(taken);
    const [survivor, merged] = [await figures(survivorId), await figures(mergedId)];
    expect(badReferences(await snapshotStores(stack))).toEqual([]);

    expect(dataOf(await stack.query(MergeClients, { survivorId, mergedId })).mergeClients.id).toBe(survivorId);

    await eventually(async () => {
      const stores = await snapshotStores(stack);
      return rowsNaming(stores, 'accounting.invoices', mergedId) === 0 && rowsNaming(stores, 'projects.projects', mergedId) === 0;
    }, 'accounting and projects re-pointed their rows');
    const stores = await snapshotStores(stack);
    expect(clientReferences(stores).filter((reference) => reference.id === mergedId)).toEqual([]);
    expect(badReferences(stores)).toEqual([]);
    // Each domain re-pointed through its own writes, audited as its rule.
    const repointed = (domain: string) =>
      (stores[`${domain}.audit_log`] ?? []).filter((row) => row.mutation === `${domain}.repointMergedClient`).length;
    expect(repointed('accounting')).toBe(merged.invoices);
    expect(repointed('projects')).toBe(merged.projects.length);

    // The merged id answers the survivor; both add up once the re-pointing events have reached the gateway's cache.
    const expected = {
      revenue: survivor.revenue + merged.revenue,
      outstanding: survivor.outstanding + merged.outstanding,
      projects: [...survivor.projects, ...merged.projects].sort(),
      invoices: survivor.invoices + merged.invoices,
    };
    await eventually(async () => {
      const now = await figures(survivorId);
      return now.revenue === expected.revenue && now.outstanding === expected.outstanding;
    }, "the survivor's revenue and outstanding add up both clients'");
    expect(await figures(survivorId)).toEqual({ id: survivorId, ...expected });
    expect(await figures(mergedId)).toEqual({ id: survivorId, ...expected });

    // Nothing new may point at the merged client: its owner answers with the survivor, and the write is refused.
    const before = await snapshotStores(stack);
    const late = await stack.query(CreateInvoice, { clientId: mergedId });
    expect(late.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['REFERENCE_NOT_FOUND', `Client ${mergedId} was merged into ${survivorId}; use that id (input.clientId)`],
    ]);
    expect(await snapshotStores(stack)).toEqual(before);
  });
});

describe('a merge while projects is stopped', () => {
  it('is caught up on by projects when it returns', async () => {
    const { survivorId, mergedId } = await pickPair(taken);
    const merged = await figures(mergedId);
    const projectsUrl = new URL(stack.urls.projects);
    await stack.stopSubgraph('projects');

    dataOf(await stack.query(MergeClients, { survivorId, mergedId }));
    await eventually(
      async () => rowsNaming(await snapshotStore(stack.config.databaseUrls.accounting), 'invoices', mergedId) === 0,
      'accounting re-pointed its invoices',
    );
    // projects heard nothing while it was down: its rows still name the merged client.
    expect(rowsNaming(await snapshotStore(stack.config.databaseUrls.projects), 'projects', mergedId)).toBe(merged.projects.length);

    // Back on the same port, with the same store and bus: its consumer resumes where it stopped.
    const bus = await openBus(stack.config.events);
    const projects = await openSubgraph('projects', stack.config, stack.urls, { bus });
    const service = createSubgraphService(projects, stack.config);
    try {
      await service.listen(Number(projectsUrl.port), projectsUrl.hostname);
      await eventually(
        async () => rowsNaming(await snapshotStore(stack.config.databaseUrls.projects), 'projects', mergedId) === 0,
        'projects caught up and re-pointed its projects',
      );
      expect(badReferences(await snapshotStores(stack))).toEqual([]);
      expect((await figures(mergedId)).projects).toEqual(expect.arrayContaining(merged.projects));
    } finally {
      await service.stop();
      await bus.close();
    }
  });
});
