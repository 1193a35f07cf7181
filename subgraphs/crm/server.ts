import { defineSubgraph } from '../../lib/subgraph.ts';
import { createCrmContext, type CrmContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCrm } from './seed.ts';
import { migrations } from './store/migrations.ts';
import type { CrmDatabase } from './store/schema.ts';

/** The CRM subgraph: system of record for clients, contacts, deals and contracts. */
export const crmSubgraph = defineSubgraph<CrmDatabase, CrmContext>({
  domain: 'crm',
  migrations,
  resolvers,
  createContext: createCrmContext,
  seed: seedCrm,
  isEmpty: async (db) => !(await db.selectFrom('clients').select('id').limit(1).executeTakeFirst()),
});
