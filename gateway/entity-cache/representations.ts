import type { FetchAnswer as GatewayGraphQLResponse } from './fetch.ts';

/**
 * An `_entities` fetch answered partly from the cache: the representations the cache did not
 * hold are sent on their own, and their answers are put back where they were asked. Pure, so the
 * arithmetic of positions is tested alone (test/gateway/entity-cache/representations.test.ts).
 */

type FormattedError = NonNullable<GatewayGraphQLResponse['errors']>[number];

/** The positions (in the fetch as planned) of the representations to send, and those representations, in order. */
export interface Misses {
  positions: number[];
  representations: unknown[];
}

/** `found[i]` undefined: not in the cache. */
export function missesOf(representations: readonly unknown[], found: readonly unknown[]): Misses {
  const positions: number[] = [];
  for (let i = 0; i < representations.length; i++) if (found[i] === undefined) positions.push(i);
  return { positions, representations: positions.map((i) => representations[i]) };
}

/**
 * The answer to the whole fetch: the cached entities where they were found, the subgraph's
 * answers to the misses in the positions they were asked in, and its errors with their
 * `["_entities", j, …]` paths moved to those positions.
 */
export function mergeEntities(found: readonly unknown[], misses: Misses, answer: GatewayGraphQLResponse): GatewayGraphQLResponse {
  const fetched = entitiesOf(answer);
  const entities = found.map((entity) => (entity === undefined ? null : entity));
  misses.positions.forEach((position, j) => (entities[position] = fetched?.[j] ?? null));
  const errors = answer.errors?.map((error) => remapError(error, misses.positions));
  return { ...answer, data: { ...answer.data, _entities: entities }, ...(errors ? { errors } : {}) };
}

/** An error about the j-th representation sent, moved to the position that representation had in the planned fetch. */
export function remapError(error: FormattedError, positions: readonly number[]): FormattedError {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return error;
  const position = positions[path[1]];
  return position === undefined ? error : { ...error, path: ['_entities', position, ...path.slice(2)] };
}

/** The answer's `_entities` list, or null when it has none (the whole fetch failed). */
export function entitiesOf(answer: GatewayGraphQLResponse): unknown[] | null {
  const entities: unknown = answer.data?._entities;
  return Array.isArray(entities) ? entities : null;
}

/**
 * Which answered entities may be kept: not null, and no error names it. An error that names no
 * entity (no `["_entities", j]` path) may be about any of them, so then none is.
 */
export function storableEntities(answer: GatewayGraphQLResponse, count: number): boolean[] {
  const entities = entitiesOf(answer);
  const storable = Array.from({ length: count }, (_, j) => entities?.[j] !== null && entities?.[j] !== undefined);
  for (const error of answer.errors ?? []) {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return storable.map(() => false);
    storable[path[1]] = false;
  }
  return storable;
}
