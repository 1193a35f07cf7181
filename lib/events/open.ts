import type { EventsConfig } from '../config.ts';
import type { Logger } from '../observability/logger.ts';
import type { EventBus } from './bus.ts';

/**
 * The configured bus: NATS JetStream when NATS_URL is set, otherwise the embedded log in
 * EVENT_LOG_PATH. Each is imported only when chosen, so a service on one never loads the other's
 * client. `readOnly`: this process only reads the bus (a gateway alone), so the embedded log is
 * opened read-only (default false).
 */
export async function openBus(
  config: EventsConfig,
  logger?: Pick<Logger, 'warn' | 'info'>,
  options: { readOnly?: boolean } = {},
): Promise<EventBus> {
  if (config.natsUrl) {
    const { NatsBus } = await import('./nats-bus.ts');
    return NatsBus.connect({ url: config.natsUrl, stream: config.natsStream, logger });
  }
  const { LocalBus } = await import('./local-bus.ts');
  return new LocalBus({ path: config.logPath, pollMs: config.pollMs, readOnly: options.readOnly });
}
