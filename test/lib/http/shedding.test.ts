import { afterEach, describe, expect, it } from 'vitest';
import { DEADLINE_HEADER } from '../../../lib/http/deadline.ts';
import { HttpService } from '../../../lib/http/service.ts';
import { CONFIG_DEFAULTS } from '../../../lib/config.ts';

/**
 * The load shedder of one HTTP service over a tiny schema whose `slow` field waits on a gate:
 * one slot and one queue place, so the third concurrent request is shed at once, a queued one
 * runs when the slot frees, and one whose deadline passes while queued is answered 504.
 */

let services: HttpService[] = [];
let release: () => void = () => {};
afterEach(async () => {
  release();
  await Promise.all(services.map((service) => service.stop()));
  services = [];
});

async function start() {
  let entered = 0;
  const gate = new Promise<string>((resolve) => (release = () => resolve('done')));
  const service = new HttpService({
    name: 'tiny',
    env: 'test',
    shedding: { ...CONFIG_DEFAULTS.shedding, maxConcurrentRequests: 1, requestQueueSize: 1 },
    apollo: {
      typeDefs: 'type Query { slow: String fast: String }',
      resolvers: {
        Query: {
          slow: () => {
            entered += 1;
            return gate;
          },
          fast: () => 'fast',
        },
      },
    },
    context: async () => ({}),
  });
  services.push(service);
  const url = await service.listen(0);
  return { url, entered: () => entered };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition()).toBe(true);
}

describe('LoadShedder', () => {
  it('serves one at a time, queues one, and sheds the rest with 503 OVERLOADED and Retry-After', async () => {
    const { url, entered } = await start();
    const first = post(url, '{ slow }');
    await until(() => entered() === 1);
    const [one, other] = [post(url, '{ fast }'), post(url, '{ fast }')];
    // One takes the queue place and waits for the slot; the other is shed at once, so it answers first.
    const shed = await Promise.race([one, other]);
    expect(shed.status).toBe(503);
    expect(shed.retryAfter).toBe('1');
    expect(shed.body.errors?.map((error) => error.extensions?.code)).toEqual(['OVERLOADED']);
    release();
    expect((await first).body.data).toEqual({ slow: 'done' });
    const answers = await Promise.all([one, other]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 503]);
    // Every slot is free again.
    expect((await post(url, '{ fast }')).status).toBe(200);
  });

  it('answers 504 DEADLINE_EXCEEDED to a request whose deadline passed while it was queued, without running it', async () => {
    const { url, entered } = await start();
    const first = post(url, '{ slow }');
    await until(() => entered() === 1);
    const late = post(url, '{ slow }', { [DEADLINE_HEADER]: '100' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    release();
    const answer = await late;
    expect(answer.status).toBe(504);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['DEADLINE_EXCEEDED']);
    expect((await first).status).toBe(200);
    expect(entered()).toBe(1);
  });

  it('refuses a request arriving with no budget before running it', async () => {
    const { url, entered } = await start();
    const answer = await post(url, '{ slow }', { [DEADLINE_HEADER]: '0' });
    expect(answer.status).toBe(504);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['DEADLINE_EXCEEDED']);
    expect(entered()).toBe(0);
  });
});
