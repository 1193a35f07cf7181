import { defineSubgraph } from '../../lib/subgraph.ts';
import { accountingReactions } from './automation.ts';
import { createAccountingContext, type AccountingContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedAccounting } from './seed.ts';
import { migrations } from './store/migrations.ts';
import type { AccountingDatabase } from './store/schema.ts';

/** The accounting subgraph: system of record for invoices and the payments against them. */
export const accountingSubgraph = defineSubgraph<AccountingDatabase, AccountingContext>({
  domain: 'accounting',
  migrations,
  resolvers,
  createContext: createAccountingContext,
  seed: seedAccounting,
  reactions: accountingReactions,
  isEmpty: async (db) => !(await db.selectFrom('invoices').select('id').limit(1).executeTakeFirst()),
});
