import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { EntityReference } from '../events/references.ts';

/**
 * What a request's committed writes changed, told to whoever sent the mutation in the response's
 * `extensions.recordgraphWrites`: each entity written, its new version and what it points at
 * (the same facts its event announces). The gateway's entity cache drops what it holds of them
 * before it answers the mutation (gateway/entity-cache/), so the writer's next read never depends
 * on how soon the event travels. Only committed writes are named: the list is filled after the
 * transaction commits (lib/writes/mutation.ts), never by a write that rolled back.
 */
export interface AnnouncedWrite {
  entityType: string;
  entityId: string;
  entityVersion: number;
  references: EntityReference[];
}

/** The response extension that names a request's committed writes. */
export const WRITES_EXTENSION = 'recordgraphWrites';

// Keyed by the request's context object: it lives exactly as long as the request.
const committed = new WeakMap<object, AnnouncedWrite[]>();

/** Notes `writes`, which have committed, for the response to the request whose context is `context`. */
export function noteCommitted(context: object, writes: readonly AnnouncedWrite[]): void {
  if (writes.length === 0) return;
  const list = committed.get(context) ?? [];
  list.push(...writes);
  committed.set(context, list);
}

/** Adds the request's committed writes, if any, to its response's extensions. */
export function announcedWritesPlugin<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ contextValue, response }) => {
          const writes = committed.get(contextValue);
          if (!writes || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [WRITES_EXTENSION]: writes };
          return Promise.resolve();
        },
      }),
  };
}
