import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import type { ChangedField } from '../audit/record.ts';
import type { AuditLogTable } from '../audit/table.ts';
import { nowIso } from '../dates.ts';
import type { Logger } from '../observability/logger.ts';
import { inBackground } from '../store/database.ts';
import type { EventBus } from './bus.ts';
import type { ChangeEvent } from './envelope.ts';
import type { ExternalId } from '../external-ids/store.ts';
import type { EntityReference } from './references.ts';
import type { PlatformTables } from '../store/platform.ts';
import type { OutboxTable } from './outbox.ts';
import { Poller } from './poller.ts';

export interface RelayOptions {
  /** The subgraph whose store this is, announced as each event's `source`. */
  source: string;
  bus: EventBus;
  /** Columns announced as changed without their values (`Employee` → `salary_minor`). */
  redacted?: Readonly<Record<string, readonly string[]>>;
  /** How often the outbox is scanned besides the wake-ups after each write (OUTBOX_POLL_MS). */
  pollMs: number;
  /** Rows published per round (default 200). */
  batchSize?: number;
  logger?: Pick<Logger, 'warn' | 'info'>;
}

type PendingRow = Selectable<OutboxTable> & AuditLogTable;

/**
 * Publishes a store's outbox to the bus, in write order, at least once. A row is marked
 * published only after the bus acknowledged its event, so a crash in between re-publishes it
 * (the bus drops a repeated id; consumers de-duplicate on it too) and nothing is dropped. Publishing stops at the first
 * failure, so a later change to an entity never overtakes an earlier one; the rest waits for
 * the next round. On PostgreSQL, replicas of one subgraph take turns under an advisory lock so
 * that one relay at a time publishes.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly poller: Poller;

  /** `db` is a subgraph's store (lib/store/platform.ts platformOf). */
  constructor(
    private readonly db: Kysely<PlatformTables>,
    private readonly options: RelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 200;
    const source = options.source;
    this.poller = new Poller({
      pollMs: options.pollMs,
      round: async () => (await this.publishBatch()) === this.batchSize,
      failing: (error) => options.logger?.warn({ source, err: error }, 'outbox relay cannot publish; retrying'),
      recovered: () => options.logger?.info({ source }, 'outbox relay publishing again'),
    });
  }

  start(): void {
    this.poller.start();
  }

  /** Asks for a round now: called after a write commits, so its event leaves at once. */
  wake(): void {
    this.poller.wake();
  }

  /** Publishes everything pending now; resolves with how many events left. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.poller.exclusive(() => this.publishBatch());
      total += published;
      if (published < this.batchSize) return total;
    }
  }

  stop(): Promise<void> {
    return this.poller.stop();
  }

  /** One round: read a batch, publish it in order, mark what the bus acknowledged. */
  private async publishBatch(): Promise<number> {
    // Not a request's statements: batching tests count only those (lib/store/database.ts).
    const { published, failure } = await inBackground(async () => {
      if (!(this.db.getExecutor().adapter instanceof PostgresAdapter)) return this.publishFrom(this.db);
      // One relay per PostgreSQL store at a time: the others skip the round. A session lock on one
      // connection, not a transaction: nothing stays open while the bus is asked, and a relay that
      // dies releases the lock with its connection.
      return this.db.connection().execute(async (connection) => {
        const key = sql`hashtextextended(${`outbox:${this.options.source}`}, 0)`;
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}) as locked`.execute(connection);
        if (!rows[0]?.locked) return { published: 0, failure: null };
        try {
          return await this.publishFrom(connection);
        } finally {
          // The connection goes back to the pool: it must not keep the lock, or every other
          // replica would skip its rounds while this connection sits idle.
          await sql`select pg_advisory_unlock(${key})`
            .execute(connection)
            .catch(() => sql`select pg_advisory_unlock_all()`.execute(connection));
        }
      });
    });
    // Thrown only now, once what the bus took is marked.
    if (failure) throw failure instanceof Error ? failure : new Error('the bus refused an event', { cause: failure });
    return published;
  }

  private async publishFrom(db: Kysely<PlatformTables>): Promise<{ published: number; failure: unknown }> {
    const rows = (await db
      .selectFrom('outbox')
      .innerJoin('audit_log', 'audit_log.id', 'outbox.audit_id')
      .selectAll()
      .where('outbox.published_at', 'is', null)
      .orderBy('outbox.seq')
      .limit(this.batchSize)
      .execute()) as PendingRow[];
    const published: number[] = [];
    let failure: unknown = null;
    try {
      for (const row of rows) {
        await this.options.bus.publish(this.envelope(row));
        published.push(row.seq);
      }
    } catch (error: unknown) {
      failure = error;
    }
    // Marked by seq, never "everything up to": on PostgreSQL a lower seq can commit later.
    if (published.length) await db.updateTable('outbox').set({ published_at: nowIso() }).where('seq', 'in', published).execute();
    return { published: published.length, failure };
  }

  private envelope(row: PendingRow): ChangeEvent {
    const hidden = new Set(this.options.redacted?.[row.entity_type] ?? []);
    const changes: Record<string, unknown> = {};
    const redacted: string[] = [];
    for (const { field, after } of JSON.parse(row.changes) as ChangedField[]) {
      if (hidden.has(field)) redacted.push(field);
      else changes[field] = after;
    }
    return {
      id: row.event_id,
      source: this.options.source,
      type: row.type,
      entityType: row.entity_type,
      entityId: row.entity_id,
      entityVersion: row.version,
      occurredAt: row.occurred_at,
      actor: { subject: row.actor_subject, mutation: row.mutation },
      changes,
      redacted,
      requestId: row.request_id,
      // A row written before the outbox kept references announces none: "unknown", not "nothing".
      ...(row.refs === null ? {} : { references: JSON.parse(row.refs) as EntityReference[] }),
      ...(row.external_ids ? { externalIds: JSON.parse(row.external_ids) as ExternalId[] } : {}),
    };
  }
}
