import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS_OF_RECORD } from '../../lib/domains.ts';
import { graphql } from '../__generated__/gql.ts';
import { freePort, runRecordgraph, waitUntilReady, withTeardown, type ServiceProcess } from '../support/processes.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { tempDir } from '../support/stores.ts';

/**
 * The gateway keeps no data. `recordgraph serve gateway` runs as its own process with DATA_DIR
 * where every store would be by default; after it has answered queries and writes (passed on to
 * the subgraphs), /proc/<pid>/fd shows no store open: under DATA_DIR only the event log, the
 * embedded bus it reads the change feed from, and that read-only.
 */

const procAvailable = existsSync('/proc/self/fd');
const dir = tempDir('recordgraph-stateless-');
const eventLog = join(dir.path, 'events.sqlite');
let stack: Stack;
let gateway: ServiceProcess;
let gatewayUrl = '';

/** Every file the process has open, with its open flags. */
function openFiles(pid: number): { path: string; flags: number }[] {
  return readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
    try {
      const path = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const flags = /^flags:\s+([0-7]+)$/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1];
      return path.startsWith('/') ? [{ path, flags: Number.parseInt(flags ?? '0', 8) }] : [];
    } catch {
      // Closed between listing and reading.
      return [];
    }
  });
}

beforeAll(() =>
  withTeardown(async (defer) => {
    defer(() => dir.remove());
    if (!procAvailable) return;
    // The subgraphs in this process, announcing on the log under the gateway's DATA_DIR.
    stack = await startStack({ seed: null, env: { EVENT_LOG_PATH: eventLog } });
    defer(() => stack.stop());
    const port = await freePort();
    gateway = runRecordgraph('gateway', ['serve', 'gateway'], {
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(port),
      DATA_DIR: dir.path,
      ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, stack.urls[name]])),
      // Unset: had the gateway opened a store, it would be DATA_DIR/<name>.sqlite.
      ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, ''])),
      EVENT_LOG_PATH: '',
      EVENT_POLL_MS: '20',
    });
    defer(() => gateway.kill());
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`, gateway);
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  }),
);

const CreateClient = graphql(`
  mutation StatelessCreateClient {
    createClient(input: { name: "Stateless Ltd" }) {
      id
    }
  }
`);

const EndpointsAndEntities = graphql(`
  query StatelessEndpointsAndEntities {
    webhookEndpoints {
      totalCount
    }
    systemOfRecord {
      entities {
        typename
      }
    }
  }
`);

const ClientChanges = graphql(`
  query StatelessClientChanges {
    changes(types: ["Client.*"]) {
      edges {
        node {
          entityId
        }
      }
    }
  }
`);

describe.skipIf(!procAvailable)('recordgraph serve gateway', () => {
  it('answers writes, webhooks and the change feed with no store of its own open, and the event log read-only', async () => {
    const created = await stack.queryAt(gatewayUrl, CreateClient);
    expect(created.errors).toBeUndefined();
    const id = created.data?.createClient.id;
    const endpoints = await stack.queryAt(gatewayUrl, EndpointsAndEntities);
    expect(endpoints.errors).toBeUndefined();
    // The gateway reads the event crm appended in another process.
    await expect
      .poll(
        async () => {
          const feed = await stack.queryAt(gatewayUrl, ClientChanges);
          return feed.data?.changes.edges.map((edge) => edge.node.entityId);
        },
        { timeout: 10_000, interval: 50 },
      )
      .toContain(id);

    const files = openFiles(gateway.child.pid ?? 0);
    expect(files.length).toBeGreaterThan(0);
    const underDataDir = files.filter((file) => file.path.startsWith(`${dir.path}/`)).map((file) => file.path);
    expect(underDataDir).toContain(eventLog);
    expect(underDataDir.filter((path) => !/\/events\.sqlite(-wal|-shm)?$/.test(path))).toEqual([]);
    // No store anywhere: the only SQLite file is the bus.
    expect(files.filter((file) => /\.sqlite/.test(file.path) && !file.path.startsWith(eventLog)).map((file) => file.path)).toEqual([]);
    for (const name of SYSTEMS_OF_RECORD)
      expect(
        files.some((file) => file.path.endsWith(`/${name}.sqlite`)),
        name,
      ).toBe(false);
    // O_RDONLY: the access mode bits are 0.
    const log = files.filter((file) => file.path === eventLog);
    expect(log.map((file) => file.flags & 0o3)).toEqual(log.map(() => 0));
  });
});
