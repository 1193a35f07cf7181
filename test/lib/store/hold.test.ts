import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimStore, holdStore, StoreInUseError } from '../../../lib/store/hold.ts';
import { createTestStore, TEST_STORE, tempDir, type TestStore } from '../../support/stores.ts';

/**
 * Running services hold their stores; `recordgraph seed` claims them and is refused while anyone
 * holds one (and a service is refused while seed has claimed it). On the configured test store:
 * SQLite files in one project, PostgreSQL databases in the other.
 */

let store: TestStore;

beforeAll(async () => {
  store = await createTestStore('crm');
});
afterAll(async () => {
  await store.drop();
});

describe.runIf(TEST_STORE === 'postgres')('PostgreSQL holds', () => {
  it('refuse a claim while a service holds the store, and allow it once every holder has let go', async () => {
    const first = await holdStore(store.url, 'crm');
    const second = await holdStore(store.url, 'crm');
    await expect(claimStore(store.url, 'crm')).rejects.toThrow(StoreInUseError);
    await first.release();
    await expect(claimStore(store.url, 'crm')).rejects.toThrow(/in use by a running recordgraph service/);
    await second.release();
    const claim = await claimStore(store.url, 'crm');
    await expect(holdStore(store.url, 'crm')).rejects.toThrow(/is being seeded/);
    await claim.release();
    await (await holdStore(store.url, 'crm')).release();
  });
});

describe.runIf(TEST_STORE === 'sqlite')('SQLite holders', () => {
  /** Another process on this machine (a `sleep`), holding the store in `file` as a service or seed would. */
  function otherProcess(path: string, file: (pid: number) => string) {
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = sleeper.pid ?? 0;
    mkdirSync(`${path}.holders`, { recursive: true });
    writeFileSync(join(`${path}.holders`, file(pid)), `${pid}\n`);
    const exited = new Promise((resolve) => sleeper.once('exit', resolve));
    return {
      pid,
      crash: async () => {
        sleeper.kill('SIGKILL');
        await exited;
      },
    };
  }

  it('refuse seeding while another process serves from the store, not once it has crashed', async () => {
    const dir = tempDir('recordgraph-hold-');
    const path = join(dir.path, 'crm.sqlite');
    const service = otherProcess(path, (pid) => String(pid));
    try {
      await expect(claimStore(path, 'crm')).rejects.toThrow(new RegExp(`in use by a running recordgraph process \\(pid ${service.pid}\\)`));
      await service.crash();
      const claim = await claimStore(path, 'crm');
      await claim.release();
    } finally {
      await service.crash();
      dir.remove();
    }
  });

  it('refuse to serve from a store another process is seeding', async () => {
    const dir = tempDir('recordgraph-hold-');
    const path = join(dir.path, 'crm.sqlite');
    const seed = otherProcess(path, () => 'seeding');
    try {
      await expect(holdStore(path, 'crm')).rejects.toThrow(/is being seeded/);
      await seed.crash();
      await (await holdStore(path, 'crm')).release();
    } finally {
      await seed.crash();
      dir.remove();
    }
  });
});
