/**
 * Speed of the import API on SQLite: crm's importClients run in-process (no HTTP, no gateway) on a
 * fresh store, in calls of 1,000 rows, three times over the same external ids: every row new
 * (created), the same rows again (unchanged), then each with a changed name and domain (updated).
 * Each row goes the whole write path: scope, validation, versioned write, audit row and event.
 * CPU ms per 1,000 rows is the steadier figure on a busy machine; statements per row counts SQL
 * statements sent (savepoints included).
 * Run: npm run bench:import-api   (BENCH_IMPORT_ROWS, default 20,000)
 */
import { crmSubgraph } from '../subgraphs/crm/server.ts';
import { openTestSubgraph } from '../test/support/subgraphs.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const PER_CALL = 1000;

const IMPORT = /* GraphQL */ `
  mutation ($rows: [ClientImportRow!]!) {
    importClients(system: "bench", rows: $rows) {
      created
      updated
      unchanged
      refused
    }
  }
`;

type Counts = { created: number; updated: number; unchanged: number; refused: number };

function rowsOf(round: 'first' | 'changed') {
  const suffix = round === 'changed' ? ' Holdings' : '';
  return Array.from({ length: ROWS }, (_, index) => ({
    externalId: `hs-${index}`,
    name: `Client ${index}${suffix}`,
    domain: round === 'changed' ? `client-${index}.example.org` : `client-${index}.example.com`,
    industry: 'Software',
    country: 'DE',
    status: 'ACTIVE',
  }));
}

const crm = await openTestSubgraph(crmSubgraph);
const table: Record<string, string | number>[] = [];
try {
  for (const [phase, rows] of [
    ['created', rowsOf('first')],
    ['unchanged', rowsOf('first')],
    ['updated', rowsOf('changed')],
  ] as const) {
    const totals: Counts = { created: 0, updated: 0, unchanged: 0, refused: 0 };
    const cpu = process.cpuUsage();
    const statements = crm.subgraph.statementCount;
    const started = performance.now();
    for (let start = 0; start < rows.length; start += PER_CALL) {
      const response = await crm.execute(IMPORT, { rows: rows.slice(start, start + PER_CALL) });
      if (response.errors) throw new Error(`import failed: ${JSON.stringify(response.errors)}`);
      const counts = (response.data as { importClients: Counts }).importClients;
      for (const key of Object.keys(totals) as (keyof Counts)[]) totals[key] += counts[key];
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (totals[phase] !== rows.length) throw new Error(`expected ${rows.length} ${phase}, got ${JSON.stringify(totals)}`);
    table.push({
      rows: phase,
      count: rows.length,
      seconds: seconds.toFixed(1),
      'rows/s': Math.round(rows.length / seconds),
      'statements/row': ((crm.subgraph.statementCount - statements) / rows.length).toFixed(2),
      'CPU ms/1,000 rows': Math.round((used.user + used.system) / 1000 / (rows.length / 1000)),
    });
  }
} finally {
  await crm.close();
}
console.table(table);
