import { useEffect, useRef } from 'react';
import type { ApolloClient } from '@apollo/client';
import { skipToken, useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from './__generated__/gql.ts';
import { useSession } from './session.tsx';

/**
 * Live pages: the gateway's change subscription (`entityChanged`, schema/events.graphql) tells the
 * page what another user (or this one) committed, and the active queries that show the changed
 * entity, or an entity it points at, are fetched again. Nothing is patched by hand: the owners'
 * answers replace what the page shows, so a derived fact (a client's outstanding amount, its
 * renewal outlook) is as the owner computes it now.
 */

const ENTITY_CHANGED = graphql(`
  subscription LiveEntityChanged {
    entityChanged {
      id
      entityType
      entityId
      references {
        type
        id
      }
    }
  }
`);

/** An entity as Apollo's cache names it: `Invoice:inv_…`. */
export interface EntityRef {
  __typename: string;
  id: string;
}

const keyOf = (entity: EntityRef) => `${entity.__typename}:${entity.id}`;

/** Every `Type:id` (and every `Type`) a result shows, found by walking it. */
function shownIn(data: unknown, keys: Set<string>, types: Set<string>, seen = new Set<unknown>()): void {
  if (data === null || typeof data !== 'object' || seen.has(data)) return;
  seen.add(data);
  if (Array.isArray(data)) {
    for (const item of data) shownIn(item, keys, types, seen);
    return;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.__typename === 'string') {
    types.add(record.__typename);
    if (typeof record.id === 'string') keys.add(`${record.__typename}:${record.id}`);
  }
  for (const value of Object.values(record)) shownIn(value, keys, types, seen);
}

/**
 * Refetches the active queries whose current result shows one of `entities`, or, for a type in
 * `listTypes`, any entity of that type (a list a new or moved entity may join or leave).
 */
export async function refetchShowing(client: ApolloClient, entities: readonly EntityRef[], listTypes: readonly string[] = []) {
  const wanted = new Set(entities.map(keyOf));
  await client.refetchQueries({
    include: 'active',
    onQueryUpdated: (query) => {
      const keys = new Set<string>();
      const types = new Set<string>();
      shownIn(query.getCurrentResult().data, keys, types);
      return [...wanted].some((key) => keys.has(key)) || listTypes.some((type) => types.has(type));
    },
  });
}

/** Changes arriving within this long are answered with one round of refetches. */
const BATCH_MS = 150;

export interface LiveOptions {
  /**
   * Entity types the page lists by a condition (overdue invoices, deals won): a change to any
   * entity of these types refetches the queries showing that type, since it may join the list.
   */
  listTypes?: readonly string[];
}

/**
 * Keeps the page's active queries current while it is mounted. Needs a signed-in token with the
 * read scope (the subscription refuses anonymous callers); without one the page stays as loaded.
 * Returns whether the subscription is open and, if it failed, why.
 */
export function useLiveUpdates(options: LiveOptions = {}): { live: boolean; problem: string | null } {
  const client = useApolloClient();
  const session = useSession();
  const pending = useRef<{ entities: EntityRef[]; types: Set<string>; timer: ReturnType<typeof setTimeout> | null }>({
    entities: [],
    types: new Set(),
    timer: null,
  });
  const listTypes = useRef(options.listTypes ?? []);
  listTypes.current = options.listTypes ?? [];

  const { error } = useSubscription(
    ENTITY_CHANGED,
    session.token
      ? {
          onData: ({ data }) => {
            const change = data.data?.entityChanged;
            if (!change) return;
            const batch = pending.current;
            batch.entities.push(
              { __typename: change.entityType, id: change.entityId },
              ...change.references.map((reference) => ({ __typename: reference.type, id: reference.id })),
            );
            if (listTypes.current.includes(change.entityType)) batch.types.add(change.entityType);
            batch.timer ??= setTimeout(() => {
              const entities = batch.entities;
              const types = [...batch.types];
              batch.entities = [];
              batch.types = new Set();
              batch.timer = null;
              void refetchShowing(client, entities, types);
            }, BATCH_MS);
          },
        }
      : skipToken,
  );

  useEffect(() => {
    const batch = pending.current;
    return () => {
      if (batch.timer) clearTimeout(batch.timer);
    };
  }, []);

  return { live: Boolean(session.token) && !error, problem: error ? error.message : null };
}
