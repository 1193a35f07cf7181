import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatewayAt, ImportStoppedError } from '../../../cli/import/gateway.ts';
import { loadMapping } from '../../../cli/import/mapping.ts';
import { PROFILES } from '../../../cli/import/profiles.ts';
import { runImport, type ImportRun } from '../../../cli/import/run-import.ts';
import type { RowResult } from '../../../cli/import/send-batch.ts';
import { importTarget, type ImportTarget } from '../../../cli/import/targets.ts';
import { graphqlError, startFakeSubgraph, type FakeAnswer, type FakeSubgraph, type ReceivedRequest } from '../../support/fake-subgraph.ts';
import { tempDir } from '../../support/stores.ts';

/**
 * The client side of imports against a fake gateway that keeps the import contract
 * (schema/shared/imports.graphql): what is sent (batches, grouped lines, resolved ids), and what
 * the user gets back (outcomes, the report file) when the owner refuses rows or the whole request.
 */

const SAMPLES = new URL('../../../examples/imports/', import.meta.url).pathname;

const CLIENTS = [
  { id: 'cli_globex', name: 'Globex Corporation' },
  { id: 'cli_initech', name: 'Initech' },
  { id: 'cli_umbrella', name: 'Umbrella Pharma GmbH' },
  { id: 'cli_wayne', name: 'Wayne Logistics LLC' },
  { id: 'cli_soylent', name: 'Soylent Foods B.V.' },
  { id: 'cli_hooli', name: 'Hooli PLC' },
  { id: 'cli_tyrell', name: 'Tyrell S.A.' },
  { id: 'cli_acme1', name: 'Acme Trading Ltd' },
  { id: 'cli_acme2', name: 'ACME Trading Limited' },
  { id: 'cli_pied', name: 'Pied Piper Inc.' },
  { id: 'cli_oscorp', name: 'Oscorp AB' },
];
const EMPLOYEES = [
  { id: 'emp_james', email: 'james.whitfield@recordgraph.example' },
  { id: 'emp_aisha', email: 'aisha.rahman@recordgraph.example' },
  { id: 'emp_daniel', email: 'daniel.okoro@recordgraph.example' },
  { id: 'emp_lucas', email: 'lucas.moreira@recordgraph.example' },
];

interface Row extends Record<string, unknown> {
  externalId: string;
}

/** A page of a directory, two entries a page so paging is exercised. */
function page(list: string, nodes: object[], after: unknown): FakeAnswer {
  const start = typeof after === 'string' ? Number(after) : 0;
  const end = start + 2;
  const edges = nodes.slice(start, end).map((node) => ({ node }));
  return { status: 200, body: { data: { [list]: { edges, pageInfo: { hasNextPage: end < nodes.length, endCursor: String(end) } } } } };
}

/** The owner's import mutation as the contract has it: every row CREATED with the fields it sets, unless `refuse` says otherwise. */
function importAnswer(request: ReceivedRequest, refuse: (row: Row) => FakeAnswer | null, conflict: (row: Row) => boolean): FakeAnswer {
  const rows = request.variables.rows as Row[];
  for (const row of rows) {
    const answer = refuse(row);
    if (answer) return answer;
  }
  const results = rows.map((row, index) =>
    conflict(row)
      ? {
          index,
          externalId: row.externalId,
          outcome: 'REFUSED',
          id: null,
          changedFields: [],
          refusal: { code: 'CONFLICT', message: `${row.externalId} is taken`, fields: [] },
        }
      : {
          index,
          externalId: row.externalId,
          outcome: 'CREATED',
          id: `id_${row.externalId}`,
          changedFields: Object.keys(row).filter((field) => field !== 'externalId'),
          refusal: null,
        },
  );
  return { status: 200, body: { data: { report: { rows: results } } } };
}

let gateway: FakeSubgraph;
let dir: ReturnType<typeof tempDir>;
let refuse: (row: Row) => FakeAnswer | null;
let conflict: (row: Row) => boolean;

beforeEach(async () => {
  dir = tempDir('recordgraph-import-');
  refuse = () => null;
  conflict = () => false;
  gateway = await startFakeSubgraph((request) => {
    if (request.query.includes('clients(first: 500')) return page('clients', CLIENTS, request.variables.after);
    if (request.query.includes('employees(first: 500')) return page('employees', EMPLOYEES, request.variables.after);
    return importAnswer(request, refuse, conflict);
  });
});

afterEach(async () => {
  await gateway.close();
  dir.remove();
});

function importRequests(): ReceivedRequest[] {
  return gateway.requests.filter((request) => request.query.startsWith('mutation'));
}

