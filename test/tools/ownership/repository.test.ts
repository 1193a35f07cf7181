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
    // Every codegen output is checked: each subgraph's and the catalog's types, the product's trusted-document manifest, the web app's and the tests' typed operations.
    expect('error' in inputs.resolverTypes ? inputs.resolverTypes.error : inputs.resolverTypes.map((file) => file.path).sort()).toEqual([
      'gateway/catalog/__generated__/catalog-types.ts',
      'lib/operations/__generated__/gql.ts',
      'lib/operations/__generated__/graphql.ts',
      'lib/operations/__generated__/index.ts',
      'lib/operations/__generated__/persisted-documents.json',
      'subgraphs/accounting/__generated__/resolvers-types.ts',
      'subgraphs/crm/__generated__/resolvers-types.ts',
      'subgraphs/hr/__generated__/resolvers-types.ts',
      'subgraphs/projects/__generated__/resolvers-types.ts',
      'subgraphs/webhooks/__generated__/resolvers-types.ts',
      'test/__generated__/gql.ts',
      'test/__generated__/graphql.ts',
      'test/__generated__/index.ts',
      'web/app/src/__generated__/gql.ts',
      'web/app/src/__generated__/graphql.ts',
      'web/app/src/__generated__/index.ts',
      'web/app/src/__generated__/persisted-documents.json',
    ]);
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
