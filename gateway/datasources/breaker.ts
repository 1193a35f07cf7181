import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  IsolatedCircuitError,
  circuitBreaker,
  handleWhen,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { BreakerStateName } from '../../lib/observability/metrics.ts';
import { breakerOpen, SubgraphFailure } from './downstream-errors.ts';

/** A subgraph's circuit breaker as /metrics and the logs name it. */
export type BreakerState = BreakerStateName;

export interface SubgraphBreakerOptions {
  /** Consecutive failures or timeouts that open it (SUBGRAPH_BREAKER_FAILURES). */
  failures: number;
  /** How long it stays open before one probe is let through (SUBGRAPH_BREAKER_HALF_OPEN_MS). */
  halfOpenMs: number;
  /** Told every change, to log it. */
  onChange?: (state: BreakerState) => void;
}

/**
 * One subgraph's circuit breaker (cockatiel): after `failures` consecutive failures that say the
 * subgraph is sick (SubgraphFailure.sick: no answer, timeout, 5xx, OVERLOADED) it opens, and every
 * fetch fails at once with SUBGRAPH_UNAVAILABLE instead of waiting for a timeout; after
 * `halfOpenMs` one probe goes through and closes it on success or opens it again. A caller's own
 * refusal (4xx) neither counts nor resets the count.
 */
export class SubgraphBreaker {
  private readonly policy: CircuitBreakerPolicy;

  constructor(
    private readonly subgraph: string,
    options: SubgraphBreakerOptions,
  ) {
    this.policy = circuitBreaker(
      // A probe whose caller went away told nothing: it keeps the breaker open (cockatiel would close it).
      handleWhen(
        (error) => error instanceof SubgraphFailure && (error.sick || (error.abandoned && this.policy.state === CircuitState.HalfOpen)),
      ),
      { halfOpenAfter: options.halfOpenMs, breaker: new ConsecutiveBreaker(options.failures) },
    );
    this.policy.onStateChange((state) => options.onChange?.(stateName(state)));
  }

  get state(): BreakerState {
    return stateName(this.policy.state);
  }

  /**
   * Runs one attempt through the breaker. While the probe is out, cockatiel would hold every
   * other fetch until the probe ends (up to a full timeout against a stopped subgraph): they fail
   * at once instead, as while it is open.
   */
  async execute<T>(attempt: () => Promise<T>): Promise<T> {
    if (this.policy.state === CircuitState.HalfOpen) throw breakerOpen(this.subgraph);
    try {
      return await this.policy.execute(attempt);
    } catch (error: unknown) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        throw breakerOpen(this.subgraph);
      }
      throw error;
    }
  }
}

function stateName(state: CircuitState): BreakerState {
  if (state === CircuitState.Closed) return 'closed';
  if (state === CircuitState.HalfOpen) return 'half-open';
  return 'open';
}
