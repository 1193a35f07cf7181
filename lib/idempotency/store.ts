import type { Kysely } from 'kysely';
import { ERRORS } from '../errors.ts';
import { isUniqueViolation } from '../store/database.ts';
import type { PlatformTables } from '../store/platform.ts';

/** Keys older than this are forgotten: ignored when found, deleted lazily. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** How long a retry waits for the request that owns its key before giving up with CONFLICT. */
const WAIT_MS = 10_000;
const POLL_MS = 25;

/** What claiming a key decided: run the mutation (and record it), or answer with a stored response. */
export type Claim = { kind: 'owner' } | { kind: 'replay'; response: unknown };

export interface KeyRequest {
  subject: string;
  key: string;
  fingerprint: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One subgraph's idempotency keys. Each step is one statement outside any transaction: the
 * primary key (caller_subject, key) decides which of two concurrent requests runs the mutation,
 * and the other waits for its stored response.
 */
export class IdempotencyStore {
  constructor(
    /** A subgraph's store (lib/store/platform.ts platformOf). */
    private readonly db: Kysely<PlatformTables>,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(request: KeyRequest): Promise<Claim> {
    const deadline = this.now() + WAIT_MS;
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', this.cutoff()).execute();
    for (;;) {
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
          })
          .execute();
        return { kind: 'owner' };
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
      if (this.now() >= deadline) {
        throw ERRORS.CONFLICT.err(`A request with Idempotency-Key "${request.key}" is still in progress; retry later`, {
          key: request.key,
          http: { status: 409 },
        });
      }
      await sleep(POLL_MS);
    }
  }

  /** Records the owner's response, so retries answer with it. */
  async complete(request: KeyRequest, response: unknown): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ status: 'done', response: JSON.stringify(response) })
      .where('caller_subject', '=', request.subject)
      .where('key', '=', request.key)
      .where('fingerprint', '=', request.fingerprint)
      .execute();
  }

  /** Gives the key up (a transient failure), so a retry runs the mutation again. */
  async release(request: KeyRequest): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('caller_subject', '=', request.subject)
      .where('key', '=', request.key)
      .where('status', '=', 'in_progress')
      .execute();
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
