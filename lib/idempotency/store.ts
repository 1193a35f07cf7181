import { randomUUID } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { Kysely } from 'kysely';
import { ERRORS } from '../errors.ts';
import { isUniqueViolation } from '../store/database.ts';
import type { PlatformTables } from '../store/platform.ts';
import { DEFAULT_LEASE, Lease, type CommittedWrites, type LeaseOptions } from './lease.ts';

/** Keys older than this are forgotten: ignored when found, deleted lazily. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const POLL_MS = 25;

/** What claiming a key decided: run the mutation under a lease (and record it), or answer with a stored response. */
export type Claim = { kind: 'owner'; lease: Lease } | { kind: 'replay'; response: unknown };

export interface KeyRequest {
  subject: string;
  key: string;
  fingerprint: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One subgraph's idempotency keys. Each step is one statement outside any transaction: the
 * primary key (caller_subject, key) decides which of two concurrent requests owns a new key, and
 * a conditional update (the lease has expired and the owner is still the one seen) which of two
 * retries takes over the key of an owner that died. Others wait, briefly, for the answer.
 */
export class IdempotencyStore {
  private readonly options: LeaseOptions;

  constructor(
    /** A subgraph's store (lib/store/platform.ts platformOf). */
    private readonly db: Kysely<PlatformTables>,
    options: Partial<LeaseOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULT_LEASE, ...options };
  }

  async claim(request: KeyRequest): Promise<Claim> {
    // Real elapsed time, whatever clock the leases are read with.
    const waitUntil = performance.now() + this.options.waitMs;
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', this.cutoff()).execute();
    for (;;) {
      const owner = randomUUID();
      const lease = (writes?: CommittedWrites) => new Lease(this.db, request, owner, this.options, this.now, writes);
      try {
        await this.db
          .insertInto('idempotency_keys')
          .values({
            caller_subject: request.subject,
            key: request.key,
            fingerprint: request.fingerprint,
            status: 'in_progress',
            response: null,
            created_at: new Date(this.now()).toISOString(),
            owner,
            lease_expires_at: lease().expiry(),
            writes: null,
          })
          .execute();
        return { kind: 'owner', lease: lease() };
      } catch (error: unknown) {
        if (!isUniqueViolation(error)) throw error;
      }
      const row = await this.db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('caller_subject', '=', request.subject)
        .where('key', '=', request.key)
        .executeTakeFirst();
      if (!row) continue; // released or expired meanwhile: try to claim it again
      if (row.created_at < this.cutoff()) {
        await this.forget(request.subject, request.key, row.created_at);
        continue;
      }
      if (row.fingerprint !== request.fingerprint) {
        throw ERRORS.IDEMPOTENCY_KEY_REUSED.err(`Idempotency-Key "${request.key}" was already used with a different operation or input`, {
          key: request.key,
        });
      }
      if (row.status === 'done' && row.response !== null) return { kind: 'replay', response: JSON.parse(row.response) as unknown };
      const now = new Date(this.now()).toISOString();
      if (row.lease_expires_at === null || row.lease_expires_at < now) {
        // The owner stopped renewing (it died): take the key over, in one statement that only
        // one retry can win, and with the writes it committed as they are now (RETURNING).
        const taken = await this.db
          .updateTable('idempotency_keys')
          .set({ owner, lease_expires_at: lease().expiry() })
          .where('caller_subject', '=', request.subject)
          .where('key', '=', request.key)
          .where('owner', row.owner === null ? 'is' : '=', row.owner)
          .where('status', '!=', 'done')
          .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', now)]))
          .returning(['writes'])
          .executeTakeFirst();
        if (taken) return { kind: 'owner', lease: lease(taken.writes === null ? {} : (JSON.parse(taken.writes) as CommittedWrites)) };
        continue; // another retry took it, or the owner renewed or finished: look again
      }
      if (performance.now() >= waitUntil) throw this.inProgress(request.key, row.lease_expires_at);
      await sleep(POLL_MS);
    }
  }

  /**
   * A live owner still holds the key: answered quickly (IDEMPOTENCY_WAIT_MS, well within the
   * gateway's timeout) with 409 and Retry-After, the time until its lease would end.
   */
  private inProgress(key: string, leaseExpiresAt: string): Error {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(leaseExpiresAt) - this.now()) / 1000));
    return ERRORS.CONFLICT.err(`A request with Idempotency-Key "${key}" is still in progress; retry after ${retryAfter} s`, {
      key,
      retryAfter,
      http: { status: 409, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    });
  }

  private async forget(subject: string, key: string, createdAt: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('caller_subject', '=', subject)
      .where('key', '=', key)
      .where('created_at', '=', createdAt)
      .execute();
  }

  private cutoff(): string {
    return new Date(this.now() - KEY_LIFETIME_MS).toISOString();
  }
}
