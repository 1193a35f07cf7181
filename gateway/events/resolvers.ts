import { callerOf } from '../../lib/auth/authorise.ts';
import { requireScope } from '../../lib/auth/scopes.ts';
import { ERRORS } from '../../lib/errors.ts';
import type { EventBus } from '../../lib/events/bus.ts';
import type { BusEvent, ChangeEvent } from '../../lib/events/envelope.ts';
import { EVENTS } from '../../lib/schema.ts';
import { scalarResolvers } from '../../lib/scalars.ts';
import { parseFeedArguments, parseTailArguments } from './arguments.ts';
import { encodePosition } from './cursor.ts';

/** A ChangeEvent as schema/events.graphql shows it: with its cursor, and each value JSON-encoded. */
export type ChangeNode = Omit<ChangeEvent, 'changes' | 'references'> & {
  cursor: string;
  changes: { field: string; value: string }[];
  references: NonNullable<ChangeEvent['references']>;
};

export interface ChangeConnection {
  edges: { cursor: string; node: ChangeNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
  /** Counted only when asked for (graphql-js calls a function in the field's place). */
  totalCount: () => Promise<number>;
}

export function changeNode({ position, event }: BusEvent): ChangeNode {
  return {
    ...event,
    cursor: encodePosition(position),
    // JSON keeps a value's type (a number stays a number, null stays null) inside one String field.
    changes: Object.entries(event.changes).map(([field, value]) => ({ field, value: JSON.stringify(value ?? null) })),
    // Events announced before references existed have none to show.
    references: event.references ?? [],
  };
}

/**
 * One page of the feed: `first + 1` events are read to learn whether more follow. The end
 * cursor is never null, so a poller always has a place to resume from. On a last page it is the
 * head of the log as it was before the read, when that is further on than the last event shown:
 * everything up to there has been looked at, so a poller for a rare type does not scan the same
 * stretch again next time. (The log has no gaps: a position is given when an event is appended.)
 */
export async function readChanges(bus: EventBus, args: unknown): Promise<ChangeConnection> {
  const { after = 0, types, first } = parseFeedArguments(args);
  const head = await bus.head();
  const events = await bus.read({ after, types, limit: first + 1 });
  const hasNextPage = events.length > first;
  const page = events.slice(0, first);
  const edges = page.map((event) => {
    const node = changeNode(event);
    return { cursor: node.cursor, node };
  });
  const lastShown = page.at(-1)?.position ?? after;
  const endCursor = encodePosition(hasNextPage ? lastShown : Math.max(lastShown, head));
  return { edges, pageInfo: { hasNextPage, endCursor }, totalCount: () => bus.count(types) };
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
