import type { Kysely } from 'kysely';
import { Poller } from '../../lib/events/poller.ts';
import { describeError, type Logger } from '../../lib/observability/logger.ts';
import { nextAttemptAt, type RetryPolicy } from './backoff.ts';
import { SIGNATURE_HEADER, signatureHeader } from './signing.ts';
import { claimDue, recordAttempt, type AttemptOutcome, type ClaimedDelivery } from './store/deliveries.ts';
import type { WebhooksDatabase } from './store/schema.ts';

export interface WorkerOptions extends RetryPolicy {
  /** How long a receiver has to answer one POST (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Deliveries taken per round (default 10). */
  batchSize?: number;
  /** How often due deliveries are looked for besides the wake-ups after dispatch (default min(1 s, retryBaseMs)). */
  pollMs?: number;
  logger?: Pick<Logger, 'warn'>;
}

/** What a receiver's answer came to, as recorded in the attempt row. */
interface PostResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Sends due deliveries: POSTs each body, signed, to its endpoint, and records every attempt. A
 * 2xx is delivered; anything else (another status, a refused connection, a timeout) is retried
 * with exponential back-off until the retry window from the first attempt has passed, then the
 * delivery is dead-lettered (DEAD) until someone replays it. Each round takes a few deliveries,
 * oldest event first, and sends one endpoint's in that order, endpoints side by side.
 */
export class DeliveryWorker {
  private readonly batchSize: number;
  private readonly poller: Poller;

  constructor(
    private readonly db: Kysely<WebhooksDatabase>,
    private readonly options: WorkerOptions,
  ) {
    this.batchSize = options.batchSize ?? 10;
    this.poller = new Poller({
      pollMs: options.pollMs ?? Math.max(10, Math.min(1000, options.retryBaseMs)),
      round: async () => (await this.round()) === this.batchSize,
      failing: (error) => options.logger?.warn({ err: error }, 'webhook worker cannot reach its store; retrying'),
    });
  }

  start(): void {
    this.poller.start();
  }

  /** Asks for a round now: new deliveries were queued or replayed. */
  wake(): void {
    this.poller.wake();
  }

  /** Stops polling and waits for the round in hand (its POSTs end within the timeout). */
  stop(): Promise<void> {
    return this.poller.stop();
  }

  private async round(): Promise<number> {
    const now = new Date();
    // A claim lasts past the longest POST, so nobody else sends it meanwhile; a crash frees it after.
    const leaseUntil = new Date(now.getTime() + this.options.timeoutMs + 30_000).toISOString();
    const claimed = await claimDue(this.db, { now: now.toISOString(), leaseUntil, limit: this.batchSize });
    const byEndpoint = new Map<string, ClaimedDelivery[]>();
    for (const delivery of claimed) byEndpoint.set(delivery.endpoint_id, [...(byEndpoint.get(delivery.endpoint_id) ?? []), delivery]);
    await Promise.all(
      [...byEndpoint.values()].map(async (deliveries) => {
        for (const delivery of deliveries) await this.attempt(delivery);
      }),
    );
    return claimed.length;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = new Date();
    const result = await this.post(delivery, attemptedAt);
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    await recordAttempt(
      this.db,
      delivery,
      { attempted_at: attemptedAt.toISOString(), status_code: result.statusCode, duration_ms: result.durationMs, error: result.error },
      ok ? { status: 'DELIVERED' } : this.retryOrDead(delivery, attemptedAt),
    );
  }

  private retryOrDead(delivery: ClaimedDelivery, attemptedAt: Date): AttemptOutcome {
    const first = delivery.first_attempt_at ? new Date(delivery.first_attempt_at) : attemptedAt;
    const failures = delivery.attempt_count + 1;
    const next = nextAttemptAt(this.options, failures, first, new Date());
    return next ? { status: 'PENDING', nextAttemptAt: next.toISOString() } : { status: 'DEAD' };
  }

  private async post(delivery: ClaimedDelivery, at: Date): Promise<PostResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'recordgraph-webhooks',
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.body, Math.floor(at.getTime() / 1000)),
          'recordgraph-event-id': delivery.event_id,
          'recordgraph-delivery-id': delivery.id,
        },
        body: delivery.body,
        // A redirect is an answer, not a delivery: the registered URL is where events go.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      // The receiver's body is not kept; not reading it frees the connection.
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return { statusCode: response.status, error: ok ? null : `HTTP ${response.status}`, durationMs: elapsed() };
    } catch (error: unknown) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return {
        statusCode: null,
        error: timedOut ? `no response within ${this.options.timeoutMs} ms` : describeError(error),
        durationMs: elapsed(),
      };
    }
  }
}
