/**
 * How a gateway process is run within a memory budget (README § Gateway memory): what
 * deploy/kubernetes.yaml and docker-compose.yml give the gateway, and what `npm run bench:memory`
 * and `npm run bench:big` measure.
 *
 * The gateway's live heap is about 60 MB (the supergraph, its query planner, the code), but V8
 * sizes its old space from the machine's memory (4 GB on a 24 GB host) and, under load, lets
 * garbage pile up far above the live set before it collects: 260–400 MB resident under 8
 * connections. Capping the old space (and the young generation's semi-spaces) makes it collect
 * sooner, at a small CPU cost; it must leave room for the entity cache's memory tier, whose budget
 * (estimated as UTF-16, about twice what V8's one-byte strings take) is set to fit. Deployed with
 * REDIS_URL, that tier is a small first level in front of Redis, which holds the rest.
 */
export const GATEWAY_MEMORY_ENV = {
  NODE_OPTIONS: '--max-old-space-size=144 --max-semi-space-size=8',
  ENTITY_CACHE_MAX_MB: '32',
} as const;
