import { beforeAll, describe, expect, it } from 'vitest';
import type { Consumer } from '../../lib/events/bus.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { NatsBus } from '../../lib/events/nats-bus.ts';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { OutboxRelay } from '../../lib/events/relay.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { eventually, natsServerMissing, requireNats, startPrivateNatsServer, type PrivateNatsServer } from '../support/nats.ts';
import { withTeardown } from '../support/processes.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/**
 * NATS goes away while a subgraph keeps writing: the writes succeed, their events wait in the
 * outbox, and once NATS is back the relay publishes them; a durable consumer ends up with every
 * write's event once, each client's in version order.
 */

const missing = natsServerMissing();
if (missing && !requireNats) console.warn(`Skipping the relay NATS restart test: ${missing}.`);

describe.skipIf(missing !== null && !requireNats)('the outbox relay across a NATS restart', () => {
  let server: PrivateNatsServer;
  let crm: TestSubgraph;
  let store: Database<PlatformTables>;
  const seen: ChangeEvent[] = [];

  beforeAll(() =>
    withTeardown(async (defer) => {
      expect(missing, 'CI=true needs a nats-server binary').toBeNull();
      server = await startPrivateNatsServer();
      defer(() => server.remove());
      const bus = await NatsBus.connect({ url: server.url, stream: 'RGRELAY' });
      defer(() => bus.close().catch(() => undefined));
      crm = await openTestSubgraph(crmSubgraph);
      defer(() => crm.close());
      store = await openDatabase<PlatformTables>({ url: crm.databaseUrl, migrations: crmSubgraph.migrations, poolSize: 2 });
      defer(() => store.close());
      const relay = new OutboxRelay(store.db, { source: 'crm', bus, pollMs: 50 });
      relay.start();
      defer(() => relay.stop());
      const consumer: Consumer = bus.consume('crm.watcher', { types: ['Client.*'] }, async ({ event }) => void seen.push(event));
      defer(() => consumer.stop());
    }),
  );

  const CreateClient = graphql(`
    mutation RelayNatsRestartCreateClient {
      createClient(input: { name: "Outage Ltd", country: "US" }) {
        id
      }
    }
  `);

  const RenameClient = graphql(`
    mutation RelayNatsRestartRenameClient($id: ID!, $name: String!) {
      updateClient(id: $id, input: { name: $name }) {
        id
      }
    }
  `);

  async function rename(id: string, name: string): Promise<void> {
    const result = await crm.execute(RenameClient, { id, name });
    expect(result.errors).toBeUndefined();
  }

  const pending = async () => (await store.db.selectFrom('outbox').select('seq').where('published_at', 'is', null).execute()).length;

  it('keeps writing while NATS is down and announces every write once it is back', { timeout: 60_000 }, async () => {
    const created = await crm.execute(CreateClient);
    expect(created.errors).toBeUndefined();
    if (!created.data) throw new Error('the client was not created');
    const id = created.data.createClient.id;
    for (let i = 1; i <= 5; i += 1) await rename(id, `Before ${i}`);
    await eventually(() => seen.length === 6, 'the first six events arrived');

    // Killed, not stopped: what it had not yet written to disk (the last acknowledgements) is gone too.
    await server.stop('SIGKILL');
    for (let i = 1; i <= 10; i += 1) await rename(id, `During ${i}`);
    // Committed and waiting: nothing is lost while the bus is away.
    await eventually(async () => (await pending()) === 10, 'ten events wait in the outbox');

    await server.start();
    await eventually(
      async () => (await pending()) === 0 && new Set(seen.map((event) => event.id)).size === 16,
      'every event arrived',
      30_000,
    );
    const unique = [...new Map(seen.map((event) => [event.id, event])).values()];
    expect(unique.map((event) => event.entityVersion)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
  });
});
