import { describe, expect, it } from 'vitest';
import { composeSubgraphs, type SubgraphSource } from '../../../tools/ownership/composition.ts';
import { derivationViolations } from '../../../tools/ownership/derivations.ts';
import { buildSystemOfRecord, type SystemOfRecord } from '../../../gateway/catalog/inventory.ts';
import { formatViolation } from '../../../tools/ownership/violation.ts';
import { CATALOG, GATEWAY_SUBGRAPHS, SUBGRAPHS, subgraphSdl, type SubgraphName } from '../../../lib/schema.ts';
import { compositionUrl } from '../../../tools/composition.ts';
import { edited as editedFixture, OWNERS, subgraphs as fixtureSubgraphs } from '../../tools/ownership/fixtures.ts';

/**
 * The inventory is computed from whatever supergraph it is given plus the registry: a field added
 * to a schema is in it at the next compose, with nothing else to edit.
 */

/** This repository's subgraphs, with texts replaced in some: each edit must find its text. */
function repository(edits: Partial<Record<SubgraphName, [string, string][]>> = {}): SubgraphSource[] {
  return SUBGRAPHS.map((name) => {
    let sdl = subgraphSdl(name);
    for (const [from, to] of edits[name] ?? []) {
      if (!sdl.includes(from)) throw new Error(`schema/${name}.graphql has no ${JSON.stringify(from)}`);
      sdl = sdl.replace(from, to);
    }
    return { name, url: compositionUrl(name), sdl };
  });
}

function compose(sources: SubgraphSource[]): string {
  const composition = composeSubgraphs(sources);
  if (composition.kind === 'failure') throw new Error(composition.violations.map(formatViolation).join('\n'));
  return composition.supergraphSdl;
}

function field(inventory: SystemOfRecord, typename: string, name: string) {
  return inventory.entities.find((entity) => entity.typename === typename)?.fields.find((f) => f.name === name);
}

