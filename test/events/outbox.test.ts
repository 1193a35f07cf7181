import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventBus } from '../../lib/events/bus.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import { platformOf, type PlatformTables } from '../../lib/store/platform.ts';
import { OutboxRelay } from '../../lib/events/relay.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { clients } from '../../subgraphs/crm/store/clients.ts';
import type { CrmDatabase } from '../../subgraphs/crm/store/schema.ts';
import { graphql } from '../__generated__/gql.ts';
import { TEST_STORE } from '../support/stores.ts';
import { openTestSubgraph, tempDir, type TestSubgraph } from '../support/subgraphs.ts';

/**
 * The transactional outbox on the store this run uses (SQLite, or PostgreSQL in the postgres
 * project): every committed write leaves exactly one outbox row beside its audit row, a refused
 * or rolled-back one leaves none, and the relay publishes them in write order, at least once.
 */

let crm: TestSubgraph;
let store: Database<CrmDatabase>;
const dir = tempDir('recordgraph-outbox-');
let busCount = 0;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  store = await openDatabase<CrmDatabase>({ url: crm.databaseUrl, migrations: crmSubgraph.migrations, poolSize: 2 }).catch(
    async (error: unknown) => {
      await crm.close();
      throw error;
    },
  );
  return async () => {
    await store.close();
    await crm.close();
    dir.remove();
  };
});

function freshBus(): LocalBus {
  busCount += 1;
  return new LocalBus({ path: join(dir.path, `bus-${busCount}.sqlite`), pollMs: 20 });
}

async function outboxRows() {
  return store.db.selectFrom('outbox').innerJoin('audit_log', 'audit_log.id', 'outbox.audit_id').selectAll().orderBy('seq').execute();
}

const CreateClient = graphql(`
  mutation OutboxCreateClient($name: String!, $country: String!) {
    createClient(input: { name: $name, country: $country }) {
      id
    }
  }
`);

