import type { GraphQLError } from 'graphql';
import { ENTITY_OWNERS, type Domain, type OwnedEntity } from './domains.ts';
import type { ExternalId } from './external-ids/store.ts';
import { ERRORS } from './errors.ts';
import { requestIdHeaders } from './observability/request-scope.ts';
import { traceHeaders } from './observability/tracing.ts';

/**
 * Rule 5 of DESIGN.md: a write that points at another domain's entity asks that entity's owner,
 * through the federation `_entities` protocol, whether it exists and may be referenced. Nothing
 * is stored unless every reference is confirmed.
 */

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Runs an operation against one subgraph: over HTTP in production, in-process in tests. `token`
 * is the bearer token of the caller whose write is being checked (null when anonymous): the
 * owner verifies it and applies its own rules, as if the caller had asked it directly.
 */
export type SubgraphExecutor = (request: GraphQLRequest, token: string | null) => Promise<GraphQLResponse>;

export interface Reference {
  typename: OwnedEntity;
  id: string;
  /** The argument path that carried the id, for the error (`input.clientId`). */
  path: string[];
  /** Why an existing entity may not be referenced (e.g. a TERMINATED employee), or null. */
  refuse?: (entity: ReferencedEntity) => string | null;
}

/**
 * A reference by the entity's id in an outside system (an import row's `clientExternalId`): its
 * owner finds the entity by `<entities>ByExternalIds` and then judges it as it would by id.
 */
export interface ExternalReference extends Omit<Reference, 'id'> {
  typename: ExternallyFound;
  externalId: ExternalId;
}

/** The entity types other domains may point at by external id, and the owner's query that finds them. */
const BY_EXTERNAL_IDS = { Client: 'clientsByExternalIds', Employee: 'employeesByExternalIds' } as const;
export type ExternallyFound = keyof typeof BY_EXTERNAL_IDS;

/** What the owners said of a write's row references (lib/imports): the refusals, and the ids the external ones found. */
export interface RowReferenceChecks {
  /** REFERENCE_NOT_FOUND for each reference its owner does not have or refuses, in the order given. */
  refusals: ReferenceRefusal[];
  /** The owner's id of each external reference it found, by the reference's path joined with dots (`rows.3.clientExternalId`). */
  found: Map<string, string>;
}

/** What the owner tells about a referenced entity. */
export interface ReferencedEntity {
  id: string;
  status?: string;
}

/** Ids per `_entities` request when listing missing ones: well inside every limit on one operation. */
const MISSING_BATCH = 500;

/** The fields asked of each owner: enough to decide whether the entity may be referenced. */
const FIELDS: Record<OwnedEntity, string> = {
  Client: 'id status',
  Employee: 'id status',
  Invoice: 'id status',
  Project: 'id',
};

export class ReferenceChecker {
  constructor(
    private readonly executors: Partial<Record<Domain, SubgraphExecutor>>,
    private readonly token: string | null = null,
  ) {}

  /** The same checker asking on behalf of the caller who presented `token` (one per request). */
  forToken(token: string | null): ReferenceChecker {
    return new ReferenceChecker(this.executors, token);
  }

  /** Throws REFERENCE_NOT_FOUND for the first missing or refused reference; SUBGRAPH_UNAVAILABLE when an owner cannot answer. */
  async assertReferences(references: Reference[]): Promise<void> {
    const refusals = await this.refusals(references);
    const [first] = refusals;
    if (first) throw first;
  }

