import type { Domain } from '../lib/domains.ts';
import type { SubgraphModule } from '../lib/subgraph.ts';
import { accountingSubgraph } from '../subgraphs/accounting/server.ts';
import { crmSubgraph } from '../subgraphs/crm/server.ts';
import { hrSubgraph } from '../subgraphs/hr/server.ts';
import { projectsSubgraph } from '../subgraphs/projects/server.ts';

/** The four systems of record, by domain. */
export const SUBGRAPHS: Record<Domain, SubgraphModule> = {
  crm: crmSubgraph,
  accounting: accountingSubgraph,
  hr: hrSubgraph,
  projects: projectsSubgraph,
};
