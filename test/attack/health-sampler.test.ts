import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthSampler } from '../support/health-sampler.ts';

/**
 * The attack and chaos suites judge the rule "every process answers /healthz within 1 s,
 * throughout" with HealthSampler, net of machine-wide stalls (a control process that does nothing
 * loses the same moments). Netting must not hide a real hang: here a process that blocks its
 * event loop for 1.5 s, as a runaway request would, is reported late, while a process beside it
 * that keeps answering is not.
 */

const HANG_MS = 1_500;
// /healthz answers at once; /hang blocks the event loop for ?ms= milliseconds, then answers.
const SERVER_SOURCE = `
const server = require('node:http').createServer((request, response) => {
  const url = new URL(request.url, 'http://x');
  if (url.pathname === '/hang') {
    const until = Date.now() + Number(url.searchParams.get('ms'));
    while (Date.now() < until) {}
  }
  response.end('ok');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
setTimeout(() => process.exit(0), 120000);
`;

const children: ChildProcess[] = [];
const origins: Record<string, string> = {};
let sampler: HealthSampler;

async function startServer(): Promise<string> {
  const child = spawn(process.execPath, ['-e', SERVER_SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', () => reject(new Error('the test server exited')));
  });
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  origins.hung = await startServer();
  origins.steady = await startServer();
  sampler = await HealthSampler.start(origins);
});

afterAll(async () => {
  await sampler.stop();
  for (const child of children) child.kill('SIGKILL');
});

describe('the /healthz rule catches a real hang', () => {
  it('a process whose event loop is blocked for 1.5 s is late; its neighbour is not', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const since = Date.now();
    const response = await fetch(`${origins.hung}/hang?ms=${HANG_MS}`);
    expect(response.status).toBe(200);
    await sampler.settled();
    const report = sampler.report(1_000, since);
    expect(report.polls.hung ?? 0).toBeGreaterThan(0);
    expect(report.polls.steady ?? 0).toBeGreaterThan(0);
    expect(report.late.hung?.length ?? 0, JSON.stringify(report)).toBeGreaterThan(0);
    expect(report.worst.hung).toBeGreaterThan(1_000);
    expect(report.late.steady, JSON.stringify(report)).toBeUndefined();
  });

  it('a stopped process (SIGSTOP) is late too, unless it was suspended on purpose', async () => {
    const hung = children[0];
    const stopFor = async (ms: number) => {
      hung?.kill('SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, ms));
      hung?.kill('SIGCONT');
      await sampler.settled();
    };
    const since = Date.now();
    await stopFor(HANG_MS);
    expect(sampler.report(1_000, since).late.hung?.length ?? 0).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const suspendedSince = Date.now();
    sampler.suspend('hung');
    await stopFor(HANG_MS);
    sampler.resume('hung');
    expect(sampler.report(1_000, suspendedSince).late.hung).toBeUndefined();
  });
});
