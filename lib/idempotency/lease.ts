import type { Kysely, Updateable } from 'kysely';
import { ERRORS } from '../errors.ts';
import type { PlatformTables } from '../store/platform.ts';
import type { KeyRequest } from './store.ts';
import type { IdempotencyKeyTable } from './table.ts';

/** The lease a key's owner holds, and how long a retry waits for a live owner (IDEMPOTENCY_*). */
export interface LeaseOptions {
  /** How long a key stays its owner's without a renewal (IDEMPOTENCY_LEASE_MS, default 10 000). */
  leaseMs: number;
  /** How long a retry waits for a live owner's answer before CONFLICT with Retry-After (IDEMPOTENCY_WAIT_MS, default 2 000). */
  waitMs: number;
}

export const DEFAULT_LEASE: LeaseOptions = { leaseMs: 10_000, waitMs: 2_000 };

/** The committed writes of an operation, by response key: what each write-path resolver returned. */
export type CommittedWrites = Record<string, unknown>;

/**
 * A request's hold on its Idempotency-Key. It renews the lease while the request works (a
 * heartbeat every third of the lease), so a slow but live owner is never taken over; a dead one
 * stops renewing and a retry takes the key over (IdempotencyStore.claim). Every statement names
 * the owner token: once the key has been taken over, this request's writes roll back
 * (`recordWrite`) and its response is not recorded, so the key's write happens once whoever ends
 * up answering.
 */
export class Lease {
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Kysely<PlatformTables>,
    readonly request: KeyRequest,
    /** This owner's fencing token (idempotency_keys.owner). */
    readonly owner: string,
    private readonly options: LeaseOptions,
    private readonly now: () => number,
    /** Writes a previous owner committed before it died: answered from, never written again. */
    private readonly writes: CommittedWrites = {},
  ) {}

  /** When a lease taken or renewed now ends. */
  expiry(): string {
    return new Date(this.now() + this.options.leaseMs).toISOString();
  }

  /** Renews the lease every third of it until `stop`; a failed renewal is retried at the next beat. */
  start(): void {
    this.heartbeat = setInterval(() => void this.renew().catch(() => {}), Math.max(1, Math.floor(this.options.leaseMs / 3)));
    // The heartbeat alone must not keep a stopping process alive.
    this.heartbeat.unref();
  }

  stop(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** Extends the lease; false once the key is no longer this owner's (taken over, or finished). */
  async renew(): Promise<boolean> {
    const result = await this.update(this.db, { lease_expires_at: this.expiry() }).where('status', '!=', 'done').executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** True, with what it returned, when the write at `responseKey` committed under an earlier owner. */
  committed(responseKey: string): { found: true; result: unknown } | { found: false } {
    return Object.hasOwn(this.writes, responseKey) ? { found: true, result: this.writes[responseKey] } : { found: false };
  }

  /**
   * Inside the write's transaction `trx`, after its work: marks the key committed with what the
   * write at `responseKey` returned. The statement names this owner, so if the key was taken
   * over meanwhile it changes nothing and the transaction is refused (CONFLICT) and rolls back;
   * on PostgreSQL it also holds the key's row until the commit, so a takeover cannot slip between.
   */
  async recordWrite(trx: Kysely<PlatformTables>, responseKey: string, result: unknown): Promise<void> {
    const writes = JSON.stringify({ ...this.writes, [responseKey]: result });
    const updated = await this.update(trx, { status: 'committed', writes, lease_expires_at: this.expiry() })
      .where('status', '!=', 'done')
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      throw ERRORS.CONFLICT.err(
        `Idempotency-Key "${this.request.key}" was taken over by a retry while this request ran; nothing was stored`,
        { key: this.request.key },
      );
    }
  }

  /** After the transaction that `recordWrite` was part of committed: later writes of the operation keep it. */
  didCommit(responseKey: string, result: unknown): void {
    this.writes[responseKey] = result;
  }

  /** Records the response, so retries answer with it; nothing when the key was taken over (its new owner answers). */
  async complete(response: unknown): Promise<void> {
    this.stop();
    await this.update(this.db, { status: 'done', response: JSON.stringify(response) }).execute();
  }

  /**
   * Gives the key up after a transient failure, so a retry runs the mutation again. A key with a
   * committed write is not forgotten (that would write twice): its lease ends now instead, and
   * the retry takes it over and answers from the write.
   */
  async release(): Promise<void> {
    this.stop();
    if (Object.keys(this.writes).length > 0) {
      await this.update(this.db, { lease_expires_at: new Date(0).toISOString() }).execute();
      return;
    }
    await this.db
      .deleteFrom('idempotency_keys')
      .where('caller_subject', '=', this.request.subject)
      .where('key', '=', this.request.key)
      .where('owner', '=', this.owner)
      .where('status', '=', 'in_progress')
      .execute();
  }

  /** An update of this owner's row of the key (none once another request has taken it over). */
  private update(db: Kysely<PlatformTables>, values: Updateable<IdempotencyKeyTable>) {
    return db
      .updateTable('idempotency_keys')
      .set(values)
      .where('caller_subject', '=', this.request.subject)
      .where('key', '=', this.request.key)
      .where('owner', '=', this.owner);
  }
}

/**
 * The lease each request's context holds, for the write path to find (lib/writes/mutation.ts):
 * the idempotency plugin claims the key before execution and the resolvers see the same context
 * object. Keyed weakly, so a finished request's entry goes with its context.
 */
const HELD = new WeakMap<object, Lease>();

export function holdLease(context: object, lease: Lease): void {
  HELD.set(context, lease);
}

/** The lease the request of `context` holds on its Idempotency-Key, if it sent one with a mutation. */
export function leaseOf(context: object): Lease | undefined {
  return HELD.get(context);
}