  /**
   * REFERENCE_NOT_FOUND for every missing or refused reference, in the order given, without
   * stopping at the first: a write made of rows refused one by one (an import) refuses only the
   * rows concerned. SUBGRAPH_UNAVAILABLE (thrown) when an owner cannot answer. Each owner is asked
   * once, for all of its references.
   */
  async refusals(references: Reference[]): Promise<ReferenceRefusal<Reference>[]> {
    const byOwner = new Map<Domain, Reference[]>();
    for (const reference of references) {
      const owner = ENTITY_OWNERS[reference.typename];
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), reference]);
    }
    const found = await Promise.all([...byOwner].map(([owner, refs]) => this.check(owner, refs)));
    return references.flatMap((reference) => found.flat().filter((refusal) => refusal.reference === reference));
  }

  /**
   * The references of a write made of rows (an import), by id or by external id: every owner is
   * asked once for those by id (`_entities`) and once for those by external id, and nothing is
   * thrown for a reference it does not have or refuses (SUBGRAPH_UNAVAILABLE, FORBIDDEN still are).
   */
  async checkRows(references: readonly (Reference | ExternalReference)[]): Promise<RowReferenceChecks> {
    const byId = references.filter((reference): reference is Reference => !('externalId' in reference));
    const external = references.filter((reference): reference is ExternalReference => 'externalId' in reference);
    const byOwner = new Map<Domain, ExternalReference[]>();
    for (const reference of external) {
      const owner = ENTITY_OWNERS[reference.typename];
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), reference]);
    }
    const [refusals, ...externalChecks] = await Promise.all([
      this.refusals(byId),
      ...[...byOwner].map(([owner, refs]) => this.findExternal(owner, refs)),
    ]);
    const found = new Map<string, string>();
    const externalRefusals: ReferenceRefusal[] = [];
    for (const check of externalChecks) {
      externalRefusals.push(...check.refusals);
      for (const [path, id] of check.found) found.set(path, id);
    }
    const all = [...refusals, ...externalRefusals];
    return { refusals: references.flatMap((reference) => all.filter((refusal) => refusal.reference === reference)), found };
  }

  /** Asks `owner` for the entities `references` name by external id: one root field per (type, system). */
  private async findExternal(owner: Domain, references: ExternalReference[]): Promise<RowReferenceChecks> {
    const executor = this.executors[owner];
    if (!executor) throw unavailable(owner, 'no executor configured');
    const groups = new Map<string, { typename: ExternallyFound; system: string; ids: string[] }>();
    for (const { typename, externalId } of references) {
      const key = JSON.stringify([typename, externalId.system]);
      const group = groups.get(key) ?? { typename, system: externalId.system, ids: [] };
      if (!group.ids.includes(externalId.id)) group.ids.push(externalId.id);
      groups.set(key, group);
    }
    const lookups = [...groups.values()];
    const query = `query FindByExternalIds(${lookups.map((_, index) => `$system${index}: String!, $ids${index}: [String!]!`).join(', ')}) {
      ${lookups
        .map(
          ({ typename }, index) =>
            `found${index}: ${BY_EXTERNAL_IDS[typename]}(system: $system${index}, ids: $ids${index}) { ${FIELDS[typename]} }`,
        )
        .join('\n')}
    }`;
    const variables: Record<string, unknown> = {};
    lookups.forEach(({ system, ids }, index) => Object.assign(variables, { [`system${index}`]: system, [`ids${index}`]: ids }));
    let response: GraphQLResponse;
    try {
      response = await executor({ query, variables }, this.token);
    } catch (error: unknown) {
      throw unavailable(owner, error);
    }
    const refusal = response.errors?.find(
      (error) => error.extensions?.code === 'FORBIDDEN' || error.extensions?.code === 'UNAUTHENTICATED',
    );
    if (refusal) throw refused(owner, references.map(asShown), refusal.extensions?.code === 'FORBIDDEN');
    if (response.errors?.length || !response.data) throw unavailable(owner, response.errors?.[0]?.message);
    const data = response.data;
    const found = new Map<string, string>();
    const refusals = references.flatMap((reference) => {
      const index = lookups.findIndex(({ typename, system }) => typename === reference.typename && system === reference.externalId.system);
      const lookup = lookups[index];
      const answers = data[`found${index}`];
      const entity =
        lookup && Array.isArray(answers) ? (answers[lookup.ids.indexOf(reference.externalId.id)] as ReferencedEntity | null) : null;
      const shown = asShown(reference);
      const reason = entity ? (reference.refuse?.(entity) ?? null) : `${shown.typename} ${shown.id} does not exist`;
      if (entity && !reason) {
        found.set(reference.path.join('.'), entity.id);
        return [];
      }
      return [refusalOf(owner, reference, entity?.id ?? shown.id, reason ?? '')];
    });
    return { refusals, found };
  }

  /**
   * The ids among `ids` that the owner of `typename` does not have, asked in batches of
   * MISSING_BATCH (the data-quality report's unknown references). SUBGRAPH_UNAVAILABLE (thrown)
   * when the owner cannot answer, FORBIDDEN or UNAUTHENTICATED when it refuses the caller: an
   * answer it could not give is not a miss.
   */
  async missing(typename: OwnedEntity, ids: readonly string[]): Promise<Set<string>> {
    const missing = new Set<string>();
    for (let start = 0; start < ids.length; start += MISSING_BATCH) {
      const batch = ids.slice(start, start + MISSING_BATCH).map((id) => ({ typename, id, path: [] }));
      for (const refusal of await this.refusals(batch)) missing.add(refusal.reference.id);
    }
    return missing;
  }

  private async check(owner: Domain, references: Reference[]): Promise<ReferenceRefusal<Reference>[]> {
    const executor = this.executors[owner];
    if (!executor) throw unavailable(owner, 'no executor configured');
    const typenames = [...new Set(references.map((reference) => reference.typename))];
    const query = `query CheckReferences($representations: [_Any!]!) {
      _entities(representations: $representations) { __typename ${typenames.map((t) => `... on ${t} { ${FIELDS[t]} }`).join(' ')} }
    }`;
    const representations = references.map((reference) => ({ __typename: reference.typename, id: reference.id }));
    let response: GraphQLResponse;
    try {
      response = await executor({ query, variables: { representations } }, this.token);
    } catch (error: unknown) {
      throw unavailable(owner, error);
    }
    const refusal = response.errors?.find(
      (error) => error.extensions?.code === 'FORBIDDEN' || error.extensions?.code === 'UNAUTHENTICATED',
    );
    if (refusal) throw refused(owner, references, refusal.extensions?.code === 'FORBIDDEN');
    const entities = response.data?._entities;
    // An owner that answers with errors could not say whether the entity exists: not a miss.
    if (response.errors?.length || !Array.isArray(entities)) throw unavailable(owner, response.errors?.[0]?.message);
    return references.flatMap((reference, index) => {
      const entity = entities[index] as ReferencedEntity | null | undefined;
      const reason = !entity
        ? `${reference.typename} ${reference.id} does not exist`
        : // An owner answers a merged entity's id with the survivor (a merged client): point at that one instead.
          entity.id !== reference.id
          ? `${reference.typename} ${reference.id} was merged into ${entity.id}; use that id`
          : (reference.refuse?.(entity) ?? null);
      return reason ? [refusalOf(owner, reference, reference.id, reason)] : [];
    });
  }
}