const RenameClient = graphql(`
  mutation OutboxRenameClient($id: ID!, $name: String!, $expectedVersion: Int) {
    updateClient(id: $id, input: { name: $name }, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

const HireEmployee = graphql(`
  mutation OutboxHireEmployee {
    hireEmployee(
      input: {
        name: "Grace Hopper"
        email: "grace@recordgraph.example"
        capacityHoursPerWeek: 40
        salary: { amount: "98000.00", currencyCode: "USD" }
      }
    ) {
      id
    }
  }
`);

async function createClient(name: string): Promise<string> {
  const result = await crm.execute(CreateClient, { name, country: 'US' });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error(`${name} was not created`);
  return result.data.createClient.id;
}

async function renameClient(id: string, name: string) {
  const result = await crm.execute(RenameClient, { id, name });
  expect(result.errors).toBeUndefined();
}

async function allEvents(bus: EventBus): Promise<ChangeEvent[]> {
  return (await bus.read({ after: 0, limit: 10_000 })).map(({ event }) => event);
}

describe('the outbox row is written with the change, or not at all', () => {
  it('a committed write leaves one outbox row naming its audit row', async () => {
    const before = (await outboxRows()).length;
    const id = await createClient('Outbox Ltd');
    await renameClient(id, 'Outbox Limited');
    const rows = (await outboxRows()).slice(before);
    expect(rows.map((row) => [row.type, row.entity_id, row.version])).toEqual([
      ['Client.created', id, 1],
      ['Client.updated', id, 2],
    ]);
    for (const row of rows) expect(row.event_id).toBe(`evt_${row.audit_id.slice(4)}`);
  });

  it('a refused write (bad input, stale version) leaves none', async () => {
    const id = await createClient('Refusals Inc');
    const before = await outboxRows();
    const stale = await crm.execute(RenameClient, { id, name: 'Late', expectedVersion: 7 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await crm.execute(CreateClient, { name: '', country: 'Narnia' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await outboxRows()).toEqual(before);
  });

  it('a transaction that rolls back after the write leaves neither the change nor its event', async () => {
    const before = await outboxRows();
    const db = store.db;
    await expect(
      db.transaction().execute(async (trx) => {
        await clients.insert(trx, {
          id: 'cli_rolledback',
          name: 'Never',
          domain: null,
          industry: null,
          country: null,
          status: 'PROSPECT',
          account_manager_id: null,
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await outboxRows()).toEqual(before);
    expect(await db.selectFrom('clients').select('id').where('id', '=', 'cli_rolledback').execute()).toEqual([]);
  });
});

describe('the relay', () => {
  it('publishes every pending row in write order with the full envelope, and marks it', async () => {
    const id = await createClient('Relay & Co');
    await renameClient(id, 'Relay and Co');
    const bus = freshBus();
    const relay = new OutboxRelay(platformOf(store.db), { source: 'crm', bus, pollMs: 1_000 });
    await relay.flush();
    const events = await allEvents(bus);
    const mine = events.filter((event) => event.entityId === id);
    expect(mine.map((event) => [event.type, event.entityVersion])).toEqual([
      ['Client.created', 1],
      ['Client.updated', 2],
    ]);
    expect(mine[1]).toMatchObject({ source: 'crm', entityType: 'Client', changes: { name: 'Relay and Co' }, redacted: [] });
    expect(mine[1]?.actor.mutation).toBe('updateClient');
    expect(mine[1]?.actor.subject).toBe('test-admin');
    // In write order overall, and nothing left unpublished.
    expect(events.map((event) => event.id)).toEqual((await outboxRows()).map((row) => row.event_id));
    expect(await store.db.selectFrom('outbox').select('seq').where('published_at', 'is', null).execute()).toEqual([]);
    await bus.close();
  });

  it('re-publishes after a crash between publishing and marking, and the bus keeps one copy', async () => {
    await createClient('Crash Test Dummies');
    await store.db.updateTable('outbox').set({ published_at: null }).execute();
    const bus = freshBus();
    // The bus takes the third event, then the relay "dies" before it can mark anything more.
    let published = 0;
    const dying: EventBus = Object.assign(Object.create(bus) as EventBus, {
      publish: async (event: ChangeEvent) => {
        await bus.publish(event);
        published += 1;
        if (published === 3) throw new Error('relay killed');
      },
    });
    const first = new OutboxRelay(platformOf(store.db), { source: 'crm', bus: dying, pollMs: 1_000 });
    await expect(first.flush()).rejects.toThrow('relay killed');
    const pending = await store.db.selectFrom('outbox').select('seq').where('published_at', 'is', null).execute();
    const total = (await outboxRows()).length;
    expect(pending.length).toBe(total - 2);
    const second = new OutboxRelay(platformOf(store.db), { source: 'crm', bus, pollMs: 1_000 });
    await second.flush();
    const ids = (await allEvents(bus)).map((event) => event.id);
    expect(ids).toEqual((await outboxRows()).map((row) => row.event_id));
    expect(new Set(ids).size).toBe(ids.length);
    await bus.close();
  });

  it('runs no round once stopped, not even one flush asks for', async () => {
    const bus = freshBus();
    const relay = new OutboxRelay(platformOf(store.db), { source: 'crm', bus, pollMs: 1_000 });
    await relay.stop();
    await expect(relay.flush()).rejects.toThrow('stopped');
    await bus.close();
  });

  it('stops at the first failure so no later change overtakes an earlier one', async () => {
    await store.db.updateTable('outbox').set({ published_at: null }).execute();
    const bus = freshBus();
    const failOn = (await outboxRows())[1]?.event_id;
    const flaky: EventBus = Object.assign(Object.create(bus) as EventBus, {
      publish: async (event: ChangeEvent) => {
        if (event.id === failOn) throw new Error('bus unavailable');
        await bus.publish(event);
      },
    });
    const relay = new OutboxRelay(platformOf(store.db), { source: 'crm', bus: flaky, pollMs: 1_000 });
    await expect(relay.flush()).rejects.toThrow('bus unavailable');
    expect((await allEvents(bus)).length).toBe(1);
    await bus.close();
  });
});

describe('replicas of one subgraph on PostgreSQL', () => {
  // SQLite stores have one process, so one relay, by construction.
  it.runIf(TEST_STORE === 'postgres')('take turns: each row is published by one relay', async () => {
    for (let i = 0; i < 5; i += 1) await createClient(`Replica ${i}`);
    await store.db.updateTable('outbox').set({ published_at: null }).execute();
    const total = (await outboxRows()).length;
    const bus = freshBus();
    const published: ChangeEvent[] = [];
    const counting: EventBus = Object.assign(Object.create(bus) as EventBus, {
      publish: async (event: ChangeEvent) => {
        published.push(event);
        await bus.publish(event);
      },
    });
    const relays = [1, 2, 3].map(
      () => new OutboxRelay(platformOf(store.db), { source: 'crm', bus: counting, pollMs: 1_000, batchSize: 2 }),
    );
    await Promise.all(relays.map((relay) => relay.flush()));
    // Whatever a relay skipped while another held the lock, the last flush leaves nothing pending.
    await relays[0]?.flush();
    expect(published.length).toBe(total);
    expect(new Set(published.map((event) => event.id)).size).toBe(total);
    await bus.close();
  });
});

describe('redaction', () => {
  it("announces that an employee's salary changed, never its value", async () => {
    const hr = await openTestSubgraph(hrSubgraph);
    try {
      const hired = await hr.execute(HireEmployee);
      expect(hired.errors).toBeUndefined();
      const hrStore = await openDatabase<PlatformTables>({ url: hr.databaseUrl, migrations: hrSubgraph.migrations, poolSize: 1 });
      const bus = freshBus();
      try {
        await new OutboxRelay(hrStore.db, {
          source: 'hr',
          bus,
          redacted: { Employee: ['salary_minor', 'salary_currency'] },
          pollMs: 1_000,
        }).flush();
        const [event] = await allEvents(bus);
        expect(event?.type).toBe('Employee.created');
        expect(event?.redacted.sort()).toEqual(['salary_currency', 'salary_minor']);
        expect(JSON.stringify(event)).not.toContain('9800000');
        expect(event?.changes.name).toBe('Grace Hopper');
      } finally {
        await bus.close();
        await hrStore.close();
      }
    } finally {
      await hr.close();
    }
  });
});