describe('the data inventory, from a supergraph and the registry', () => {
  it('shows a field added to a schema without touching the registry', () => {
    const before = buildSystemOfRecord(compose(repository()), { notDomains: GATEWAY_SUBGRAPHS });
    expect(field(before, 'Client', 'loyaltyTier')).toBeUndefined();
    const after = buildSystemOfRecord(
      compose(
        repository({
          crm: [
            [
              '  overdue: Money @external',
              '  loyaltyTier: String\n  churnRisk: Float @requires(fields: "overdue { amount }")\n  overdue: Money @external',
            ],
          ],
          accounting: [
            [
              'type Invoice @key(fields: "id") {\n  id: ID!',
              'type Employee @key(fields: "id", resolvable: false) {\n  id: ID!\n}\n\ntype Invoice @key(fields: "id") {\n  id: ID!\n  approvedBy: Employee',
            ],
          ],
        }),
      ),
      { notDomains: GATEWAY_SUBGRAPHS },
    );
    expect(field(after, 'Client', 'loyaltyTier')).toEqual({
      name: 'loyaltyTier',
      type: 'String',
      resolvedBy: 'crm',
      kind: 'STORED',
      derivedFrom: [],
      writeScope: 'crm:write',
      description: null,
    });
    expect(field(after, 'Client', 'churnRisk')).toMatchObject({
      resolvedBy: 'crm',
      kind: 'DERIVED',
      derivedFrom: ['Client.overdue'],
      writeScope: null,
    });
    expect(field(after, 'Invoice', 'approvedBy')).toMatchObject({
      type: 'Employee',
      resolvedBy: 'accounting',
      kind: 'REFERENCE',
      writeScope: 'accounting:write',
    });
    expect(after.domains.find((domain) => domain.name === 'hr')).toEqual({
      name: 'hr',
      writeScope: 'hr:write',
      owns: ['Employee'],
      contributesTo: [],
    });
  });

  it('lists the systems of record only: the catalog and the change feed composed beside them are not ones', () => {
    const inventory = buildSystemOfRecord(compose(repository()), { notDomains: GATEWAY_SUBGRAPHS });
    expect(inventory.domains.map((domain) => domain.name)).toEqual(['accounting', 'crm', 'hr', 'projects', 'webhooks']);
    expect(inventory.domains.find((domain) => domain.name === 'webhooks')).toEqual({
      name: 'webhooks',
      writeScope: 'webhooks:manage',
      owns: [],
      contributesTo: [],
    });
    expect(inventory.entities.map((entity) => entity.owner)).not.toContain(CATALOG);
  });

  it('works on any federation: the ownership fixtures, with their own owners', () => {
    const inventory = buildSystemOfRecord(compose(fixtureSubgraphs()), {
      owners: OWNERS,
      derivations: { Client: { outstanding: ['Invoice.total'] } },
    });
    expect(inventory.entities.map((entity) => `${entity.typename}:${entity.owner}`)).toEqual([
      'Client:crm',
      'Employee:hr',
      'Invoice:accounting',
    ]);
    expect(field(inventory, 'Client', 'outstanding')).toMatchObject({
      resolvedBy: 'accounting',
      kind: 'DERIVED',
      derivedFrom: ['Invoice.total'],
    });
    expect(field(inventory, 'Invoice', 'client')).toMatchObject({ kind: 'REFERENCE', writeScope: 'accounting:write' });
  });

  it('lists an entity the registry does not name without an owner, neither guessing one nor refusing the supergraph', () => {
    const { Client: _client, ...withoutClient } = OWNERS;
    const inventory = buildSystemOfRecord(compose(fixtureSubgraphs()), { owners: withoutClient, derivations: {} });
    expect(inventory.entities.map((entity) => [entity.typename, entity.owner])).toEqual([
      ['Client', null],
      ['Employee', 'hr'],
      ['Invoice', 'accounting'],
    ]);
    // Its key is still the one its subgraphs declare, and each field still names who resolves it.
    expect(inventory.entities[0]).toMatchObject({ key: ['id'] });
    expect(field(inventory, 'Client', 'name')).toMatchObject({ resolvedBy: 'crm', kind: 'STORED' });
    expect(inventory.domains.find((domain) => domain.name === 'crm')).toMatchObject({ owns: [], contributesTo: ['Client'] });
  });
});

describe('npm run check: the registry’s derived fields', () => {
  const supergraph = compose(
    editedFixture(
      'crm',
      'name: String!\n    accountManager: Employee',
      'name: String!\n    accountManager: Employee\n    outstanding: Money @external\n    health: String @requires(fields: "outstanding { amount }")',
    ),
  );

  it('accepts sources that exist and that no @requires already names', () => {
    expect(derivationViolations(supergraph, { Client: { health: ['Invoice.total'], outstanding: ['Invoice.total'] } })).toEqual([]);
  });

  it('names a derived field, entity or source that does not exist, and a repeated @requires', () => {
    const lines = derivationViolations(supergraph, {
      Client: { loyalty: ['Invoice.total'], outstanding: ['Invoice.amount', 'Invoice'], health: ['Client.outstanding'] },
      Money: { amount: ['Invoice.total'] },
    }).map(formatViolation);
    expect(lines).toEqual([
      'derived fields: lib/ownership/registry.ts says Client.loyalty is derived, but Client has no field loyalty',
      'derived fields: lib/ownership/registry.ts derives Client.outstanding from Invoice.amount, which is not a field of the supergraph',
      'derived fields: lib/ownership/registry.ts derives Client.outstanding from Invoice, which is not a field of the supergraph',
      'derived fields: lib/ownership/registry.ts derives Client.health from Client.outstanding, which its @requires already says: drop it',
      'derived fields: lib/ownership/registry.ts lists derived fields of Money, which is not an entity type of the supergraph',
    ]);
  });
});
