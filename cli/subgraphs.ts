import type { Migration } from 'kysely';
import type { RecordSystem } from '../lib/domains.ts';
import type { SubgraphModule } from '../lib/subgraph.ts';

/**
 * Every system of record (the four domains and webhooks), by name, each imported when first
 * asked for: a process serving one subgraph loads that subgraph's code only.
 */
export const SUBGRAPHS: Record<RecordSystem, () => Promise<SubgraphModule>> = {
  crm: async () => (await import('../subgraphs/crm/server.ts')).crmSubgraph,
  accounting: async () => (await import('../subgraphs/accounting/server.ts')).accountingSubgraph,
  hr: async () => (await import('../subgraphs/hr/server.ts')).hrSubgraph,
  projects: async () => (await import('../subgraphs/projects/server.ts')).projectsSubgraph,
  webhooks: async () => (await import('../subgraphs/webhooks/server.ts')).webhooksSubgraph,
};

/**
 * Each store's migrations alone, for `recordgraph migrate` (a Kubernetes init container before
 * every start): importing a subgraph's server builds its GraphQL schema, which migrating never needs.
 */
export const MIGRATIONS: Record<RecordSystem, () => Promise<Record<string, Migration>>> = {
  crm: async () => (await import('../subgraphs/crm/store/migrations.ts')).migrations,
  accounting: async () => (await import('../subgraphs/accounting/store/migrations.ts')).migrations,
  hr: async () => (await import('../subgraphs/hr/store/migrations.ts')).migrations,
  projects: async () => (await import('../subgraphs/projects/store/migrations.ts')).migrations,
  webhooks: async () => (await import('../subgraphs/webhooks/store/migrations.ts')).migrations,
};
