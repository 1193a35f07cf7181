import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { backoffDelay } from '../backoff.ts';
import { aborted, startConsumer, type ConsumeOptions, type Consumer, type EventBus, type ReadOptions, type TailOptions } from './bus.ts';
import { type BusEvent, type ChangeEvent, type TypeFilter } from './envelope.ts';
import { EVENT_RETRY, sleep } from './retry.ts';

/**
 * Appends in this process wake its readers at once; other processes' appends are noticed by one
 * watcher per bus, which looks at the head every `pollMs`, so idle readers cost nothing each.
 */
const appended = new EventEmitter().setMaxListeners(0);

// Logs whose readers are woken once the appends in hand are done (the relay publishes a round of
// up to 200 in a row): woken on each, every reader read, handled and waited event by event, and
// under an import that was a third of the subgraphs' time; woken after, they read a hundred at a time.
const toWake = new Set<string>();
function wakeReaders(key: string): void {
  if (toWake.has(key)) return;
  toWake.add(key);
  setImmediate(() => {
    toWake.delete(key);
    appended.emit(key);
  });
}

export interface LocalBusOptions {
  /** The log's SQLite file (EVENT_LOG_PATH, default ./data/events.sqlite). */
  path: string;
  /** How often the bus looks for events other processes appended (EVENT_POLL_MS, default 100). */
  pollMs?: number;
  /**
   * Open the log read-only, for a process that only reads it (the gateway's change feed and
   * subscriptions); `publish` and `consume` then fail. Default false.
   */
  readOnly?: boolean;
}

interface EventRow {
  position: number;
  body: string;
}

/**
 * The embedded bus: the log is a table in one SQLite file, so it is as durable as the stores
 * beside it and every process on the machine that opens the file shares it (WAL). `position`
 * is the append order; `id` is unique, so a re-published event is kept once. Durable consumers
 * keep their position in the same file.
 */
export class LocalBus implements EventBus {
  readonly kind = 'local';
  private readonly sqlite: SQLite.Database;
  private readonly key: string;
  private readonly watcher: NodeJS.Timeout;
  private seenHead = 0;
  private readonly closing = new AbortController();
  private readonly consumers = new Set<Promise<void>>();
  /** Prepared once per SQL text: readers, the watcher and publish run the same few statements all the time. */
  private readonly statements = new Map<string, SQLite.Statement>();

  constructor(options: LocalBusOptions) {
    this.key = resolve(options.path);
    this.sqlite = openLog(this.key, options.readOnly ?? false);
    this.seenHead = this.headNow();
    this.watcher = setInterval(() => {
      let head: number;
      try {
        head = this.headNow();
      } catch {
        // The file busy for a moment (another process recovering it): the next tick looks again.
        return;
      }
      if (head === this.seenHead) return;
      this.seenHead = head;
      appended.emit(this.key);
    }, options.pollMs ?? 100);
    this.watcher.unref();
  }

  async publish(event: ChangeEvent): Promise<void> {
    const inserted = this.statement('insert into events (id, type, entity_type, body) values (?, ?, ?, ?) on conflict (id) do nothing').run(
      event.id,
      event.type,
      event.entityType,
      JSON.stringify(event),
    );
    if (inserted.changes) wakeReaders(this.key);
  }

  async read({ after, types, limit }: ReadOptions): Promise<BusEvent[]> {
    const filter = typeClause(types);
    const rows = this.statement(`select position, body from events where position > ?${filter.sql} order by position limit ?`).all(
      after,
      ...filter.params,
      limit,
    ) as EventRow[];
    return rows.map((row) => ({ position: row.position, event: JSON.parse(row.body) as ChangeEvent }));
  }

  async head(): Promise<number> {
    return this.headNow();
  }

  async count(types?: TypeFilter): Promise<number> {
    const filter = typeClause(types);
    const row = this.statement(`select count(*) as count from events where 1 = 1${filter.sql}`).get(...filter.params) as { count: number };
    return row.count;
  }

  async forget(sources: readonly string[]): Promise<number> {
    if (!sources.length) return 0;
    // `autoincrement` keeps the highest position ever used, so deleting rows never reuses one.
    const deleted = this.sqlite
      .prepare(`delete from events where json_extract(body, '$.source') in (${sources.map(() => '?').join(', ')})`)
      .run(...sources);
    return deleted.changes;
  }

