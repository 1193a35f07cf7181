import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.ts';
import { systemName } from './systems.ts';

/**
 * Where a fact comes from: the system of record that resolves the field (the gateway's own
 * catalog, `systemOfRecord`, so it is true by construction) and the version of the entity it was
 * read from. Derived facts have no version of their own; they say what they are computed from.
 */
const SYSTEM_OF_RECORD = graphql(`
  query SystemOfRecordFields {
    systemOfRecord {
      entities {
        typename
        fields {
          name
          resolvedBy
          kind
          derivedFrom
        }
      }
    }
  }
`);

export interface FieldSource {
  resolvedBy: string;
  kind: string;
  derivedFrom: readonly string[];
}

/** `Type.field` → who resolves it, from the catalog (fetched once per session, then cached). */
export function useFieldSources(): ReadonlyMap<string, FieldSource> {
  const { data } = useQuery(SYSTEM_OF_RECORD, { fetchPolicy: 'cache-first' });
  const sources = new Map<string, FieldSource>();
  for (const entity of data?.systemOfRecord.entities ?? []) {
    for (const field of entity.fields) sources.set(`${entity.typename}.${field.name}`, field);
  }
  return sources;
}

export interface SourceProps {
  /** The fact's field as `Type.field`, e.g. `Client.revenue` or `Invoice.total`. */
  field: string;
  /** The version of the entity the fact was read from (null: not known, e.g. its owner is down). */
  version?: number | null;
}

export function Source({ field, version }: SourceProps) {
  const source = useFieldSources().get(field);
  if (!source) return <span className="source source-unknown">source loading…</span>;
  const system = systemName(source.resolvedBy);
  const derived = source.kind === 'DERIVED';
  const detail = derived ? 'derived' : version != null ? `v${version}` : null;
  const label = derived
    ? `Owned by ${system}, computed from ${source.derivedFrom.join(', ')}`
    : `Owned by ${system}${version != null ? `, version ${version}` : ''}`;
  return (
    <span className="source" data-owner={source.resolvedBy} title={label}>
      {system}
      {detail && ` · ${detail}`}
    </span>
  );
}
