import { expect } from 'vitest';
import { decodePosition } from '../../../gateway/events/cursor.ts';
import type { GraphQLResult } from '../../support/stack.ts';

/** Helpers of the entity cache's end-to-end tests: metrics of one gateway, and waiting for an event to reach its cache. */

export type Ask = (operation: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Record<string, unknown>>>;

export async function scrape(gatewayUrl: string): Promise<string> {
  const response = await fetch(gatewayUrl.replace(/graphql$/, 'metrics'));
  return response.text();
}

/** The sum of every series of `name` whose labels include `labels`. */
export function total(exposition: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  let sum = 0;
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) sum += Number(match[3]);
  }
  return sum;
}

/** What a gateway's cache and fetches have counted so far. */
export async function counters(gatewayUrl: string) {
  const text = await scrape(gatewayUrl);
  return {
    fetches: total(text, 'recordgraph_subgraph_fetch_duration_seconds_count'),
    hits: total(text, 'recordgraph_entity_cache_hits_total'),
    redisHits: total(text, 'recordgraph_entity_cache_hits_total', { tier: 'redis' }),
    misses: total(text, 'recordgraph_entity_cache_misses_total'),
    /** Queries answered whole (gateway/entity-cache/answers.ts), and those looked up whole but not found. */
    answerHits: total(text, 'recordgraph_entity_cache_hits_total', { subgraph: 'answers' }),
    answerMisses: total(text, 'recordgraph_entity_cache_misses_total', { subgraph: 'answers' }),
    position: total(text, 'recordgraph_entity_cache_bus_position'),
    entries: total(text, 'recordgraph_entity_cache_entries'),
    invalidations: total(text, 'recordgraph_entity_cache_invalidations_total'),
    writeInvalidations: total(text, 'recordgraph_entity_cache_invalidations_total', { reason: 'write' }),
    hitRatio: total(text, 'recordgraph_entity_cache_hit_ratio'),
    following: total(text, 'recordgraph_entity_cache_following') === 1,
    /** Reads that joined an identical query in flight (gateway/sharing) and so looked nothing up themselves. */
    joinedQueries: total(text, 'recordgraph_gateway_shared_total', { kind: 'query', outcome: 'joined' }),
  };
}

const FEED = /* GraphQL */ `
  query Feed($after: String) {
    changes(after: $after, first: 100) {
      edges {
        cursor
        node {
          entityId
          entityVersion
          type
          references {
            type
            id
          }
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`;

interface FeedEdge {
  cursor: string;
  node: { entityId: string; entityVersion: number; type: string; references: { type: string; id: string }[] };
}

/** Waits until `check` is true, asking again as soon as the last answer is in; fails after `ms`. */
export async function until(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The change feed's event for `entityId` at `version` (waited for on the bus through the change
 * feed), then waits until `gatewayUrl`'s cache has applied it: its bus position has reached the
 * event's. Never a sleep: both are conditions polled.
 */
export async function eventApplied(ask: Ask, gatewayUrl: string, entityId: string, version: number) {
  let found: FeedEdge | undefined;
  let after: string | undefined;
  await until(async () => {
    const answer = await ask(FEED, after ? { after } : {});
    const changes = answer.data?.changes as { edges: FeedEdge[]; pageInfo: { endCursor: string } } | undefined;
    found = changes?.edges.find((edge) => edge.node.entityId === entityId && edge.node.entityVersion === version);
    after = changes?.pageInfo.endCursor ?? after;
    return found !== undefined;
  }, `the event of ${entityId} v${version}`);
  const position = decodePosition(found?.cursor ?? '') ?? Number.POSITIVE_INFINITY;
  await until(async () => (await counters(gatewayUrl)).position >= position, `the cache at ${gatewayUrl} to apply position ${position}`);
  expect(found?.node.references).toBeDefined();
  return found?.node;
}
