import { writeScope } from '../../lib/auth/scopes.ts';
import { isRecordSystem } from '../../lib/domains.ts';
import { DERIVED_FIELDS, ENTITY_OWNERS, type Derivations, type EntityOwners } from '../../lib/ownership/registry.ts';
import type { DomainRecord, EntityRecord, FieldKind, FieldRecord, SystemOfRecord } from './__generated__/catalog-types.ts';
import { readSupergraph, type SupergraphField } from '../../lib/ownership/supergraph.ts';

/**
 * The data inventory (schema/catalog.graphql `systemOfRecord`): which domain owns each entity
 * type and field, which fields are derived and from what, and the scope that writes each. Built
 * from the composed supergraph and the one ownership registry, never kept by hand, so a field
 * added to a schema is in it at the next compose. The types are codegen's, from the catalog SDL.
 */
export type { DomainRecord, EntityRecord, FieldKind, FieldRecord, SystemOfRecord };

export interface InventoryOptions {
  owners?: EntityOwners;
  derivations?: Derivations;
  /** Subgraphs composed into the supergraph that are not systems of record (the gateway's own: GATEWAY_SUBGRAPHS). */
  notDomains?: readonly string[];
}

export function buildSystemOfRecord(supergraphSdl: string, options: InventoryOptions = {}): SystemOfRecord {
  const owners: EntityOwners = options.owners ?? ENTITY_OWNERS;
  const derivations: Derivations = options.derivations ?? DERIVED_FIELDS;
  const model = readSupergraph(supergraphSdl);
  const entityTypes = [...model.types.values()].filter((type) => type.keys.size).sort((a, b) => a.name.localeCompare(b.name));
  // `npm run check` keeps this repository's registry and @keys in step. A supergraph composed with
  // other subgraphs may have entities the registry does not name: they are listed without an
  // owner rather than guessed, and the gateway serves them all the same.
  const ownerOf = new Map(entityTypes.map((type) => [type.name, owners[type.name] ?? null]));
  const entities = entityTypes.map((type): EntityRecord => {
    const owner = ownerOf.get(type.name) ?? null;
    const key = (owner === null ? [...type.keys.values()][0] : type.keys.get(owner)) ?? [];
    const derived = derivations[type.name] ?? {};
    return {
      typename: type.name,
      owner,
      key,
      fields: type.fields.map((field) =>
        fieldRecord(type.name, field, key.includes(field.name) ? owner : null, derived[field.name], ownerOf),
      ),
    };
  });
  const domains = model.graphs
    .filter((graph) => !(options.notDomains ?? []).includes(graph))
    .map((name): DomainRecord => ({
      name,
      writeScope: scopeOf(name),
      owns: entities.filter((entity) => entity.owner === name).map((entity) => entity.typename),
      contributesTo: entities
        .filter((entity) => entity.owner !== name && entity.fields.some((field) => field.resolvedBy === name))
        .map((entity) => entity.typename),
    }));
  return { domains, entities };
}

/** What `history` returns (lib/audit): a trail every write appends to, not a field anyone sets. */
const AUDIT_TYPE = 'AuditConnection';

function fieldRecord(
  typename: string,
  field: SupergraphField,
  keyOwner: string | null,
  registered: readonly string[] | undefined,
  ownerOf: ReadonlyMap<string, string | null>,
): FieldRecord {
  // A key field is resolvable wherever the entity is; it is the owner's. Rule 2 leaves one resolver for any other.
  const resolver = keyOwner !== null ? { graph: keyOwner, requires: [] } : field.resolvers[0];
  const resolvedBy = resolver?.graph ?? '';
  const required = (resolver?.requires ?? []).map((name) => `${typename}.${name}`);
  const derivedFrom = [...new Set([...(registered ?? []), ...required])];
  const derived = registered !== undefined || required.length > 0;
  const target = ownerOf.get(field.namedType);
  const kind: FieldKind = derived
    ? 'DERIVED'
    : field.namedType === AUDIT_TYPE
      ? 'AUDIT'
      : target !== undefined && target !== resolvedBy
        ? 'REFERENCE'
        : 'STORED';
  return {
    name: field.name,
    type: field.type,
    resolvedBy,
    kind,
    derivedFrom,
    writeScope: kind === 'STORED' || kind === 'REFERENCE' ? scopeOf(resolvedBy) : null,
    description: field.description,
  };
}

function scopeOf(subgraph: string): string | null {
  return isRecordSystem(subgraph) ? writeScope(subgraph) : null;
}
