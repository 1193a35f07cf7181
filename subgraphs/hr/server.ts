import { defineSubgraph } from '../../lib/subgraph.ts';
import { createHrContext, SALARY_COLUMNS, type HrContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedHr } from './seed.ts';
import { migrations } from './store/migrations.ts';
import type { HrDatabase } from './store/schema.ts';

/** The HR subgraph: system of record for employees and departments. */
export const hrSubgraph = defineSubgraph<HrDatabase, HrContext>({
  domain: 'hr',
  fieldScopes: { Employee: { salary: 'hr:salary:read' } },
  migrations,
  resolvers,
  createContext: createHrContext,
  seed: seedHr,
  isEmpty: async (db) => !(await db.selectFrom('employees').select('id').limit(1).executeTakeFirst()),
  redacted: { Employee: SALARY_COLUMNS },
});
