import { callerOf } from '../../lib/auth/authorise.ts';
import { requireScope } from '../../lib/auth/scopes.ts';
import { ERRORS } from '../../lib/errors.ts';
import type { EventBus } from '../../lib/events/bus.ts';
import type { BusEvent, ChangeEvent } from '../../lib/events/envelope.ts';
import { EVENTS } from '../../lib/supergraph.ts';
import { scalarResolvers } from '../../lib/scalars.ts';
import { parseFeedArguments, parseTailArguments } from './arguments.ts';
import { encodePosition, START_CURSOR } from './cursor.ts';

/** A ChangeEvent as schema/events.graphql shows it: with its cursor, and each value JSON-encoded. */
export type ChangeNode = Omit<ChangeEvent, 'changes'> & { cursor: string; changes: { field: string; value: string }[] };

export interface ChangeConnection {
  edges: { cursor: string; node: ChangeNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

export function changeNode({ position, event }: BusEvent): ChangeNode {
  return {
    ...event,
    cursor: encodePosition(position),
    // JSON keeps a value's type (a number stays a number, null stays null) inside one String field.
    changes: Object.entries(event.changes).map(([field, value]) => ({ field, value: JSON.stringify(value ?? null) })),
  };
}

/**
 * One page of the feed: `first + 1` events are read to learn whether more follow. The end
 * cursor is never null, so a poller always has a place to resume from: on an empty page it is
 * the cursor it came with (or the start).
 */
export async function readChanges(bus: EventBus, args: unknown): Promise<ChangeConnection> {
  const { after, types, first } = parseFeedArguments(args);
  const events = await bus.read({ after: after ?? 0, types, limit: first + 1 });
  const edges = events.slice(0, first).map((event) => {
    const node = changeNode(event);
    return { cursor: node.cursor, node };
  });
  const resumeFrom = after === undefined ? START_CURSOR : encodePosition(after);
  return { edges, pageInfo: { hasNextPage: events.length > first, endCursor: edges.at(-1)?.cursor ?? resumeFrom } };
}

/**
 * Live changes for `entityChanged`. The tail stops when the subscription ends: graphql-ws calls
 * `return()` when the client completes or disconnects, which aborts the bus's tail even while it
 * is waiting for the next event (an async generator would only see `return()` at its next yield).
 */
export function tailChanges(bus: EventBus, args: unknown): AsyncIterableIterator<BusEvent> {
  const { after, types } = parseTailArguments(args);
  const ending = new AbortController();
  const events = bus.tail({ after, types, signal: ending.signal })[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<BusEvent> = {
    next: () => events.next(),
    return: async () => {
      ending.abort();
      await events.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** What answers when the gateway was built without a bus (GatewayDeps.bus): the rest of the query still does. */
function noBus(): never {
  throw ERRORS.SUBGRAPH_UNAVAILABLE.err('The change feed is unavailable: this gateway runs without an event bus', { subgraph: EVENTS });
}

export function eventsResolvers(bus: EventBus | undefined) {
  return {
    DateTime: scalarResolvers.DateTime,
    Query: {
      changes: (_root: unknown, args: unknown) => (bus ? readChanges(bus, args) : noBus()),
    },
    Subscription: {
      entityChanged: {
        // Subscriptions are authorised when the socket connects; this holds the line for any other way in.
        subscribe: (_root: unknown, args: unknown, context: unknown) => {
          requireScope(callerOf(context), 'read', 'Subscription.entityChanged');
          return bus ? tailChanges(bus, args) : noBus();
        },
        resolve: (event: BusEvent) => changeNode(event),
      },
    },
  };
}
