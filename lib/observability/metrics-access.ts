import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceMetrics } from './metrics.ts';

/**
 * Who may read /metrics, and where (METRICS_TOKEN, METRICS_PORT). Metrics name operations,
 * subgraphs and error rates: not for strangers. With a token, every scrape must present it as
 * `Authorization: Bearer <token>`; with a port, /metrics leaves the service's public port and is
 * served on that port alone (bind it where only the scraper reaches). Outside production, with
 * neither, /metrics is open as before; in production with neither it stays closed (401) and the
 * service says so at start, so a forgotten setting never exposes them.
 */
export interface MetricsAccess {
  token?: string;
  port?: number;
}

/** METRICS_TOKEN and METRICS_PORT from the configuration (lib/config.ts) of any service. */
export function metricsAccessOf(config: { telemetry?: { metricsToken?: string; metricsPort?: number } }): MetricsAccess {
  return { token: config.telemetry?.metricsToken, port: config.telemetry?.metricsPort };
}

export type MetricsEnv = 'development' | 'production' | 'test';

/** Why a scrape may not read the metrics, or null when it may. */
export function refusal(request: IncomingMessage, access: MetricsAccess, env: MetricsEnv): string | null {
  if (access.token === undefined) {
    return env === 'production' && access.port === undefined ? 'metrics are closed: set METRICS_TOKEN or METRICS_PORT' : null;
  }
  const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(access.token)];
  return a.length === b.length && timingSafeEqual(a, b) ? null : 'metrics need Authorization: Bearer <METRICS_TOKEN>';
}

/** Answers one scrape of `metrics` (or refuses it), on whichever port. */
export async function answerScrape(
  request: IncomingMessage,
  response: ServerResponse,
  metrics: ServiceMetrics,
  access: MetricsAccess,
  env: MetricsEnv,
): Promise<void> {
  const refused = refusal(request, access, env);
  if (refused !== null) {
    response.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' });
    response.end(JSON.stringify({ errors: [{ message: refused, extensions: { code: 'UNAUTHENTICATED' } }] }));
    return;
  }
  const { contentType, body } = await metrics.exposition();
  response.writeHead(200, { 'content-type': contentType });
  response.end(body);
}

interface Endpoint {
  server: Server;
  services: Map<string, { metrics: ServiceMetrics; access: MetricsAccess; env: MetricsEnv }>;
  listening: Promise<number>;
}

/** One listener per METRICS_PORT in a process: `recordgraph start` runs six services, each its own registry. */
const endpoints = new Map<string, Endpoint>();

/**
 * Serves `metrics` on the metrics port: at `/metrics/<service>` always, and at `/metrics` while
 * it is the only service in the process (production runs one per process). Resolves to the port
 * (port 0 picks one: per service then, for tests) and a function that stops serving it.
 */
export async function serveOnMetricsPort(
  name: string,
  metrics: ServiceMetrics,
  access: MetricsAccess & { port: number },
  env: MetricsEnv,
  host: string,
): Promise<{ port: number; close(): Promise<void> }> {
  const key = access.port === 0 ? `${host}:0:${name}` : `${host}:${access.port}`;
  let endpoint = endpoints.get(key);
  if (!endpoint) {
    const services: Endpoint['services'] = new Map();
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://metrics').pathname;
      const only = services.size === 1 ? [...services.values()][0] : undefined;
      const target = path === '/metrics' ? only : services.get(path.replace(/^\/metrics\//, ''));
      if (request.method !== 'GET' || !target) {
        response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ paths: [...services.keys()].map((service) => `/metrics/${service}`) }));
        return;
      }
      answerScrape(request, response, target.metrics, target.access, target.env).catch(() => {
        response.writeHead(500).end();
      });
    });
    const listening = new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(access.port, host, () => resolve((server.address() as AddressInfo).port));
    });
    endpoint = { server, services, listening };
    endpoints.set(key, endpoint);
  }
  endpoint.services.set(name, { metrics, access, env });
  const current = endpoint;
  const port = await current.listening;
  return {
    port,
    async close() {
      current.services.delete(name);
      if (current.services.size > 0) return;
      endpoints.delete(key);
      await new Promise<void>((resolve) => current.server.close(() => resolve()));
    },
  };
}
