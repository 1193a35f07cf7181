import { expect } from 'vitest';
import type { ImportReport } from '../../lib/imports/run.ts';
import type { GraphQLResponse } from '../../lib/references.ts';

/** What the import tests of every domain send and read: one `import<Entities>` mutation and its report. */

/** The report every import mutation answers with, as the owners build it. */
export type { ImportReport } from '../../lib/imports/run.ts';

/** The mutation `field` (importEmployees …) taking rows of `rowType` (EmployeeImportRow …), asking for the whole report. */
export function importMutation(field: string, rowType: string): string {
  return /* GraphQL */ `
    mutation ($system: String!, $rows: [${rowType}!]!, $dryRun: Boolean) {
      ${field}(system: $system, rows: $rows, dryRun: $dryRun) {
        dryRun created updated unchanged refused
        rows { index externalId outcome id changedFields refusal { code message fields } }
      }
    }
  `;
}

/** The report of a response that should have one, failing the test on any error. */
export function reportOf(response: GraphQLResponse, field: string): ImportReport {
  expect(response.errors).toBeUndefined();
  return (response.data as Record<string, ImportReport>)[field] as ImportReport;
}

/** Rows per table of a store snapshot, for "a refused row leaves nothing behind". */
export function rowCounts<Table extends string>(
  snapshot: Record<string, unknown[] | undefined>,
  tables: readonly Table[],
): Record<Table, number> {
  return Object.fromEntries(tables.map((table) => [table, snapshot[table]?.length ?? 0])) as Record<Table, number>;
}
