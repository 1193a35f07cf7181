import type { BaseContext } from '@apollo/server';
import { aborted, type EventBus } from '../../lib/events/bus.ts';
import type { HttpServiceOptions } from '../../lib/http/service.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import type { SharedWork } from './sharing-gateway.ts';

type Extend = NonNullable<HttpServiceOptions<BaseContext>['extend']>;

/**
 * A gateway without the entity cache (whose feed does this when there is one): `extend`, plus a
 * tail of the bus from the moment the gateway listens until it stops, each committed write, from
 * any replica, subgraph or automation rule, ending the sharing of what is in flight
 * (SharedWork.forgetAll). Without a bus there is nothing to follow.
 */
export function withForgetting(bus: EventBus | undefined, shared: SharedWork, extend: Extend): Extend {
  if (!bus) return extend;
  return (server, logger) => {
    const extension = extend(server, logger);
    const stopping = new AbortController();
    let following: Promise<void> = Promise.resolve();
    server.once('listening', () => {
      following = forgetOnEvents(bus, shared, stopping.signal, logger);
    });
    return {
      close: async () => {
        stopping.abort();
        await Promise.all([extension.close(), following]);
      },
    };
  };
}

/** Follows the bus until `signal`; a failed tail is logged and followed again, forgetting everything (writes may have been missed). */
async function forgetOnEvents(bus: EventBus, shared: SharedWork, signal: AbortSignal, logger: Logger): Promise<void> {
  while (!signal.aborted) {
    try {
      for await (const _event of bus.tail({ signal })) shared.forgetAll();
      return;
    } catch (error: unknown) {
      if (aborted(signal)) return;
      shared.forgetAll();
      logger.warn({ err: error }, 'following the bus for writes failed; following again in 1 s');
      await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
    }
  }
}
