/**
 * The zero-cost gateway of `npm run bench:peers` (bench/peers/replay.ts): for a request body it
 * knows, it sends the recorded subgraph fetches wave by wave (the caller's Authorization header
 * forwarded, over kept-alive connections, each answer read to its end) and then answers with the
 * recorded bytes. Its latency is the time a request spends waiting on the subgraphs plus the least
 * HTTP work a Node process can do; a real gateway's p50 minus this one's is the gateway's own part.
 * Environment: PEER_PORT, PEER_REPLAY_PATH (set by bench/peers.ts).
 */
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { listening, positiveIntFrom, serveWithWorkers } from './cluster.ts';
import type { ReplayFile, ReplayStep } from './replay.ts';

const port = positiveIntFrom(process.env.PEER_PORT, 4100, 'PEER_PORT');
const replay = JSON.parse(readFileSync(process.env.PEER_REPLAY_PATH ?? '', 'utf8')) as ReplayFile;
const agent = new Agent({ keepAlive: true });

function send(step: ReplayStep, authorization: string | undefined): Promise<void> {
  if (step.kind !== 'Fetch') {
    if (step.kind === 'Parallel') return Promise.all(step.steps.map((inner) => send(inner, authorization))).then(() => undefined);
    return step.steps.reduce<Promise<void>>((previous, inner) => previous.then(() => send(inner, authorization)), Promise.resolve());
  }
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      step.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(step.body),
          ...(authorization ? { authorization } : {}),
        },
      },
      (response) => {
        response.on('data', () => undefined);
        response.once('end', () =>
          response.statusCode === 200 ? resolve() : reject(new Error(`${step.service} answered ${response.statusCode ?? 0}`)),
        );
        response.once('error', reject);
      },
    );
    outgoing.once('error', reject);
    outgoing.end(step.body);
  });
}

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const recorded = replay.answers[Buffer.concat(chunks).toString('utf8')];
  if (!recorded) return answer(res, 400, JSON.stringify({ errors: [{ message: 'the zero-cost gateway knows only recorded requests' }] }));
  try {
    if (recorded.plan) await send(recorded.plan, req.headers.authorization);
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
