import { spawn, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';

/**
 * Polls /healthz of every process about every 50 ms for as long as a suite runs, and reports the
 * slowest answer of each: the promise is that every process answers within 1 s while
 * any one request, or any fault elsewhere, is going on.
 *
 * The polling runs on a worker thread of its own, so the test's own work (building a 5 MB
 * document, parsing answers, running load) cannot delay a poll and be mistaken for a slow
 * service. Each target is polled one request at a time: a process that stops answering shows up
 * as one poll that took the whole POLL_TIMEOUT_MS. A process deliberately stopped, killed or
 * restarting is `suspend`ed for that time; polls overlapping a suspension are left out.
 *
 * A machine shared with other jobs can stall every process at once for a second or more, which
 * says nothing about the services. So the worker also polls a control: a trivial HTTP server in
 * a process of its own, doing nothing. A service's poll is charged only the time the control did
 * not also lose in the same moments (its duration minus the slowest control poll overlapping it):
 * a service that stops answering while the control answers is caught; a machine-wide pause is not
 * blamed on the service.
 */

/** One poll: when it began (ms since the epoch), how long it took, and what came back. */
export interface HealthSample {
  name: string;
  startedAt: number;
  ms: number;
  /** HTTP status, or 0 when the connection failed or the poll timed out. */
  status: number;
}

export interface HealthReport {
  /** Polls answered, per process. */
  polls: Record<string, number>;
  /** Slowest poll per process as measured (ms), a failed one counting as its full duration; `late` is judged net of machine stalls. */
  worst: Record<string, number>;
  /** Polls that failed or took longer than the limit, per process (at most 5 each, for the message). */
  late: Record<string, HealthSample[]>;
  /** The control's slowest poll: how much the machine itself stalled. */
  machineWorstMs: number;
}

const CONTROL = '(control)';
// Exits on its own after ten minutes, so it cannot outlive a test run that was killed.
const CONTROL_SOURCE = `
const server = require('node:http').createServer((request, response) => response.end('ok'));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
setTimeout(() => process.exit(0), 600000);
`;

const POLL_TIMEOUT_MS = 5_000;

// Plain JavaScript, evaluated on the worker thread (it cannot load TypeScript).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
let running = true;
parentPort.on('message', (message) => { if (message === 'stop') running = false; });
async function poll(target) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  while (running) {
    const startedAt = Date.now();
    const began = performance.now();
    const status = await new Promise((resolve) => {
      const request = http.get(target.url, { agent, timeout: workerData.timeoutMs }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', () => resolve(0));
    });
    parentPort.postMessage({ name: target.name, startedAt, ms: performance.now() - began, status });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, workerData.intervalMs - (performance.now() - began))));
  }
  agent.destroy();
}
Promise.all(workerData.targets.map(poll)).then(() => parentPort.postMessage('stopped'));
`;

export class HealthSampler {
  private readonly worker: Worker;
  private readonly control: ChildProcess;
  private readonly samples: HealthSample[] = [];
  private readonly suspensions: { name: string; from: number; to: number }[] = [];
  private readonly stopped: Promise<void>;
  private readonly targets: string[];

  /** Starts the control process, then polling `${origin}/healthz` of each named process. */
  static async start(origins: Record<string, string>, intervalMs = 50): Promise<HealthSampler> {
    const control = spawn(process.execPath, ['-e', CONTROL_SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<string>((resolve, reject) => {
      control.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      control.once('exit', () => reject(new Error('the health sampler’s control process exited')));
    });
    return new HealthSampler({ ...origins, [CONTROL]: `http://127.0.0.1:${port}` }, control, intervalMs);
  }

  private constructor(origins: Record<string, string>, control: ChildProcess, intervalMs: number) {
    this.control = control;
    const targets = Object.entries(origins).map(([name, origin]) => ({ name, url: `${origin}/healthz` }));
    this.targets = targets.map(({ name }) => name);
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { targets, intervalMs, timeoutMs: POLL_TIMEOUT_MS } });
    this.worker.unref();
    this.stopped = new Promise((resolve) => {
      this.worker.on('message', (message: HealthSample | 'stopped') => {
        if (message === 'stopped') resolve();
        else this.samples.push(message);
      });
      this.worker.once('exit', () => resolve());
    });
  }

  /** Leaves `name` out from now until `resume` (it is being killed, stopped or restarted on purpose). */
  suspend(name: string): void {
    this.suspensions.push({ name, from: Date.now(), to: Number.POSITIVE_INFINITY });
  }

  resume(name: string): void {
    const open = this.suspensions.findLast((s) => s.name === name && s.to === Number.POSITIVE_INFINITY);
    // A poll sent just before the process came back may still be on its way: give it a poll timeout.
    if (open) open.to = Date.now() + POLL_TIMEOUT_MS;
  }

  /**
   * Resolves once every process not suspended (and the control) has finished a poll that began
   * after this call, or after POLL_TIMEOUT_MS and a little more, whichever comes first. A report
   * taken right after a request ended would otherwise miss the poll that was waiting on a process
   * stalled by that very request: it arrives with the answer, or after it.
   */
  async settled(): Promise<void> {
    const from = Date.now();
    const deadline = from + POLL_TIMEOUT_MS + 500;
    const pending = () =>
      this.targets.filter(
        (name) =>
          !this.suspensions.some((s) => s.name === name && s.to === Number.POSITIVE_INFINITY) &&
          !this.samples.some((sample) => sample.name === name && sample.startedAt >= from),
      );
    while (pending().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** What was seen since `since` (default: since the start), measured against `limitMs`. */
  report(limitMs = 1_000, since = 0): HealthReport {
    const controls = this.samples.filter((sample) => sample.name === CONTROL && sample.startedAt >= since);
    const report: HealthReport = { polls: {}, worst: {}, late: {}, machineWorstMs: Math.round(Math.max(0, ...controls.map((c) => c.ms))) };
    for (const sample of this.samples) {
      if (sample.name === CONTROL || sample.startedAt < since || this.suspended(sample)) continue;
      const end = sample.startedAt + sample.ms;
      const machine = slowestOverlapping(controls, sample.startedAt, end);
      const ms = sample.status === 200 ? Math.max(0, sample.ms - machine) : Math.max(sample.ms - machine, limitMs + 1);
      report.polls[sample.name] = (report.polls[sample.name] ?? 0) + 1;
      report.worst[sample.name] = Math.max(report.worst[sample.name] ?? 0, Math.round(sample.ms));
      if (ms > limitMs) {
        const late = (report.late[sample.name] ??= []);
        if (late.length < 5) late.push(sample);
      }
    }
    return report;
  }

  /** Stops polling (idempotent); resolves once the worker has finished its last polls. */
  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await Promise.race([this.stopped, new Promise((resolve) => setTimeout(resolve, POLL_TIMEOUT_MS + 1_000))]);
    await this.worker.terminate();
    this.control.kill('SIGKILL');
  }

  private suspended(sample: HealthSample): boolean {
    const end = sample.startedAt + sample.ms;
    return this.suspensions.some((s) => s.name === sample.name && sample.startedAt <= s.to && end >= s.from);
  }
}

/** The slowest of `controls` (one poll at a time, so in order of start) overlapping [from, to]. */
function slowestOverlapping(controls: HealthSample[], from: number, to: number): number {
  let low = 0;
  let high = controls.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((controls[middle]?.startedAt ?? 0) <= from) low = middle + 1;
    else high = middle;
  }
  let slowest = 0;
  for (let i = Math.max(0, low - 1); i < controls.length; i++) {
    const control = controls[i];
    if (!control || control.startedAt > to) break;
    if (control.startedAt + control.ms >= from) slowest = Math.max(slowest, control.ms);
  }
  return slowest;
}
