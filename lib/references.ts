import type { GraphQLError } from 'graphql';
import { ENTITY_OWNERS, type Domain, type OwnedEntity } from './domains.ts';
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
  async refusals(references: Reference[]): Promise<ReferenceRefusal[]> {
    const byOwner = new Map<Domain, Reference[]>();
    for (const reference of references) {
      const owner = ENTITY_OWNERS[reference.typename];
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), reference]);
    }
    const found = await Promise.all([...byOwner].map(([owner, refs]) => this.check(owner, refs)));
    return references.flatMap((reference) => found.flat().filter((refusal) => refusal.reference === reference));
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

  private async check(owner: Domain, references: Reference[]): Promise<ReferenceRefusal[]> {
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
      if (!reason) return [];
      const error = ERRORS.REFERENCE_NOT_FOUND.err(`${reason} (${reference.path.join('.')})`, {
        typename: reference.typename,
        id: reference.id,
        owner,
        fields: [{ path: reference.path, message: reason }],
      });
      return [Object.assign(error, { reference })];
    });
  }
}

/** A reference its owner refused: the REFERENCE_NOT_FOUND error, and which reference it was. */
export type ReferenceRefusal = GraphQLError & { reference: Reference };

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
