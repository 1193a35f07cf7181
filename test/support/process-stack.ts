import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';
import { freePort, runRecordgraph, waitUntilReady, type Defer, type ServiceProcess } from './processes.ts';
import { createTestStores } from './stores.ts';

/**
 * The production topology as real processes on 127.0.0.1, for the attack and chaos suites: the
 * five subgraphs (`recordgraph serve <name>`, the compiled CLI) each on a SQLite store in a
 * temporary directory, seeded with the demo company, and one gateway. A subgraph can be killed
 * and started again on the same port and store; the gateway can be pointed at a subgraph through
 * something in between (a TCP proxy that adds latency) while the subgraphs call each other
 * directly.
 */

export type ServiceName = RecordSystem | 'gateway';

export interface ProcessStack {
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  /** Each subgraph's own /graphql URL (not the route the gateway takes). */
  urls: Record<RecordSystem, string>;
  /** `http://127.0.0.1:<port>` of every service, for /healthz and /metrics. */
  origins: Record<ServiceName, string>;
  /** The process now running each service (replaced by `restart`). */
  service(name: ServiceName): ServiceProcess;
  /** Every service's current process. */
  all(): ServiceProcess[];
  /** Starts a subgraph again (after it was killed) on the same port and store; resolves once it is ready. */
  restart(name: RecordSystem): Promise<void>;
}

export interface ProcessStackOptions {
  /** Added to every process's environment (limits, timeouts, seed sizes). */
  env?: Record<string, string>;
  /** Added to the gateway's environment only. */
  gatewayEnv?: Record<string, string>;
  /** Where the gateway reaches a subgraph, given its own URL (default: that URL). */
  route?: (name: RecordSystem, url: string) => Promise<string>;
}

/** Starts the stack; every process and the stores are cleaned up through `defer`, even when start-up fails. */
export async function startProcessStack(defer: Defer, options: ProcessStackOptions = {}): Promise<ProcessStack> {
  const stores = await createTestStores('sqlite');
  defer(() => stores.drop());
  const ports = {} as Record<ServiceName, number>;
  for (const name of [...SYSTEMS_OF_RECORD, 'gateway'] as const) ports[name] = await freePort();
  const origins = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}`])) as Record<
    ServiceName,
    string
  >;
  const urls = Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [name, `${origins[name]}/graphql`])) as Record<RecordSystem, string>;
  const common: Record<string, string> = {
    LOG_LEVEL: 'warn',
    ...stores.env,
    ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, urls[name]])),
    ...options.env,
  };
  const running = new Map<ServiceName, ServiceProcess>();
  // Whichever process runs a service when the suite ends is the one killed.
  defer(() => Promise.all([...running.values()].map((service) => service.kill('SIGKILL'))));

  const start = async (name: RecordSystem) => {
    const service = runRecordgraph(name, ['serve', name], { ...common, [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
    running.set(name, service);
    await waitUntilReady(`${origins[name]}/readyz`, service);
  };
  await Promise.all(SYSTEMS_OF_RECORD.map(start));

  const routes: Record<string, string> = {};
  for (const name of SYSTEMS_OF_RECORD)
    routes[`${name.toUpperCase()}_URL`] = options.route ? await options.route(name, urls[name]) : urls[name];
  const gateway = runRecordgraph('gateway', ['serve', 'gateway'], {
    ...common,
    ...routes,
    ...options.gatewayEnv,
    GATEWAY_PORT: String(ports.gateway),
  });
  running.set('gateway', gateway);
  await waitUntilReady(`${origins.gateway}/readyz`, gateway);

  return {
    gatewayUrl: `${origins.gateway}/graphql`,
    urls,
    origins,
    service(name) {
      const service = running.get(name);
      if (!service) throw new Error(`${name} was never started`);
      return service;
    },
    all: () => [...running.values()],
    restart: start,
  };
}
