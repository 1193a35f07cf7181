import { aborted, type EventBus } from '../../lib/events/bus.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import type { SharedWork } from './sharing-gateway.ts';

/**
 * Follows the bus from now on: each committed write, from any replica, subgraph or automation
 * rule, ends the sharing of what is in flight (SharedWork.forgetAll). Until it stops (`signal`)
 * or the bus closes; a failed tail is logged and started again, forgetting everything, as writes
 * may have been missed in between.
 */
export async function forgetOnEvents(bus: EventBus, shared: SharedWork, signal: AbortSignal, logger: Logger): Promise<void> {
  while (!signal.aborted) {
    try {
      for await (const _event of bus.tail({ signal })) shared.forgetAll();
      return;
    } catch (error: unknown) {
      if (aborted(signal)) return;
      shared.forgetAll();
      logger.warn({ err: error }, 'following the bus for writes failed; following again in 1 s');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
