import { join } from 'node:path';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';
import { freePort, waitUntilReady, type Defer, type ServiceProcess } from '../../test/support/processes.ts';
import { createTestStores } from '../../test/support/stores.ts';
import { spawnRecordgraph, spawnScript, waitUntilAnswering } from './processes.ts';

/**
 * What `npm run bench:peers` runs: the five subgraphs once (`recordgraph serve <name>`, the demo
 * company at its default seed and size, SQLite in temporary directories, every setting default),
 * and each gateway in its own process on a free port of 127.0.0.1. Every process's output goes to
 * a file in `dir`; everything started is stopped through `defer`.
 */

export interface Subgraphs {
  /** `http://127.0.0.1:<port>` of each subgraph, for /metrics. */
  origins: Record<RecordSystem, string>;
  /** Each subgraph's /graphql URL. */
  urls: Record<RecordSystem, string>;
  /** The stores' variables (CRM_DATABASE_URL, …, EVENT_LOG_PATH), which the gateway's change feed reads too. */
  env: Record<string, string>;
  /** Each subgraph's process, for its CPU time (bench/cpu.ts). */
  processes: Record<RecordSystem, ServiceProcess>;
}

export async function startSubgraphs(dir: string, defer: Defer): Promise<Subgraphs> {
  const stores = await createTestStores('sqlite');
  defer(() => stores.drop());
  const ports = Object.fromEntries(await Promise.all(SYSTEMS_OF_RECORD.map(async (name) => [name, await freePort()] as const))) as Record<
    RecordSystem,
    number
  >;
  const origins = Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as Record<
    RecordSystem,
    string
  >;
  const urls = Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [name, `${origins[name]}/graphql`])) as Record<RecordSystem, string>;
  const env = {
    NODE_ENV: 'development',
    ...stores.env,
    ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, urls[name]])),
  };
  const processes = {} as Record<RecordSystem, ServiceProcess>;
  await Promise.all(
    SYSTEMS_OF_RECORD.map(async (name) => {
      const service = spawnRecordgraph(
        name,
        ['serve', name],
        { ...env, [`${name.toUpperCase()}_PORT`]: String(ports[name]) },
        join(dir, `${name}.log`),
      );
      processes[name] = service;
      defer(() => service.kill());
      await waitUntilReady(`${origins[name]}/readyz`, service);
    }),
  );
  return { origins, urls, env, processes };
}

export type GatewayKind = 'recordgraph' | 'stock' | 'hive' | 'hive-rust' | 'direct';

export interface RunningGateway {
  kind: GatewayKind;
  url: string;
  service: ServiceProcess;
}

export interface GatewayStart {
  dir: string;
  subgraphs: Subgraphs;
  /** Where the gateway finds each subgraph: the subgraphs themselves, or recording proxies in front of them. */
  subgraphUrls: Record<RecordSystem, string>;
  /** The supergraph with its URLs set to `subgraphUrls`, for the peers. */
  peerSupergraphPath: string;
  /** The zero-cost gateway's recordings, and their ids. */
  replayPath: string;
  replayIds: string[];
  workers: number;
  /** Whether Hive Gateway shares identical subgraph fetches in flight (its default). */
  hiveDedupe: boolean;
  headers: Record<string, string>;
  /** A name for the log file (a second instance records its fetches). */
  logSuffix?: string;
}

/**
 * Starts one gateway and resolves once it answers `{ __typename }`. The zero-cost gateway's `url`
 * is its origin: each of its replays is at `<origin>/<replay id>/graphql`.
 */
export async function startGateway(kind: GatewayKind, start: GatewayStart, defer: Defer): Promise<RunningGateway> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = kind === 'direct' ? origin : `${origin}/graphql`;
  const log = join(start.dir, `gateway-${kind}${start.logSuffix ?? ''}.log`);
  const peer = { PEER_PORT: String(port), PEER_SUPERGRAPH_PATH: start.peerSupergraphPath, PEER_WORKERS: String(start.workers) };
  const common = { NODE_ENV: 'development', APOLLO_TELEMETRY_DISABLED: '1' };
  let service: ServiceProcess;
  switch (kind) {
    case 'recordgraph':
      service = spawnRecordgraph(
        kind,
        ['serve', 'gateway'],
        {
          ...start.subgraphs.env,
          ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, start.subgraphUrls[name]])),
          ...common,
          GATEWAY_PORT: String(port),
          // The peers have none; at their defaults (6,000 a minute per caller) they would refuse most of the load.
          RATE_LIMIT_ENABLED: 'false',
          // The peers cannot cache, and the targets are uncached: bench:headline measures the cache.
          ENTITY_CACHE: 'off',
          ...(start.workers > 1 ? { GATEWAY_WORKERS: String(start.workers) } : {}),
        },
        log,
      );
      break;
    case 'stock':
      service = spawnScript(kind, new URL('./stock-gateway.ts', import.meta.url), { ...common, ...peer }, log);
      break;
    case 'hive':
    case 'hive-rust':
      service = spawnScript(
        kind,
        new URL('./hive-gateway.ts', import.meta.url),
        { ...common, ...peer, PEER_PLANNER: kind === 'hive-rust' ? 'rust' : 'js', PEER_DEDUPE: String(start.hiveDedupe) },
        log,
      );
      break;
    case 'direct':
      service = spawnScript(
        kind,
        new URL('./direct-gateway.ts', import.meta.url),
        { ...common, PEER_PORT: String(port), PEER_REPLAY_PATH: start.replayPath },
        log,
      );
      break;
  }
  defer(() => service.kill());
  await waitUntilAnswering(kind === 'direct' ? `${origin}/${start.replayIds[0] ?? ''}/graphql` : url, service, start.headers);
  return { kind, url, service };
}

/**
 * The supergraph as the peers get it: the same file, with each subgraph's `@join__graph` URL set
 * to where it runs. `catalog` and `events` are served inside recordgraph's gateway (`in-process:`
 * URLs) and no peer can serve them; they point at a closed port, and no workload reaches them.
 */
export function peerSupergraph(sdl: string, urls: Record<RecordSystem, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_match, name: string) => {
    const url = (urls as Record<string, string | undefined>)[name] ?? 'http://127.0.0.1:9/graphql';
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

/** Every GraphQL request each subgraph has answered so far (its `recordgraph_requests_total`, all labels). */
export async function subgraphRequestCounts(origins: Record<RecordSystem, string>): Promise<Record<RecordSystem, number>> {
  const counts = await Promise.all(
    SYSTEMS_OF_RECORD.map(async (name) => {
      const text = await (await fetch(`${origins[name]}/metrics`)).text();
      let total = 0;
      for (const line of text.split('\n'))
        if (line.startsWith('recordgraph_requests_total{')) total += Number(line.slice(line.lastIndexOf(' ') + 1));
      return [name, total] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<RecordSystem, number>;
}
