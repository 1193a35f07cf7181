import type { Kysely } from 'kysely';
import type { Domain } from '../domains.ts';
import type { ChangeEvent } from './envelope.ts';
import type { Reaction } from './reactions.ts';

/**
 * `Client.merged`: the CRM merged one client into another (mergeClients). The event is the merged
 * client's: `entityId` is the merged client, `changes.merged_into_id` (and its `references`) the
 * survivor. Every domain that names clients re-points its own rows when it hears it, through its
 * own writes; the event carries all it needs, so a domain that was down catches up without
 * asking the CRM.
 */
export const CLIENT_MERGED = 'Client.merged';

export interface ClientMerge {
  mergedId: string;
  survivorId: string;
}

/** The two clients of a `Client.merged` event, or null for any other event. */
export function clientMergeOf(event: ChangeEvent): ClientMerge | null {
  const survivorId = event.changes.merged_into_id;
  if (event.type !== CLIENT_MERGED || typeof survivorId !== 'string') return null;
  return { mergedId: event.entityId, survivorId };
}

/**
 * The reaction every domain that names clients runs, `<domain>.repointMergedClient`: `repointAll`
 * moves the domain's rows from the merged client to the survivor (lib/writes/repoint.ts), in one
 * transaction that also records the event as processed, so a redelivered event writes nothing.
 */
export function repointMergedClients<DB>(domain: Domain, repointAll: (trx: Kysely<DB>, merge: ClientMerge) => Promise<void>): Reaction<DB> {
  return {
    rule: `${domain}.repointMergedClient`,
    types: [CLIENT_MERGED],
    async react(event, once) {
      const merge = clientMergeOf(event);
      if (merge) await once((trx) => repointAll(trx, merge));
    },
  };
}
