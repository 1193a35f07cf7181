import { describe, expect, it } from 'vitest';
import { composeSubgraphs } from '../../../tools/ownership/composition.ts';
import { entityOwnerViolations } from '../../../tools/ownership/entities.ts';
import { fieldOwnerViolations } from '../../../tools/ownership/fields.ts';
import { formatViolation, type Violation } from '../../../tools/ownership/violation.ts';
import { ACCOUNTING, CRM, edited, HR, OWNERS, subgraphs } from './fixtures.ts';

const lines = (violations: Violation[]) => violations.map(formatViolation);

describe('the fixture federation', () => {
  it('composes and keeps rules 1 and 2', () => {
    expect(composeSubgraphs(subgraphs()).kind).toBe('success');
    expect(entityOwnerViolations(subgraphs(), OWNERS)).toEqual([]);
    expect(fieldOwnerViolations(subgraphs(), OWNERS)).toEqual([]);
  });
});

describe('composition', () => {
  it('reports composition errors with their code and the subgraphs', () => {
    const result = composeSubgraphs(edited('accounting', 'outstanding: Money', 'outstanding: Money\n    name: String!'));
    expect(result.kind === 'failure' && lines(result.violations)).toEqual([
      'composition: INVALID_FIELD_SHARING: Non-shareable field "Client.name" is resolved from multiple subgraphs: it is resolved from subgraphs "accounting" and "crm" and defined as non-shareable in all of them',
    ]);
  });

  it('names the subgraph whose SDL does not parse', () => {
    const result = composeSubgraphs(edited('hr', 'email: String!', 'email String!'));
    expect(result.kind === 'failure' && lines(result.violations)).toEqual([
      'composition: [hr] Syntax Error: Expected ":", found Name "String".',
    ]);
  });
});

describe('rule 1: one owner per entity', () => {
  it('refuses an entity type the registry does not name', () => {
    const sdl = edited('hr', 'type Query {', 'type Department @key(fields: "id") {\n    id: ID!\n  }\n  type Query {');
    expect(lines(entityOwnerViolations(sdl, OWNERS))).toEqual([
      'rule 1 (one owner per entity): entity type Department (@key in hr) has no owner in lib/ownership/registry.ts',
    ]);
  });

  it('refuses an owner that does not define the entity with a resolvable @key', () => {
    expect(lines(entityOwnerViolations(subgraphs(), { ...OWNERS, Employee: 'crm' }))).toEqual([
      'rule 1 (one owner per entity): entity type Employee is owned by crm in lib/ownership/registry.ts, but crm does not define it with a resolvable @key (hr does)',
    ]);
    expect(lines(entityOwnerViolations(subgraphs(), { ...OWNERS, Client: 'projects' }))).toEqual([
      'rule 1 (one owner per entity): entity type Client is owned by projects in lib/ownership/registry.ts, but projects does not define it with a resolvable @key (crm and accounting do)',
    ]);
  });

  it('refuses a registry entry no subgraph declares', () => {
    expect(lines(entityOwnerViolations(subgraphs(), { ...OWNERS, Project: 'projects' }))).toEqual([
      'rule 1 (one owner per entity): lib/ownership/registry.ts says projects owns Project, but no subgraph declares Project with @key',
    ]);
  });

  it('follows renamed federation imports', () => {
    const renamed = HR.replace('import: ["@key"', 'import: [{ name: "@key", as: "@entity" }').replace('@key(fields', '@entity(fields');
    expect(renamed).toContain('@entity(fields: "id")');
    expect(lines(entityOwnerViolations(subgraphs({ hr: renamed }), { ...OWNERS, Employee: 'crm' }))).toEqual([
      'rule 1 (one owner per entity): entity type Employee is owned by crm in lib/ownership/registry.ts, but crm does not define it with a resolvable @key (hr does)',
    ]);
  });
});

describe('rule 2: one resolver per field', () => {
  it('refuses a non-key entity field made @shareable to be resolvable from two subgraphs', () => {
    const sdl = subgraphs({
      crm: CRM.replace('name: String!', 'name: String! @shareable'),
      accounting: ACCOUNTING.replace('outstanding: Money', 'outstanding: Money\n    name: String! @shareable'),
    });
    expect(composeSubgraphs(sdl).kind).toBe('success');
    expect(lines(fieldOwnerViolations(sdl, OWNERS))).toEqual([
      'rule 2 (one resolver per field): Client.name is resolvable from two subgraphs (crm and accounting); only its owner crm may resolve it, the others mark it @external or drop it',
      'rule 2 (one resolver per field): @shareable on Client.name in crm: only key fields and value types may be @shareable',
      'rule 2 (one resolver per field): @shareable on Client.name in accounting: only key fields and value types may be @shareable',
    ]);
  });

  it('refuses @shareable on an entity type and on root fields', () => {
    const sdl = subgraphs({
      accounting: ACCOUNTING.replace('type Client @key(fields: "id")', 'type Client @key(fields: "id") @shareable'),
      hr: HR.replace('employee(id: ID!): Employee', 'employee(id: ID!): Employee @shareable'),
    });
    expect(lines(fieldOwnerViolations(sdl, OWNERS))).toEqual([
      'rule 2 (one resolver per field): @shareable on entity type Client in accounting: only key fields and value types may be @shareable',
      'rule 2 (one resolver per field): @shareable on Query.employee in hr: only key fields and value types may be @shareable',
    ]);
  });

  it('refuses a root field resolvable from two subgraphs', () => {
    const sdl = subgraphs({
      crm: CRM.replace('client(id: ID!): Client', 'client(id: ID!): Client\n    ping: String @shareable'),
      hr: HR.replace('employee(id: ID!): Employee', 'employee(id: ID!): Employee\n    ping: String @shareable'),
    });
    expect(lines(fieldOwnerViolations(sdl, OWNERS))).toEqual([
      'rule 2 (one resolver per field): Query.ping is resolvable from two subgraphs (crm and hr)',
      'rule 2 (one resolver per field): @shareable on Query.ping in crm: only key fields and value types may be @shareable',
      'rule 2 (one resolver per field): @shareable on Query.ping in hr: only key fields and value types may be @shareable',
    ]);
  });

  it('allows @shareable key fields, value types and @external fields', () => {
    const sdl = subgraphs({
      crm: CRM.replace('id: ID!\n    name: String!', 'id: ID! @shareable\n    name: String!\n    outstanding: Money @external'),
    });
    expect(fieldOwnerViolations(sdl, OWNERS)).toEqual([]);
  });
});
