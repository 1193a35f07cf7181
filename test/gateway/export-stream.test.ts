import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatewayContext } from '../../gateway/context.ts';
import type { ExecuteExportPage, PageAnswer } from '../../gateway/export/execute.ts';
import type { ExportReport, ReportPage } from '../../gateway/export/reports.ts';
import { exportRoutes } from '../../gateway/export/routes.ts';
import { ANONYMOUS_READER } from '../../lib/auth/scopes.ts';
import { createLogger } from '../../lib/observability/logger.ts';
import { ServiceMetrics } from '../../lib/observability/metrics.ts';

/**
 * How an export streams, with the gateway replaced by pages the test hands out: rows leave before
 * the last page is fetched, a slow reader holds the fetching back, a failure after the first row
 * is something the client can tell, and a client that leaves stops the work.
 * (test/e2e/export.test.ts runs the real reports through the real gateway.)
 */

/** A report whose answer is the page itself: `{ rows, hasNextPage, endCursor }`. */
const NUMBERS: ExportReport = {
  name: 'numbers',
  operation: { name: 'Numbers', sha256Hash: '0'.repeat(64), text: '{ numbers }' },
  columns: ['n', 'label'],
  textColumns: new Set(['label']),
  page: (data) => data as ReportPage,
};

interface Call {
  after: string | null;
  signal: AbortSignal;
}

/** A fake gateway: `answer(page index, call)` decides each page; every call is recorded. */
function pages(answer: (index: number, call: Call) => Promise<PageAnswer> | PageAnswer) {
  const calls: Call[] = [];
  const execute: ExecuteExportPage = async (_operation, variables, _context, scope) => {
    const call = { after: (variables.after as string | null) ?? null, signal: scope.signal };
    calls.push(call);
    return answer(Number(call.after ?? 0), call);
  };
  return { calls, execute };
}

/** Page `index` of `count`, `size` rows each, every label `width` characters. */
function page(index: number, count: number, size: number, width = 10): PageAnswer {
  const rows = Array.from({ length: size }, (_, i) => ({ n: index * size + i, label: 'x'.repeat(width) }));
  const last = index === count - 1;
  return { data: { rows, hasNextPage: !last, endCursor: last ? null : String(index + 1) } };
}

const failure = (code: string, extensions: Record<string, unknown> = {}): PageAnswer => ({
  errors: [{ message: `${code} happened`, extensions: { code, ...extensions } } satisfies GraphQLFormattedError],
});

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

async function serve(execute: ExecuteExportPage, pageSize = 100): Promise<string> {
  const app = express();
  exportRoutes(app, {
    context: async (): Promise<GatewayContext> => ({ credentials: { caller: ANONYMOUS_READER, token: null }, clientAddress: 'test' }),
    execute,
    logger: createLogger({ service: 'gateway', level: 'silent' }),
    metrics: new ServiceMetrics('gateway'),
    reports: new Map([[NUMBERS.name, NUMBERS]]),
    pageSize,
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function open(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => get(url, resolve).on('error', reject));
}

function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (body += chunk));
    response.on('end', () => resolve(body));
    response.on('error', reject);
    response.on('aborted', () => reject(new Error('aborted')));
  });
}

/** Resolves once `count()` has not changed for `quietMs` (at most `limitMs`). */
async function settled(count: () => number, quietMs = 1_000, limitMs = 15_000): Promise<number> {
  const started = Date.now();
  let last = count();
  let since = Date.now();
  while (Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (count() !== last) [last, since] = [count(), Date.now()];
    else if (Date.now() - since >= quietMs) break;
  }
  return last;
}

