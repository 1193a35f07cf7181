import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';
import { freePort, type Defer } from '../../test/support/processes.ts';
import type { RecordedAnswer, ReplayFetch } from './replay.ts';

/**
 * Recording proxies, one in front of each subgraph, used only while a second instance of each
 * gateway answers the benchmark's requests one at a time (never during the load): every
 * POST /graphql passing through is noted with when it arrived and when its answer was sent back,
 * and everything else (the /healthz recordgraph's gateway checks) is passed on unrecorded.
 */

interface Seen {
  service: RecordSystem;
  url: string;
  body: string;
  arrivedAt: number;
  answeredAt: number;
}

export interface Recorders {
  /** The proxies' /graphql URLs, to give the gateway instead of the subgraphs'. */
  urls: Record<RecordSystem, string>;
  /** The fetches of the one request just answered, in replayable form; forgets them. */
  take(response: string): RecordedAnswer;
}

export async function startRecorders(targets: Record<RecordSystem, string>, defer: Defer): Promise<Recorders> {
  const agent = new Agent({ keepAlive: true });
  defer(() => agent.destroy());
  let seen: Seen[] = [];
  const urls = {} as Record<RecordSystem, string>;
  for (const service of SYSTEMS_OF_RECORD) {
    const target = new URL(targets[service]);
    const server = createServer((req, res) => {
      const arrivedAt = performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('end', () => {
        const body = Buffer.concat(chunks);
        const headers: IncomingHttpHeaders = { ...req.headers, host: target.host };
        const outgoing = httpRequest(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent },
          (answer) => {
            const parts: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => parts.push(chunk));
            answer.once('end', () => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              res.end(Buffer.concat(parts));
              if (req.method === 'POST' && req.url === target.pathname)
                seen.push({ service, url: target.href, body: body.toString('utf8'), arrivedAt, answeredAt: performance.now() });
            });
          },
        );
        outgoing.once('error', () => res.writeHead(502).end());
        outgoing.end(body);
      });
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    defer(() => new Promise<void>((resolve) => server.close(() => resolve())).then(() => undefined));
    defer(() => server.closeAllConnections());
    urls[service] = `http://127.0.0.1:${port}${target.pathname}`;
  }
  return {
    urls,
    take(response) {
      const ordered = seen.sort((a, b) => a.arrivedAt - b.arrivedAt);
      seen = [];
      const fetches: ReplayFetch[] = ordered.map((fetch, index) => ({
        service: fetch.service,
        url: fetch.url,
        body: fetch.body,
        // What had been answered before this one arrived is what it waited for (the gateway's plan, seen from outside).
        after: ordered.slice(0, index).flatMap((before, beforeIndex) => (before.answeredAt <= fetch.arrivedAt ? [beforeIndex] : [])),
      }));
      return { fetches, response };
    },
  };
}