async function run(target: ImportTarget, path: string, mapping = PROFILES.spreadsheet?.entities.clients, more: Partial<ImportRun> = {}) {
  const results: RowResult[] = [];
  const notes: string[] = [];
  if (!mapping) throw new Error('no mapping');
  const totals = await runImport({
    path,
    target,
    mapping,
    system: mapping.system ?? 'test',
    dryRun: false,
    gateway: gatewayAt(gateway.url, 'a-token'),
    reportPath: join(dir.path, 'refused.csv'),
    onResult: (result) => results.push(result),
    onNote: (note) => notes.push(note),
    ...more,
  });
  return {
    totals,
    results,
    notes,
    report: () => parse<Record<string, string>>(readFileSync(join(dir.path, 'refused.csv')), { columns: true }),
  };
}

function target(domain: string, entity: string): ImportTarget {
  const found = importTarget(domain, entity);
  if (!found) throw new Error(`no target ${domain} ${entity}`);
  return found;
}

describe('the Xero invoices sample', () => {
  it('sends one row per invoice with its lines, the client resolved by name, and reports the rest refused', async () => {
    const { totals, results, report } = await run(
      target('accounting', 'invoices'),
      join(SAMPLES, 'xero-invoices.csv'),
      PROFILES.xero?.entities.invoices,
    );
    expect(totals).toEqual({ rows: 12, created: 9, updated: 0, unchanged: 0, refused: 3, reportRows: 4 });

    const [request] = importRequests();
    expect(request?.headers.authorization).toBe('Bearer a-token');
    expect(request?.variables.system).toBe('xero');
    const sent = request?.variables.rows as Row[];
    expect(sent[0]).toEqual({
      externalId: 'INV-0101',
      clientId: 'cli_globex',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      currencyCode: 'USD',
      status: 'PAID',
      amountPaid: '12500.00',
      lines: [
        { description: 'Discovery workshop', quantity: '2', unitPrice: '1500.00' },
        { description: 'Solution design', quantity: '10', unitPrice: '950.00' },
      ],
    });
    // "Globex Corp." and "Initech, Inc." are the CRM's "Globex Corporation" and "Initech" by companyMatchKey.
    expect(sent.map((row) => [row.externalId, row.clientId])).toContainEqual(['INV-0112', 'cli_globex']);
    expect(sent.map((row) => [row.externalId, row.clientId])).toContainEqual(['INV-0102', 'cli_initech']);

    const refused = results
      .filter((result) => result.outcome === 'REFUSED')
      .map((result) => [result.row.externalId, result.refusal?.code, result.refusal?.message]);
    expect(refused).toEqual([
      ['INV-0107', 'BAD_USER_INPUT', '"31/02/2026" is not a date in the format dd/MM/yyyy'],
      ['INV-0108', 'REFERENCE_NOT_FOUND', 'no client named "Wonka Industries"'],
      ['INV-0109', 'REFERENCE_NOT_FOUND', '"Acme Trading" matches 2 clients (cli_acme1, cli_acme2): give the id instead'],
    ]);
    // Every line of a refused invoice goes to the report, with the file's columns, to be fixed and imported whole.
    expect(report().map((row) => [row.InvoiceNumber, row.Description, row.error_code])).toEqual([
      ['INV-0107', 'Lab systems audit', 'BAD_USER_INPUT'],
      ['INV-0108', 'Factory floor survey', 'REFERENCE_NOT_FOUND'],
      ['INV-0109', 'Warehouse integration', 'REFERENCE_NOT_FOUND'],
      ['INV-0109', 'Support hours', 'REFERENCE_NOT_FOUND'],
    ]);
  });
});

describe('the spreadsheet projects sample', () => {
  it("resolves clients by name and leads by email, and sends no phase or health (the owner's lifecycle moves them)", async () => {
    const { totals, results } = await run(
      target('projects', 'projects'),
      join(SAMPLES, 'spreadsheet-projects.csv'),
      PROFILES.spreadsheet?.entities.projects,
    );
    expect(totals).toMatchObject({ rows: 10, created: 8, refused: 2 });
    const sent = importRequests()[0]?.variables.rows as Row[];
    expect(sent[0]).toEqual({
      externalId: 'P-01',
      name: 'Globex data platform',
      clientId: 'cli_globex',
      leadId: 'emp_james',
      budgetHours: '1200',
      startDate: '2026-01-12',
      endDate: '2026-06-30',
    });
    expect(results.filter((result) => result.refusal).map((result) => [result.row.externalId, result.refusal?.code])).toEqual([
      ['P-07', 'REFERENCE_NOT_FOUND'],
      ['P-09', 'BAD_USER_INPUT'],
    ]);
  });
});