describe('an export streams', () => {
  it('sends its first rows before the last page is fetched', async () => {
    let firstBytes: () => void = () => {};
    const received = new Promise<void>((resolve) => (firstBytes = resolve));
    // The last page is answered only once the client holds bytes: an export that gathered every
    // page before writing would never finish.
    let lastAnswered = false;
    const { execute } = pages(async (index) => {
      if (index === 3) {
        await received;
        lastAnswered = true;
      }
      return page(index, 4, 100);
    });
    const response = await open(`${await serve(execute)}/export/numbers.ndjson`);
    expect(response.statusCode).toBe(200);
    let body = '';
    let lastAnsweredAtFirstBytes: boolean | null = null;
    await new Promise<void>((resolve, reject) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        lastAnsweredAtFirstBytes ??= lastAnswered;
        body += chunk;
        firstBytes();
      });
      response.on('end', resolve);
      response.on('error', reject);
    });
    expect(lastAnsweredAtFirstBytes).toBe(false);
    const lines = body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { n: number });
    expect(lines.map((line) => line.n)).toEqual(Array.from({ length: 400 }, (_, i) => i));
  });

  it('fetches no faster than the client reads (backpressure), and finishes when it reads on', async () => {
    // 60 pages of 100 rows of about 2 KB: 12 MB, more than the sockets between them can hold.
    const { calls, execute } = pages((index) => page(index, 60, 100, 2_000));
    const response = await open(`${await serve(execute)}/export/numbers.csv`);
    await new Promise((resolve) => response.once('readable', resolve));
    response.pause();
    const fetchedWhilePaused = await settled(() => calls.length);
    expect(fetchedWhilePaused).toBeLessThan(60);
    const body = await readAll(response.resume());
    expect(calls).toHaveLength(60);
    expect(body.split('\r\n').filter(Boolean)).toHaveLength(1 + 60 * 100);
  });

  it('ends NDJSON with an error line when a later page fails', async () => {
    const { execute } = pages((index) => (index === 2 ? failure('SUBGRAPH_UNAVAILABLE', { subgraph: 'crm' }) : page(index, 5, 100)));
    const response = await open(`${await serve(execute)}/export/numbers.ndjson`);
    expect(response.statusCode).toBe(200);
    const lines = (await readAll(response))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(201);
    expect(lines.at(-1)).toEqual({ error: { message: 'SUBGRAPH_UNAVAILABLE happened', code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'crm' } });
  });

  it('cuts a CSV off when a later page fails, so the transfer is seen to be incomplete', async () => {
    const { execute } = pages((index) => (index === 2 ? failure('GATEWAY_TIMEOUT', { subgraph: 'accounting' }) : page(index, 5, 100)));
    const url = await serve(execute);
    const response = await open(`${url}/export/numbers.csv`);
    expect(response.statusCode).toBe(200);
    await expect(readAll(response)).rejects.toThrow();
    // fetch (undici), as a script would use it, fails the body too.
    const fetched = await fetch(`${url}/export/numbers.csv`);
    await expect(fetched.text()).rejects.toThrow(/terminated/);
  });

  it('waits out a rate limit met half-way rather than failing, and answers one met first with 429', async () => {
    let limited = 0;
    const { execute } = pages((index) => {
      if (index === 1 && limited === 0) {
        limited += 1;
        return failure('RATE_LIMITED', { retryAfter: 1 });
      }
      return page(index, 3, 100);
    });
    const url = await serve(execute);
    const lines = (await readAll(await open(`${url}/export/numbers.ndjson`))).trimEnd().split('\n');
    expect(limited).toBe(1);
    expect(lines).toHaveLength(300);
    const first = pages(() => failure('RATE_LIMITED', { retryAfter: 7 }));
    await new Promise((resolve) => server?.close(resolve));
    const refused = await fetch(`${await serve(first.execute)}/export/numbers.csv`);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', retryAfter: 7 } }] });
  });

  it('stops fetching, and aborts the page in flight, when the client goes away', async () => {
    const inFlight: { call: Call | null } = { call: null };
    const { calls, execute } = pages(async (index, call) => {
      if (index < 2) return page(index, 1_000, 100);
      inFlight.call = call;
      // A page that never comes: only the export's abort ends it.
      await new Promise((resolve) => call.signal.addEventListener('abort', resolve));
      return failure('DEADLINE_EXCEEDED');
    });
    const response = await open(`${await serve(execute)}/export/numbers.csv`);
    await new Promise((resolve) => response.once('data', resolve));
    await expect.poll(() => inFlight.call !== null).toBe(true);
    response.destroy();
    await expect.poll(() => inFlight.call?.signal.aborted).toBe(true);
    expect(await settled(() => calls.length)).toBe(3);
  });
});
