import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_PATH } from '../../../lib/schema.ts';
import { graphql } from '../../__generated__/gql.ts';
import { tokenFor } from '../../support/auth.ts';
import { withTeardown } from '../../support/processes.ts';
import { startStack, type Stack } from '../../support/stack.ts';

/**
 * The data inventory through the gateway over HTTP: which system of record owns each entity and
 * field, what is derived and from what, and which scope writes what.
 */

const Inventory = graphql(`
  query SystemOfRecordInventory {
    systemOfRecord {
      domains {
        name
        writeScope
        owns
        contributesTo
      }
      entities {
        typename
        owner
        key
        fields {
          name
          type
          resolvedBy
          kind
          derivedFrom
          writeScope
        }
      }
    }
  }
`);

const EntityNames = graphql(`
  query SystemOfRecordEntityNames {
    systemOfRecord {
      entities {
        typename
      }
    }
  }
`);

const Owners = graphql(`
  query SystemOfRecordOwners {
    systemOfRecord {
      entities {
        typename
        owner
      }
    }
  }
`);

let stack: Stack;
let inventory: ResultOf<typeof Inventory>['systemOfRecord'];

beforeAll(() =>
  withTeardown(async (defer) => {
    stack = await startStack({ seed: null });
    defer(() => stack.stop());
    const result = await stack.query(Inventory);
    expect(result.errors).toBeUndefined();
    inventory = result.data?.systemOfRecord ?? { domains: [], entities: [] };
  }),
);

function field(typename: string, name: string) {
  return inventory.entities.find((entity) => entity.typename === typename)?.fields.find((f) => f.name === name);
}

describe('systemOfRecord at the gateway', () => {
  it('names the owner of each entity and the five systems of record, not the catalog or the change feed', () => {
    expect(inventory.entities.map((entity) => [entity.typename, entity.owner, entity.key])).toEqual([
      ['Client', 'crm', ['id']],
      ['Employee', 'hr', ['id']],
      ['Invoice', 'accounting', ['id']],
      ['Project', 'projects', ['id']],
    ]);
    expect(inventory.domains).toEqual([
      { name: 'accounting', writeScope: 'accounting:write', owns: ['Invoice'], contributesTo: ['Client'] },
      { name: 'crm', writeScope: 'crm:write', owns: ['Client'], contributesTo: [] },
      { name: 'hr', writeScope: 'hr:write', owns: ['Employee'], contributesTo: [] },
      { name: 'projects', writeScope: 'projects:write', owns: ['Project'], contributesTo: ['Client', 'Employee'] },
      { name: 'webhooks', writeScope: 'webhooks:manage', owns: [], contributesTo: [] },
    ]);
  });

  it('lists stored, derived and reference fields with their sources and write scopes', () => {
    expect(field('Client', 'name')).toEqual({
      name: 'name',
      type: 'String!',
      resolvedBy: 'crm',
      kind: 'STORED',
      derivedFrom: [],
      writeScope: 'crm:write',
    });
    expect(field('Client', 'id')).toMatchObject({ resolvedBy: 'crm', kind: 'STORED', writeScope: 'crm:write' });
    expect(field('Client', 'revenue')).toEqual({
      name: 'revenue',
      type: 'Money',
      resolvedBy: 'accounting',
      kind: 'DERIVED',
      derivedFrom: ['Invoice.total', 'Invoice.status', 'Invoice.issueDate'],
      writeScope: null,
    });
    expect(field('Client', 'renewal')).toMatchObject({
      resolvedBy: 'crm',
      kind: 'DERIVED',
      derivedFrom: ['Contract.endDate', 'Client.overdue', 'Client.deliveryHealth'],
      writeScope: null,
    });
    expect(field('Client', 'overdue')).toMatchObject({ resolvedBy: 'accounting', kind: 'DERIVED', writeScope: null });
    expect(field('Client', 'deliveryHealth')).toMatchObject({ resolvedBy: 'projects', kind: 'DERIVED', writeScope: null });
    expect(field('Client', 'accountManager')).toMatchObject({
      type: 'Employee',
      resolvedBy: 'crm',
      kind: 'REFERENCE',
      writeScope: 'crm:write',
    });
    expect(field('Project', 'lead')).toMatchObject({ resolvedBy: 'projects', kind: 'REFERENCE', writeScope: 'projects:write' });
    expect(field('Employee', 'salary')).toEqual({
      name: 'salary',
      type: 'Money',
      resolvedBy: 'hr',
      kind: 'STORED',
      derivedFrom: [],
      writeScope: 'hr:write',
    });
    expect(field('Client', 'history')).toEqual({
      name: 'history',
      type: 'AuditConnection!',
      resolvedBy: 'crm',
      kind: 'AUDIT',
      derivedFrom: [],
      writeScope: null,
    });
    // A @requires alone makes a field derived: utilisation's capacity comes from the SDL, the hours from the registry.
    expect(field('Employee', 'utilisation')?.derivedFrom).toContain('Employee.capacityHoursPerWeek');
  });

  it('lists every entity type of the supergraph exactly once, with every field', () => {
    // Read independently of the inventory's own reader: object types with a @join__type key.
    const document = parse(readFileSync(stack.config.supergraphPath ?? SUPERGRAPH_PATH, 'utf8'));
    const entities = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      definition.directives?.some((d) => d.name.value === 'join__type' && d.arguments?.some((a) => a.name.value === 'key'))
        ? [definition]
        : [],
    );
    const typenames = inventory.entities.map((entity) => entity.typename);
    expect(new Set(typenames).size).toBe(typenames.length);
    expect(typenames).toEqual(entities.map((type) => type.name.value).sort());
    for (const type of entities) {
      const listed = inventory.entities.find((entity) => entity.typename === type.name.value);
      expect(listed?.fields.map((f) => f.name)).toEqual(type.fields?.map((f) => f.name.value));
    }
    for (const entity of inventory.entities) {
      for (const f of entity.fields) {
        const readOnly = f.kind === 'DERIVED' || f.kind === 'AUDIT';
        expect(readOnly ? f.writeScope === null : f.writeScope === `${f.resolvedBy}:write`).toBe(true);
        expect(f.derivedFrom.length > 0).toBe(f.kind === 'DERIVED');
      }
    }
  });

  it('needs the read scope, like every other query', async () => {
    const writer = await tokenFor(['crm:write']);
    const refused = await stack.query(EntityNames, undefined, { token: writer });
    expect(refused.data?.systemOfRecord ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
    const reader = await tokenFor(['read']);
    const allowed = await stack.query(EntityNames, undefined, { token: reader });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.systemOfRecord.entities).toHaveLength(4);
  });

  it('answers while every domain is down: it is computed from the supergraph, in the gateway', async () => {
    for (const domain of ['crm', 'accounting', 'hr', 'projects'] as const) await stack.stopSubgraph(domain);
    const result = await stack.query(Owners);
    expect(result.errors).toBeUndefined();
    expect(result.data?.systemOfRecord.entities.map((entity) => entity.owner)).toEqual(['crm', 'hr', 'accounting', 'projects']);
  });
});
