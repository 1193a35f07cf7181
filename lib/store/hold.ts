import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { dialectOf, sqlitePath } from './database.ts';

/**
 * A running service holds the stores it serves from; `recordgraph seed`, which deletes stores,
 * claims them and is refused while anything holds one (so a running service never keeps serving,
 * and accepting writes into, a store that was replaced underneath it). Holds are shared (every
 * replica of a service, every process reading the event log); a claim is exclusive.
 *
 * - PostgreSQL: a session advisory lock on a connection of its own, shared for a hold, exclusive
 *   for a claim. The server releases it when the connection ends, so a service that crashed
 *   holds nothing.
 * - SQLite (one machine): a file per holding process beside the store, `<file>.holders/<pid>`; a
 *   holder whose process has gone no longer counts, and its file is removed by the next look.
 *
 * Writing this by hand: lock-file libraries (proper-lockfile) make a lock exclusive and detect a
 * dead holder by a timestamp it must keep refreshing, and PostgreSQL's advisory locks have no
 * library of their own; neither gives shared holds that vanish the moment their process dies.
 */
export interface StoreHold {
  release(): Promise<void>;
}

/** A claim refused: names the store and who holds it, and says what to do. */
export class StoreInUseError extends Error {
  override name = 'StoreInUseError';
}

/** Holds `url` for a running service; refused while `seed` has claimed it. */
export function holdStore(url: string, name: string): Promise<StoreHold> {
  return dialectOf(url) === 'postgres' ? lockPostgres(url, name, 'shared') : holdSqlite(sqlitePath(url), name);
}

/** Claims `url` for `seed`: refused with StoreInUseError while a service holds it. */
export function claimStore(url: string, name: string): Promise<StoreHold> {
  return dialectOf(url) === 'postgres' ? lockPostgres(url, name, 'exclusive') : claimSqlite(sqlitePath(url), name);
}

const SEEDING = 'seeding';

async function lockPostgres(url: string, name: string, mode: 'shared' | 'exclusive'): Promise<StoreHold> {
  const client = new pg.Client({
    connectionString: url,
    application_name: `recordgraph ${name} ${mode === 'shared' ? 'service' : 'seed'}`,
  });
  // A connection the server drops (restart, failover) ends the hold with it; nothing to crash on.
  client.on('error', () => {});
  await client.connect();
  const key = `recordgraph:store:${name}`;
  const lock = mode === 'shared' ? 'pg_try_advisory_lock_shared' : 'pg_try_advisory_lock';
  const { rows } = await client.query<{ locked: boolean }>(`select ${lock}(hashtextextended($1, 0)) as locked`, [key]);
  if (!rows[0]?.locked) {
    await client.end();
    throw new StoreInUseError(
      mode === 'shared'
        ? `The ${name} store is being seeded (\`recordgraph seed\`); start the service once seeding is done.`
        : `The ${name} store is in use by a running recordgraph service; stop it before seeding (seed replaces the store).`,
    );
  }
  return { release: () => client.end() };
}

/** Whether process `pid` on this machine is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Holder {
  file: string;
  pid: number;
}

/** The live holders of a SQLite store other than this process; stale files are removed. */
function holders(dir: string): Holder[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: Holder[] = [];
  for (const file of names) {
    const pid = Number(readFileSync(join(dir, file), 'utf8').split('\n')[0]);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) found.push({ file, pid });
    else rmSync(join(dir, file), { force: true });
  }
  return found;
}

/** How many holds this process has on each holder file: the file goes with the last release. */
const held = new Map<string, number>();

function holdFile(dir: string, file: string): StoreHold {
  const path = join(dir, file);
  const count = held.get(path) ?? 0;
  if (count === 0) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
  }
  held.set(path, count + 1);
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      const left = (held.get(path) ?? 1) - 1;
      if (left > 0) return void held.set(path, left);
      held.delete(path);
      rmSync(path, { force: true });
    },
  };
}

async function holdSqlite(path: string, name: string): Promise<StoreHold> {
  const dir = `${path}.holders`;
  if (holders(dir).some((holder) => holder.file === SEEDING)) {
    throw new StoreInUseError(
      `The ${name} store (${path}) is being seeded (\`recordgraph seed\`); start the service once seeding is done.`,
    );
  }
  // One file per process: every store a process serves from is held once, however often it opens it.
  return holdFile(dir, String(process.pid));
}

async function claimSqlite(path: string, name: string): Promise<StoreHold> {
  const dir = `${path}.holders`;
  const others = holders(dir);
  if (others.length) {
    const pids = [...new Set(others.map((holder) => holder.pid))].join(', ');
    throw new StoreInUseError(
      `The ${name} store (${path}) is in use by a running recordgraph process (pid ${pids}); stop it before seeding (seed replaces the store).`,
    );
  }
  return holdFile(dir, SEEDING);
}
