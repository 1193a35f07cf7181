import { describe, expect, it } from 'vitest';
import { ENTITY_OWNERS } from '../../../lib/domains.ts';
import { checkOwnership } from '../../../tools/ownership/check.ts';
import { composeSubgraphs } from '../../../tools/ownership/composition.ts';
import { ENTITY_OWNERS as REGISTRY } from '../../../lib/ownership/registry.ts';
import { repositoryInputs } from '../../../tools/ownership/repository.ts';
import { composeSupergraph } from '../../../tools/composition.ts';

describe('this repository', () => {
  it('keeps every ownership rule, and its generated files are current', async () => {
    const inputs = await repositoryInputs();
    const report = checkOwnership(inputs);
    expect(report.violations).toEqual([]);
    // Every system of record's store, webhooks' too; the gateway's catalog and change feed have none.
    expect(inputs.stores.map((store) => store.subgraph)).toEqual(['crm', 'accounting', 'hr', 'projects', 'webhooks']);
    expect(inputs.stores.flatMap((store) => store.tables.map((table) => table.name))).toEqual(
      expect.arrayContaining(['invoices', 'webhook_deliveries']),
    );
    expect('error' in inputs.resolverTypes ? inputs.resolverTypes.error : inputs.resolverTypes.length).toBe(6);
  });

  it('composes exactly as `npm run compose` does', async () => {
    const composed = composeSupergraph();
    const checked = composeSubgraphs((await repositoryInputs()).subgraphs);
    expect(checked.kind === 'success' && composed.kind === 'success' && checked.supergraphSdl === composed.supergraphSdl).toBe(true);
  });

  it('has one ownership registry, which lib/domains.ts re-exports', () => {
    expect(ENTITY_OWNERS).toBe(REGISTRY);
  });
});
