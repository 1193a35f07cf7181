import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a fake subgraph received. */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  /** The GraphQL document the gateway sent. */
  query: string;
  /** Its variables, as sent. */
  variables: Record<string, unknown>;
  /** Set when the connection closed before an answer was sent (the gateway aborted it). */
  abandoned: boolean;
}

export interface FakeSubgraph {
  /** Its /graphql URL, to give the gateway in `subgraphUrls`. */
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * What the fake does with a request: answer it (status and GraphQL body), drop the connection
 * (a subgraph that died mid-request), forward it to a real subgraph (once `after` has settled, when
 * given: a subgraph slow on cue), or never answer (hung).
 */
export type FakeAnswer = { status: number; body: unknown } | 'reset' | 'hang' | { forwardTo: string; after?: Promise<unknown> };

/**
 * An HTTP server on 127.0.0.1 port 0 standing in for a subgraph, for what a real one will not do
 * on demand (hang, fail once, refuse with a given code), recording every request it received.
 */
export async function startFakeSubgraph(answer: (request: ReceivedRequest, index: number) => FakeAnswer): Promise<FakeSubgraph> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString();
      const { query, variables } = JSON.parse(raw) as { query?: unknown; variables?: Record<string, unknown> };
      const received: ReceivedRequest = {
        headers: req.headers,
        query: typeof query === 'string' ? query : '',
        variables: variables ?? {},
        abandoned: false,
      };
      requests.push(received);
      res.once('close', () => (received.abandoned = !res.writableFinished));
      const action = answer(received, requests.length - 1);
      if (action === 'hang') return;
      if (action === 'reset') {
        req.socket.destroy();
        return;
      }
      if ('forwardTo' in action) {
        void Promise.resolve(action.after).then(() => forward(action.forwardTo, req.headers, raw, res));
        return;
      }
      res.writeHead(action.status, { 'content-type': 'application/json' }).end(JSON.stringify(action.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function forward(url: string, headers: IncomingHttpHeaders, body: string, res: ServerResponse): Promise<void> {
  const pass = Object.fromEntries(
    Object.entries(headers).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]),
    ),
  );
  const response = await fetch(url, { method: 'POST', headers: pass, body });
  res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
  res.end(await response.text());
}

/** A GraphQL error answer with a registry code, as a subgraph sends it. */
export function graphqlError(code: string, message = code, extensions: Record<string, unknown> = {}): { errors: unknown[] } {
  return { errors: [{ message, extensions: { ...extensions, code } }] };
}
