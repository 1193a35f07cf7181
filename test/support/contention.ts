import pg from 'pg';

/**
 * Forcing a race on PostgreSQL: a transaction on a connection of its own takes locks (a row
 * `for update`, an uncommitted unique key) and keeps them until released. Writers that arrive
 * meanwhile read what is committed, get as far as their own write and wait there, so when the
 * lock goes they all proceed on the same stale reads: the worst interleaving read committed
 * allows, every time rather than by luck.
 */
export interface HeldLocks {
  /** Resolves once `count` other sessions of this database are waiting on a lock. */
  waiters(count: number, timeoutMs?: number): Promise<void>;
  /** Rolls the holding transaction back, letting the waiters go. */
  release(): Promise<void>;
}

export async function holdLocks(url: string, statements: { text: string; values?: unknown[] }[]): Promise<HeldLocks> {
  const holder = new pg.Client({ connectionString: url });
  const watcher = new pg.Client({ connectionString: url });
  await Promise.all([holder.connect(), watcher.connect()]);
  await holder.query('begin');
  for (const statement of statements) await holder.query(statement.text, statement.values);
  let released = false;
  return {
    async waiters(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await watcher.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        const waiting = rows[0]?.n ?? 0;
        if (waiting >= count) return;
        if (Date.now() > deadline) throw new Error(`only ${waiting} of ${count} sessions came to wait on the held locks`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async release() {
      if (released) return;
      released = true;
      await holder.query('rollback');
      await Promise.all([holder.end(), watcher.end()]);
    },
  };
}
