/**
 * The zero-cost gateway of `npm run bench:peers` (bench/peers/replay.ts): at `/<replay>/graphql`,
 * for a request body it has a recording of, it sends that request's recorded subgraph fetches in
 * their recorded order (the caller's Authorization header forwarded, over kept-alive connections,
 * each answer read to its end) and then answers with the recorded bytes. Its latency is the time a
 * request spends waiting on the subgraphs plus the least HTTP work a Node process can do; a real
 * gateway's p50 minus this one's is the gateway's own part.
 * Environment: PEER_PORT, PEER_REPLAY_PATH (set by bench/peers.ts).
 */
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { listening, positiveIntFrom, serveWithWorkers } from './cluster.ts';
import type { ReplayFetch, ReplayFile } from './replay.ts';

const port = positiveIntFrom(process.env.PEER_PORT, 4100, 'PEER_PORT');
const replays = JSON.parse(readFileSync(process.env.PEER_REPLAY_PATH ?? '', 'utf8')) as ReplayFile;
const agent = new Agent({ keepAlive: true });
const inflight = new Map<string, Promise<void>>();

function send(fetch: ReplayFetch, authorization: string | undefined, retry = true): Promise<void> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      fetch.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(fetch.body),
          ...(authorization ? { authorization } : {}),
        },
      },
      (response) => {
        response.on('data', () => undefined);
        response.once('end', () =>
          response.statusCode === 200 ? resolve() : reject(new Error(`${fetch.service} answered ${response.statusCode ?? 0}`)),
        );
        response.once('error', reject);
      },
    );
    // A kept-alive socket the subgraph closed just as it was reused: sent again once on a new one, as Node's docs advise.
    outgoing.once('error', (error) => {
      if (retry && outgoing.reusedSocket) void send(fetch, authorization, false).then(resolve, reject);
      else reject(error);
    });
    outgoing.end(fetch.body);
  });
}

/** `send`, sharing an identical fetch already in flight when the replay dedupes. */
function sendShared(fetch: ReplayFetch, authorization: string | undefined, dedupe: boolean): Promise<void> {
  if (!dedupe) return send(fetch, authorization);
  const key = `${fetch.url}|${authorization ?? ''}|${fetch.body}`;
  let shared = inflight.get(key);
  if (!shared) {
    shared = send(fetch, authorization).finally(() => inflight.delete(key));
    inflight.set(key, shared);
  }
  return shared;
}

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const replay = replays[(req.url ?? '').split('/')[1] ?? ''];
  const recorded = replay?.answers[Buffer.concat(chunks).toString('utf8')];
  if (!replay || !recorded) {
    answer(res, 400, JSON.stringify({ errors: [{ message: 'the zero-cost gateway knows only recorded requests' }] }));
    return;
  }
  try {
    const done: Promise<void>[] = [];
    for (const fetch of recorded.fetches)
      done.push(
        Promise.all(fetch.after.map((before) => done[before] ?? Promise.resolve())).then(() =>
          sendShared(fetch, req.headers.authorization, replay.dedupe),
        ),
      );
    await Promise.all(done);
    answer(res, 200, recorded.response);
  } catch (error: unknown) {
    answer(res, 502, JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  }
}

await serveWithWorkers(1, () =>
  listening(
    createServer((req, res) => void handle(req, res)),
    port,
  ),
);
