import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { JetStreamApiCodes, JetStreamApiError, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { freePort, reachable } from './processes.ts';
import { tempDir } from './stores.ts';

/**
 * NATS for the event bus tests: the shared server at 127.0.0.1:4222 (NATS_TEST_URL), each test on
 * a stream of its own that it deletes afterwards, or a private nats-server a test can stop and
 * start again. Without NATS the tests say so and skip, except in CI (CI=true), where they fail.
 */

export const NATS_TEST_URL = process.env.NATS_TEST_URL || 'nats://127.0.0.1:4222';
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN || '/usr/sbin/nats-server';
export const requireNats = process.env.CI === 'true';

/** True when something listens where NATS_TEST_URL points. */
export async function natsReachable(url = NATS_TEST_URL): Promise<boolean> {
  return reachable(Number(new URL(url).port || 4222));
}

/** `RGTEST_<hex>`: a stream (and subject prefix `rgtest_<hex>`) no other test run uses. */
export function uniqueStreamName(): string {
  return `RGTEST_${randomBytes(6).toString('hex').toUpperCase()}`;
}

/** Deletes a test's stream (and with it its consumers); a missing stream is fine. */
export async function deleteStream(name: string, url = NATS_TEST_URL): Promise<void> {
  const nc = await connect({ servers: url, maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(name).catch((error: unknown) => {
      if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound)) throw error;
    });
  } finally {
    await nc.close();
  }
}

export interface PrivateNatsServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM by default) and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and store directory; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it and removes its store directory. */
  remove(): Promise<void>;
  output(): string;
}

/** A nats-server with JetStream on a free loopback port, its store in a temporary directory. */
export async function startPrivateNatsServer(): Promise<PrivateNatsServer> {
  const port = await freePort();
  const store = tempDir('recordgraph-nats-');
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  const start = async () => {
    const started = spawn(NATS_SERVER_BIN, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store.path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    const deadline = Date.now() + 10_000;
    while (!(await reachable(port))) {
      if (started.exitCode !== null || Date.now() > deadline) throw new Error(`nats-server did not start on port ${port}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop,
    start,
    remove: async () => {
      await stop('SIGKILL');
      store.remove();
    },
    output: () => output,
  };
}

/** Why a private nats-server cannot be started, or null when it can. */
export function natsServerMissing(): string | null {
  return existsSync(NATS_SERVER_BIN) ? null : `no nats-server binary at ${NATS_SERVER_BIN}`;
}

/** Polls `check` until it holds; fails with `what` after `timeoutMs` (a bound, not a speed test). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let counter = 0;

/** A well-formed change event of `type` (`Client.updated`) for bus tests; ids are unique per call. */
export function testEvent(type: string, entityId = 'cli_1', source = 'crm'): ChangeEvent {
  counter += 1;
  return {
    id: `evt_${randomBytes(8).toString('hex')}`,
    source,
    type,
    entityType: type.slice(0, type.indexOf('.')),
    entityId,
    entityVersion: counter,
    occurredAt: new Date().toISOString(),
    actor: { subject: 'test', mutation: 'test' },
    changes: { n: counter },
    redacted: [],
    requestId: null,
  };
}
