import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createGateway } from '../../gateway/server.ts';
import { demoPlan, openSubgraph, seedIfEmpty } from '../../cli/services.ts';
import { loadConfig, type Config } from '../../lib/config.ts';
import type { DemoPlan } from '../../lib/demo/plan.ts';
import { DOMAINS, type Domain, type RecordSystem } from '../../lib/domains.ts';
import type { HttpService } from '../../lib/http/service.ts';
import type { DestinationStream } from '../../lib/observability/logger.ts';
import { createSubgraphService, type Subgraph } from '../../lib/subgraph.ts';
import { sourceOf } from '../support/operations.ts';
import { tempDir } from '../support/subgraphs.ts';

/** Helpers for the observability tests: captured JSON logs, a stack whose subgraphs log into them, raw HTTP. */

export interface LogLine {
  level: string;
  service: string;
  msg: string;
  requestId?: string;
  operation?: string;
  status?: number;
  durationMs?: number;
  errorCodes?: string[];
  err?: { message: string; stack: string; type: string };
  [field: string]: unknown;
}

/** A pino destination that keeps every line, parsed. */
export function captureLogs(): { destination: DestinationStream; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) }, lines };
}

export interface ObservedStack {
  config: Config;
  plan: DemoPlan;
  gateway: HttpService;
  gatewayUrl: string;
  /** Where the gateway finds each subgraph (webhooks, not started here, at its configured URL). */
  urls: Record<RecordSystem, string>;
  services: Record<Domain, HttpService<object>>;
  subgraphs: Record<Domain, Subgraph>;
  /** Every subgraph's log lines (at info), in order. */
  logs: LogLine[];
  stop(): Promise<void>;
}

/**
 * The four subgraphs on port 0, seeded with a small company and logging into one capture, and the
 * gateway in front of them; `subgraphUrls` can point the gateway somewhere else (a slow proxy).
 */
export async function startObservedStack(
  options: { subgraphUrls?: (urls: Record<RecordSystem, string>) => Record<RecordSystem, string> } = {},
): Promise<ObservedStack> {
  const dir = tempDir('recordgraph-observed-');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir.path,
    SEED_CLIENTS: '12',
    SEED_EMPLOYEES: '6',
    SEED_INVOICES: '40',
    SEED_PROJECTS: '8',
    SEED_RANDOM: '3',
    SUBGRAPH_TIMEOUT_MS: '5000',
  });
  const plan = demoPlan(config);
  const capture = captureLogs();
  const urls = { ...config.subgraphUrls };
  const services: Partial<Record<Domain, HttpService<object>>> = {};
  const subgraphs: Partial<Record<Domain, Subgraph>> = {};
  for (const domain of DOMAINS) {
    const subgraph = await openSubgraph(domain, config, urls);
    await seedIfEmpty(
      subgraph,
      () => plan,
      () => {},
    );
    const service = createSubgraphService(subgraph, {
      env: 'test',
      auth: config.auth,
      logLevel: 'info',
      logDestination: capture.destination,
    });
    subgraphs[domain] = subgraph;
    services[domain] = service;
    urls[domain] = await service.listen(0);
  }
  const gateway = createGateway({ ...config, subgraphUrls: options.subgraphUrls?.(urls) ?? urls });
  const gatewayUrl = await gateway.listen(0);
  return {
    config,
    plan,
    gateway,
    gatewayUrl,
    urls,
    services: services as Record<Domain, HttpService<object>>,
    subgraphs: subgraphs as Record<Domain, Subgraph>,
    logs: capture.lines,
    async stop() {
      await gateway.stop();
      for (const service of Object.values(services)) await service.stop();
      dir.remove();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request on a connection of its own (no pooled keep-alive socket), so "refused" means
 * the service refused it. Resolves to the response, or the socket error's code (`ECONNREFUSED`).
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse | string> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(options.body);
  });
}

/**
 * POSTs a GraphQL operation on its own connection: a typed document, or a string where there is
 * no API type to check it against (a document invalid on purpose, another schema's).
 */
export function postGraphQL<TVariables>(
  url: string,
  body: { query: TypedDocumentNode<unknown, TVariables> | string; variables?: TVariables },
  headers: Record<string, string> = {},
): Promise<RawResponse | string> {
  return rawRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...body, query: sourceOf(body.query) }),
  });
}

/** What a refused request looks like from outside: no listener, a reset, or the service's 503 while stopping. */
export function refused(outcome: RawResponse | string): boolean {
  return typeof outcome === 'string' ? ['ECONNREFUSED', 'ECONNRESET'].includes(outcome) : outcome.status === 503;
}

/**
 * A reverse proxy that holds every request until `release()` is called, then forwards it: a
 * subgraph made slow for exactly as long as a test needs, however slow the machine. `arrived`
 * resolves when the first request reaches it.
 */
export async function holdingProxy(
  target: () => string,
): Promise<{ url: string; arrived: Promise<void>; release(): void; close(): Promise<void> }> {
  let signalArrived: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (signalArrived = resolve));
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      signalArrived();
      const requestId = req.headers['x-request-id'];
      const headers = { 'content-type': 'application/json', ...(typeof requestId === 'string' ? { 'x-request-id': requestId } : {}) };
      released
        .then(() => fetch(target(), { method: 'POST', headers, body: Buffer.concat(chunks) }))
        .then(async (response) => res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text()))
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    arrived,
    release,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The value of one sample in a Prometheus text exposition, or undefined when absent. */
export function sample(exposition: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair)) && present.length === wanted.length) return Number(match[3]);
  }
  return undefined;
}