  private statement(sql: string): SQLite.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.sqlite.prepare(sql)));
    return statement;
  }

  private headNow(): number {
    const row = this.statement('select max(position) as position from events').get() as { position: number | null };
    return row.position ?? 0;
  }

  consume(name: string, options: ConsumeOptions, handler: (event: BusEvent) => Promise<void>): Consumer {
    this.statement('insert into consumers (name, position) values (?, 0) on conflict (name) do nothing').run(name);
    // Never backwards: a second process running the same consumer (not a supported set-up) would
    // only repeat events, not rewind the position past ones already handled.
    const savePosition = this.statement('update consumers set position = max(position, ?) where name = ?');
    return startConsumer(name, this.closing.signal, this.consumers, async (signal) => {
      let { position } = this.statement('select position from consumers where name = ?').get(name) as { position: number };
      while (!signal.aborted) {
        const head = this.headNow();
        const batch = await this.read({ after: position, types: options.types, limit: 100 });
        if (!batch.length) {
          // Nothing up to the head is of its types: it starts after the head next time, rather
          // than reading every event of other types again on each wake (a busy log made that quadratic).
          if (head > position) savePosition.run((position = head), name);
          await this.waitForNews(head, signal);
          continue;
        }
        for (const event of batch) {
          let handled = false;
          for (let attempt = 0; !handled && !aborted(signal); attempt += 1) {
            try {
              await handler(event);
              handled = true;
            } catch {
              // The same event again after a back-off; later events wait so order holds.
              await sleep(backoffDelay(EVENT_RETRY, attempt), signal);
            }
          }
          if (!handled) return;
          // Recorded even when stopping meanwhile: a handled event is never handed out again.
          position = event.position;
          savePosition.run(position, name);
          if (aborted(signal)) return;
        }
      }
    });
  }

  async *tail({ after, types, signal }: TailOptions): AsyncIterable<BusEvent> {
    const done = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    let position = after ?? (await this.head());
    while (!done.aborted) {
      const head = this.headNow();
      const batch = await this.read({ after: position, types, limit: 100 });
      for (const event of batch) {
        if (aborted(done)) return;
        position = event.position;
        yield event;
      }
      if (!batch.length) {
        // As in consume: nothing up to the head is of its types.
        position = Math.max(position, head);
        await this.waitForNews(head, done);
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.watcher);
    this.closing.abort();
    await Promise.all(this.consumers);
    this.sqlite.close();
  }

  /**
   * Resolves once the log has grown past `seen` (the head before the reader's last read, so an
   * append in between is not missed), on the next append or watcher tick, or on abort.
   */
  private waitForNews(seen: number, signal: AbortSignal): Promise<void> {
    return new Promise((done) => {
      const finish = () => {
        appended.off(this.key, finish);
        signal.removeEventListener('abort', finish);
        done();
      };
      appended.on(this.key, finish);
      signal.addEventListener('abort', finish, { once: true });
      if (signal.aborted || this.headNow() > seen) finish();
    });
  }
}

/**
 * The log's file, created with its tables when it is not there yet. A reader that starts before
 * any writer creates it the same way, then opens it read-only (WAL lets it see every later append).
 */
function openLog(path: string, readOnly: boolean): SQLite.Database {
  if (readOnly && existsSync(path)) {
    const reader = new SQLite(path, { readonly: true });
    if (reader.prepare("select 1 from sqlite_master where type = 'table' and name = 'events'").get()) return withBusyTimeout(reader);
    reader.close();
  }
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  withBusyTimeout(sqlite).exec(`
    create table if not exists events (
      position integer primary key autoincrement,
      id text not null unique,
      type text not null,
      entity_type text not null,
      body text not null
    );
    create table if not exists consumers (name text primary key, position integer not null);
  `);
  if (!readOnly) return sqlite;
  sqlite.close();
  return withBusyTimeout(new SQLite(path, { readonly: true }));
}

function withBusyTimeout(sqlite: SQLite.Database): SQLite.Database {
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** `and (type in (…) or entity_type in (…))` for exact types and `Entity.*` patterns. */
function typeClause(types: TypeFilter): { sql: string; params: string[] } {
  if (!types?.length) return { sql: '', params: [] };
  const exact = types.filter((type) => !type.endsWith('.*'));
  const entities = types.filter((type) => type.endsWith('.*')).map((type) => type.slice(0, -2));
  const parts = [
    exact.length ? `type in (${exact.map(() => '?').join(', ')})` : null,
    entities.length ? `entity_type in (${entities.map(() => '?').join(', ')})` : null,
  ].filter((part): part is string => part !== null);
  return { sql: ` and (${parts.join(' or ')})`, params: [...exact, ...entities] };
}