describe('batches', () => {
  it('send at most 1,000 rows a call, a file of JSON lines read through a YAML mapping', async () => {
    const file = join(dir.path, 'people.jsonl');
    const lines = Array.from({ length: 2_500 }, (_, i) =>
      JSON.stringify({ id: i + 1, who: `Person ${i + 1}`, mail: `Person.${i + 1}@Example.com` }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const mappingFile = join(dir.path, 'people.yaml');
    writeFileSync(
      mappingFile,
      [
        'system: payroll',
        'externalId: { column: id }',
        'fields:',
        '  name: { column: who }',
        '  email: { column: mail, standardise: email }',
        '',
      ].join('\n'),
    );
    const mapping = await loadMapping(mappingFile);
    const { totals, results } = await run(target('hr', 'employees'), file, mapping);
    expect(totals).toMatchObject({ rows: 2_500, created: 2_500, refused: 0 });
    expect(importRequests().map((request) => (request.variables.rows as Row[]).length)).toEqual([1_000, 1_000, 500]);
    expect(importRequests()[0]?.variables.rows).toContainEqual({ externalId: '1', name: 'Person 1', email: 'person.1@example.com' });
    expect(results[0]?.row.changes).toEqual([
      { field: 'email', before: 'Person.1@Example.com', after: 'person.1@example.com', rule: 'email.lowercase' },
    ]);
  });

  it('refuse only the row the owner refuses the whole request for, the others still sent', async () => {
    const file = join(dir.path, 'clients.csv');
    writeFileSync(file, ['ID,Client', ...Array.from({ length: 8 }, (_, i) => `C-${i + 1},Client ${i + 1}`)].join('\n'));
    refuse = (row) =>
      row.name === 'Client 6'
        ? { status: 200, body: graphqlError('BAD_USER_INPUT', 'Variable "$rows" got invalid value at "rows[5].name"') }
        : null;
    const { totals, results, report } = await run(target('crm', 'clients'), file);
    expect(totals).toMatchObject({ rows: 8, created: 7, refused: 1 });
    expect(results.find((result) => result.outcome === 'REFUSED')?.row.externalId).toBe('C-6');
    expect(report()).toEqual([
      {
        ID: 'C-6',
        Client: 'Client 6',
        error_code: 'BAD_USER_INPUT',
        error_message: 'Variable "$rows" got invalid value at "rows[5].name"',
      },
    ]);
    // 8 rows, then halves until the bad row stands alone: 8 → 4 + 4 → 2 + 2 → 1 + 1.
    expect(importRequests()).toHaveLength(7);
  });

  it('ask once more for a row refused CONFLICT, which another write of the same id still running explains', async () => {
    const file = join(dir.path, 'clients.csv');
    writeFileSync(file, 'ID,Client\nC-1,Client 1\nC-2,Client 2\nC-3,Client 3\n');
    const asked = new Map<string, number>();
    conflict = (row) => {
      asked.set(row.externalId, (asked.get(row.externalId) ?? 0) + 1);
      return row.externalId === 'C-3' || (row.externalId === 'C-2' && asked.get('C-2') === 1);
    };
    const { totals, results } = await run(target('crm', 'clients'), file);
    expect(results.map((result) => [result.row.externalId, result.outcome, result.refusal?.code ?? null])).toEqual([
      ['C-1', 'CREATED', null],
      ['C-2', 'CREATED', null],
      ['C-3', 'REFUSED', 'CONFLICT'],
    ]);
    expect(totals).toMatchObject({ created: 2, refused: 1 });
    expect(importRequests().map((request) => (request.variables.rows as Row[]).map((row) => row.externalId))).toEqual([
      ['C-1', 'C-2', 'C-3'],
      ['C-2', 'C-3'],
    ]);
  });

  it('stop the import with a reason when the gateway refuses the token or lacks the mutation', async () => {
    const file = join(dir.path, 'clients.csv');
    writeFileSync(file, 'ID,Client\nC-1,Client 1\n');
    refuse = () => ({ status: 200, body: graphqlError('UNAUTHENTICATED', 'the token has expired') });
    await expect(run(target('crm', 'clients'), file)).rejects.toThrow(
      new ImportStoppedError('the gateway refused the token: the token has expired (UNAUTHENTICATED)'),
    );
    refuse = () => ({
      status: 400,
      body: graphqlError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "importClients" on type "Mutation".'),
    });
    await expect(run(target('crm', 'clients'), file)).rejects.toThrow(
      /importClients failed: Cannot query field "importClients" on type "Mutation"\. \(GRAPHQL_VALIDATION_FAILED\)/,
    );
  });
});

describe('an unreachable gateway', () => {
  it('stops the import saying where it looked', async () => {
    const url = gateway.url;
    await gateway.close();
    const file = join(dir.path, 'clients.csv');
    writeFileSync(file, 'ID,Client\nC-1,Client 1\n');
    // A fake that is never asked, so the teardown has one to close.
    gateway = await startFakeSubgraph(() => 'reset');
    await expect(run(target('crm', 'clients'), file, undefined, { gateway: gatewayAt(url, null) })).rejects.toThrow(
      `cannot reach the gateway at ${url}`,
    );
  }, 60_000);
});
