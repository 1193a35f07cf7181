import type { EventsConfig } from '../config.ts';
import type { Logger } from '../observability/logger.ts';
import type { EventBus } from './bus.ts';
import { LocalBus } from './local-bus.ts';
import { NatsBus } from './nats-bus.ts';

/**
 * The configured bus: NATS JetStream when NATS_URL is set, otherwise the embedded log in
 * EVENT_LOG_PATH. `readOnly`: this process only reads it (a gateway alone), so the embedded log
 * is opened read-only (default false).
 */
export async function openBus(config: EventsConfig, logger?: Pick<Logger, 'warn' | 'info'>, options: { readOnly?: boolean } = {}): Promise<EventBus> {
  if (config.natsUrl) return NatsBus.connect({ url: config.natsUrl, stream: config.natsStream, logger });
  return new LocalBus({ path: config.logPath, pollMs: config.pollMs, readOnly: options.readOnly });
}
