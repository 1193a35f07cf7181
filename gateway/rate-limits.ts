import type { ApolloServerPlugin } from '@apollo/server';
import { createClient } from '@keyv/redis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { OperationTypeNode } from 'graphql';
import { backoffDelay, type BackoffPolicy } from '../lib/backoff.ts';
import type { Config, RateLimitsConfig } from '../lib/config.ts';
import { ERRORS } from '../lib/errors.ts';
import type { Logger } from '../lib/observability/logger.ts';
import type { GatewayContext } from './context.ts';

/**
 * Fair sharing at the gateway (rate-limiter-flexible): each caller — its token's subject, or its
 * address when anonymous — has RATE_LIMIT_POINTS operations per RATE_LIMIT_WINDOW_SECONDS, an
 * anonymous caller the stricter RATE_LIMIT_ANONYMOUS_POINTS, and every mutation also spends one of
 * the caller's RATE_LIMIT_MUTATION_POINTS. Past a limit: RATE_LIMITED, HTTP 429, `Retry-After`
 * and `extensions.retryAfter` (seconds). Counted once the operation is known (didResolveOperation),
 * so its type decides which limits apply; the operation limits have already bounded what parsing
 * and validating it cost.
 *
 * With REDIS_URL the counters live in Redis, so replicas share each caller's budget. The client is
 * node-redis (@redis/client, which @keyv/redis already brings for the persisted-query cache and
 * which rate-limiter-flexible accepts with `useRedisPackage`), so ioredis stays a test-only
 * dependency. Redis trouble never takes the gateway down nor holds a request up: a call Redis does
 * not answer within REDIS_TIMEOUT_MS, or any call while it is disconnected, is counted by an
 * in-process insurance limiter with the same limits (each replica then limits on its own until
 * Redis is back).
 */

const REDIS_TIMEOUT_MS = 250;
const RECONNECT: BackoffPolicy = { initialMs: 100, maxMs: 2_000, jitter: 0.1 };

export type RateLimitOptions = RateLimitsConfig & Partial<Pick<Config, 'redisUrl' | 'redisKeyPrefix'>>;

export interface RateLimits {
  plugin: ApolloServerPlugin<GatewayContext>;
  close(): Promise<void>;
}

export function rateLimits(options: RateLimitOptions, logger: () => Pick<Logger, 'warn' | 'info'>): RateLimits {
  if (!options.enabled) return { plugin: {}, close: async () => {} };
  let redisDown = false;
  const client = options.redisUrl
    ? createClient({
        url: options.redisUrl,
        disableOfflineQueue: true,
        socket: { connectTimeout: 5_000, reconnectStrategy: (retries: number) => backoffDelay(RECONNECT, retries) },
      })
    : null;
  if (client) {
    // Without a listener an error event would end the process; an outage is logged once.
    client.on('error', (error: unknown) => {
      if (redisDown) return;
      redisDown = true;
      logger().warn({ err: error }, 'rate limits: Redis is unreachable; each replica counts on its own until it is back');
    });
    client.on('ready', () => {
      if (!redisDown) return;
      redisDown = false;
      logger().info({}, 'rate limits: Redis is reachable again');
    });
    client.connect().catch(() => {
      // Reported by the error listener; node-redis keeps reconnecting.
    });
  }
  const limiter = (name: string, points: number): RateLimiterAbstract => {
    const limits: IRateLimiterOptions = {
      points,
      duration: options.windowSeconds,
      keyPrefix: `${options.redisKeyPrefix ?? ''}rate:${name}`,
    };
    const insurance = new RateLimiterMemory(limits);
    if (!client) return insurance;
    const shared = new RateLimiterRedis({
      ...limits,
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: insurance,
    });
    return new RLWrapperTimeouts({ limiter: shared, timeoutMs: REDIS_TIMEOUT_MS, insuranceLimiter: insurance });
  };
  const callers = limiter('caller', options.points);
  const anonymous = limiter('anonymous', options.anonymousPoints);
  const mutations = limiter('mutation', options.mutationPoints);

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, response }) {
          const caller = contextValue.credentials.caller;
          const key = caller.anonymous ? `address:${contextValue.clientAddress}` : `subject:${caller.subject}`;
          try {
            await (caller.anonymous ? anonymous : callers).consume(key);
            if (operation?.operation === OperationTypeNode.MUTATION) await mutations.consume(key);
          } catch (rejection: unknown) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
            response.http.headers.set('retry-after', String(retryAfter));
            throw ERRORS.RATE_LIMITED.err(`Too many requests from this caller; retry after ${retryAfter} s.`, { retryAfter });
          }
        },
      };
    },
  };
  return {
    plugin,
    close: async () => {
      // Nothing to flush (counters expire in Redis on their own), so the connection is just dropped.
      if (client?.isOpen) client.destroy();
    },
  };
}
