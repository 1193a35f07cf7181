import type { Server } from 'node:http';
import type { BaseContext } from '@apollo/server';
import type { Registry } from 'prom-client';
import { CONFIG_DEFAULTS, type Config } from '../../lib/config.ts';
import type { EventBus } from '../../lib/events/bus.ts';
import type { HttpServiceOptions } from '../../lib/http/service.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import { EntityCache } from './EntityCache.ts';
import { InvalidationFeed } from './InvalidationFeed.ts';

type Extend = NonNullable<HttpServiceOptions<BaseContext>['extend']>;

/** The entity cache as the gateway runs it: the cache, and the feed of events that keeps it true. */
export interface GatewayEntityCache {
  cache: EntityCache;
  feed: InvalidationFeed;
  /** Its series join the gateway's /metrics. */
  attach(registry: Registry): void;
  close(): Promise<void>;
}

/**
 * The gateway's entity cache, or none: when ENTITY_CACHE is off, or without a bus (a gateway
 * that cannot hear changes must not keep answers).
 */
export function createEntityCache(
  config: Partial<Pick<Config, 'entityCache' | 'redisKeyPrefix'>> & { redisUrl?: string },
  bus: EventBus | undefined,
  logger: () => Pick<Logger, 'warn' | 'info'>,
  onInvalidate?: () => void,
): GatewayEntityCache | undefined {
  if (!config.entityCache?.enabled || !bus) return undefined;
  const cache = new EntityCache({
    config: config.entityCache,
    redisUrl: config.redisUrl,
    redisKeyPrefix: config.redisKeyPrefix ?? CONFIG_DEFAULTS.redisKeyPrefix,
    logger,
    onInvalidate,
  });
  const feed = new InvalidationFeed(bus, cache, logger);
  return {
    cache,
    feed,
    attach: (registry) => cache.metrics.attach(registry),
    close: async () => {
      await feed.stop();
      await cache.close();
    },
  };
}

/** The gateway's `extend`, and the feed started once the gateway listens (building has no side effects). */
export function withEntityCache(entityCache: GatewayEntityCache | undefined, extend: Extend): Extend {
  if (!entityCache) return extend;
  return (server: Server, logger: Logger) => {
    const extension = extend(server, logger);
    server.once('listening', () => entityCache.feed.start());
    return {
      close: async () => {
        await Promise.all([extension.close(), entityCache.feed.stop()]);
      },
    };
  };
}