/** A reference its owner refused: the REFERENCE_NOT_FOUND error, and which reference it was. */
export type ReferenceRefusal<R extends Reference | ExternalReference = Reference | ExternalReference> = GraphQLError & { reference: R };

function refusalOf<R extends Reference | ExternalReference>(owner: Domain, reference: R, id: string, reason: string): ReferenceRefusal<R> {
  const error = ERRORS.REFERENCE_NOT_FOUND.err(`${reason} (${reference.path.join('.')})`, {
    typename: reference.typename,
    id,
    owner,
    fields: [{ path: reference.path, message: reason }],
  });
  return Object.assign(error, { reference });
}

/** An external reference as messages name it: `Client hubspot:1234`. */
function asShown(reference: ExternalReference): Reference {
  return { ...reference, id: `${reference.externalId.system}:${reference.externalId.id}` };
}

/** The owner would not tell this caller about its entities: the caller's own permissions, not an outage. */
function refused(owner: Domain, references: Reference[], forbidden: boolean) {
  const what = references.map((reference) => `${reference.typename} ${reference.id} (${reference.path.join('.')})`).join(', ');
  return forbidden
    ? ERRORS.FORBIDDEN.err(
        `Checking ${what} with its owner, ${owner}, needs the read scope, which the caller does not have; nothing was stored`,
        {
          requiredScope: 'read',
          owner,
        },
      )
    : ERRORS.UNAUTHENTICATED.err(`The ${owner} subgraph did not accept the caller's token while checking ${what}; nothing was stored`, {
        owner,
      });
}

function unavailable(owner: Domain, cause: unknown) {
  const error = ERRORS.SUBGRAPH_UNAVAILABLE.err(
    `The ${owner} subgraph is unavailable, so the reference could not be checked; nothing was stored`,
    { subgraph: owner },
  );
  // Kept for the logs only; never serialised to the client.
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}

/**
 * An executor that posts to a subgraph's /graphql endpoint, giving up after `timeoutMs`. The URL
 * may be a function, for services whose ports are known only once they listen (tests on port 0).
 */
export function httpExecutor(url: string | (() => string), timeoutMs: number): SubgraphExecutor {
  return async (request, token) => {
    const response = await fetch(typeof url === 'string' ? url : url(), {
      method: 'POST',
      // The caller's request id, so one write can be followed through every domain it touches,
      // and the caller's token, which the owner verifies for itself.
      headers: {
        'content-type': 'application/json',
        ...requestIdHeaders(),
        ...traceHeaders(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // A 401 is the owner refusing the caller's token, which it explains in a GraphQL body.
    if (response.status === 401) return (await response.json()) as GraphQLResponse;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as GraphQLResponse;
  };
}

/** Employees who have left may not be given new work or accounts. */
export function refuseTerminated(entity: ReferencedEntity): string | null {
  return entity.status === 'TERMINATED' ? `Employee ${entity.id} is TERMINATED and cannot be referenced` : null;
}
