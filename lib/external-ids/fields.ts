import type { Kysely } from 'kysely';
import { z } from 'zod';
import { loaderOfValues } from '../loaders.ts';
import { validate } from '../validation.ts';
import { entityByExternalId, externalIdsOf, type ExternalId } from './store.ts';

/** What every owner's API does with external ids, the same way in each subgraph. */

/** An outside system's name or one of its ids: trimmed, 1–200 characters. */
export const externalIdText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** `ExternalIdInput`. */
export const externalIdInput = z.object({ system: externalIdText, id: externalIdText });

/** `externalIds: [ExternalIdInput!]` of a create or update input. */
export const externalIdsInput = z.array(externalIdInput).max(50, 'must be at most 50 external ids').nullish();

/** The `externalIds` field's loader for one entity type: one statement per batch of entities. */
export function externalIdsLoader<DB>(db: Kysely<DB>, entityType: string) {
  return loaderOfValues<string, ExternalId[]>((ids) => externalIdsOf(db, entityType, ids), []);
}

/**
 * `<entity>ByExternalId(system, id)`: the entity's id, or undefined when none holds the pair
 * (the resolver then loads the entity through its usual loader). Empty arguments are BAD_USER_INPUT.
 */
export function lookupByExternalId<DB>(
  db: Kysely<DB>,
  entityType: string,
  args: { system: string; id: string },
): Promise<string | undefined> {
  const { system, id } = validate(externalIdInput, args);
  return entityByExternalId(db, entityType, system, id);
}
