import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT_MS, runRecordgraph, runToExit } from '../support/processes.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { tempDir } from '../support/stores.ts';

/**
 * `recordgraph import` as a user runs it (the compiled CLI, a separate process) against the real
 * stack on empty stores: dry run, import, the same file again, a changed row, refused rows in the
 * report file with nothing written for them, and a run killed halfway then started again.
 */

const SAMPLES = new URL('../../examples/imports/', import.meta.url).pathname;
const OWNERS = ['hannah.okafor', 'mateo.alvarez', 'sofia.lindgren'];

let stack: Stack;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  stack = await startStack({ seed: null });
  dir = tempDir('recordgraph-import-');
  // The HubSpot sample's account managers, as HR would have them.
  for (const owner of OWNERS) {
    const name = owner.replace('.', ' ');
    const hired = await stack.query(`mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
      input: { name, email: `${owner}@recordgraph.example` },
    });
    expect(hired.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await stack.stop();
  dir.remove();
});

function recordgraphImport(args: string[]) {
  return runToExit(['import', ...args, '--gateway', stack.gatewayUrl]);
}

async function clientCount(): Promise<number> {
  const answer = await stack.query('{ clients(first: 0) { totalCount } }');
  return (answer.data as { clients: { totalCount: number } }).clients.totalCount;
}

async function clientByExternalId(system: string, id: string) {
  const answer = await stack.query(
    'query ($system: String!, $id: String!) { clientByExternalId(system: $system, id: $id) { id name industry version } }',
    { system, id },
  );
  return (answer.data as { clientByExternalId: { id: string; name: string; industry: string | null; version: number } | null })
    .clientByExternalId;
}

describe('the HubSpot companies sample', () => {
  const sample = join(SAMPLES, 'hubspot-companies.csv');
  const report = () => join(dir.path, 'hubspot.refused.csv');

  it('dry-runs row by row and writes nothing', async () => {
    const run = await recordgraphImport(['crm', 'clients', sample, '--profile', 'hubspot', '--dry-run', '--report', report()]);
    expect(run.stdout).toMatch(/^line 2 +hubspot:5501 +CREATED +sets name, /m);
    expect(run.stdout).toContain('standardised country: "United Kingdom" → "GB" (country.iso3166)');
    expect(run.stdout).toMatch(
      /^line 14 +hubspot:5513 +REFUSED +REFERENCE_NOT_FOUND: no employee with the email "kim.nobody@recordgraph.example"/m,
    );
    expect(run.stdout).toContain('dry run, nothing written: would have 12 created, 0 updated, 0 unchanged, 3 refused (15 rows)');
    expect(run.status).toBe(1);
    expect(await clientCount()).toBe(0);
  });

  it('imports, sending refused rows to the report file with nothing written for them', async () => {
    const run = await recordgraphImport(['crm', 'clients', sample, '--profile', 'hubspot', '--report', report()]);
    expect(run.stdout).toContain('imported 12 created, 0 updated, 0 unchanged, 3 refused (15 rows)');
    expect(run.stdout).toMatch(/note: line 12: "ACME Trading Limited" looks like the company on line 2/);
    expect(run.status).toBe(1);
    expect(await clientCount()).toBe(12);
    expect(await clientByExternalId('hubspot', '5505')).toMatchObject({ name: 'Stark Industrial' });

    const refused = parse<Record<string, string>>(readFileSync(report()), { columns: true });
    expect(refused.map((row) => [row['Record ID'], row.error_code, row.error_message])).toEqual([
      ['5510', 'BAD_USER_INPUT', '"mateo.alvarez@recordgraph@example" is not an email address'],
      ['5512', 'BAD_USER_INPUT', '"Atlantis" is not a country name or ISO 3166 code'],
      ['5513', 'REFERENCE_NOT_FOUND', 'no employee with the email "kim.nobody@recordgraph.example"'],
    ]);
    // The file's own columns come back as they were, so the report can be fixed and imported.
    expect(Object.keys(refused[0] ?? {})).toEqual([
      ...Object.keys(parse(readFileSync(sample), { columns: true, to: 1 })[0] as object),
      'error_code',
      'error_message',
    ]);
    for (const id of ['5510', '5512', '5513']) expect(await clientByExternalId('hubspot', id)).toBeNull();
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await clientByExternalId('hubspot', '5501');
    const run = await recordgraphImport(['crm', 'clients', sample, '--profile', 'hubspot', '--report', report()]);
    expect(run.stdout).toContain('imported 0 created, 0 updated, 12 unchanged, 3 refused (15 rows)');
    expect(await clientByExternalId('hubspot', '5501')).toEqual(before);
  });

  it('updates only the changed fields of a changed row, and imports a fixed report file', async () => {
    const changed = join(dir.path, 'hubspot-changed.csv');
    writeFileSync(
      changed,
      readFileSync(sample, 'utf8').replace(
        '5501,Acme Trading Ltd,acmetrading.co.uk,https://www.acmetrading.co.uk,Wholesale',
        '5501,Acme Trading Ltd,acmetrading.co.uk,https://www.acmetrading.co.uk,Distribution',
      ),
    );
    const run = await recordgraphImport(['crm', 'clients', changed, '--profile', 'hubspot', '--report', report()]);
    expect(run.stdout).toMatch(/^line 2 +hubspot:5501 +UPDATED +changes industry$/m);
    expect(run.stdout).toContain('imported 0 created, 1 updated, 11 unchanged, 3 refused (15 rows)');
    expect(await clientByExternalId('hubspot', '5501')).toMatchObject({ industry: 'Distribution', version: 2 });

    const fixed = join(dir.path, 'hubspot-fixed.csv');
    writeFileSync(
      fixed,
      readFileSync(report(), 'utf8')
        .replace('mateo.alvarez@recordgraph@example', 'mateo.alvarez@recordgraph.example')
        .replace('Atlantis', 'Portugal')
        .replace('kim.nobody', 'hannah.okafor'),
    );
    const again = await recordgraphImport([
      'crm',
      'clients',
      fixed,
      '--profile',
      'hubspot',
      '--report',
      join(dir.path, 'fixed.refused.csv'),
    ]);
    expect(again.stdout).toContain('imported 3 created, 0 updated, 0 unchanged, 0 refused (3 rows)');
    expect(again.status).toBe(0);
  });
});

describe('a run killed halfway', () => {
  it(
    'finishes with every row in exactly once when started again',
    async () => {
      const rows = 5_000;
      const file = join(dir.path, 'many-clients.csv');
      const lines = ['ID,Client,Website,Country,Status'];
      for (let i = 1; i <= rows; i++) lines.push(`K-${i},Killtest Client ${i},killtest${i}.example.com,DE,Active`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const before = await clientCount();
      const args = [
        'import',
        'crm',
        'clients',
        file,
        '--profile',
        'spreadsheet',
        '--gateway',
        stack.gatewayUrl,
        '--report',
        join(dir.path, 'many.refused.csv'),
      ];

      const first = runRecordgraph('import', args, {});
      // Killed once the first batch of 1,000 is in and before the file is done.
      await new Promise<void>((resolve, reject) => {
        const check = setInterval(() => {
          if ((first.output().match(/ CREATED /g) ?? []).length >= 1_000) {
            clearInterval(check);
            resolve();
          } else if (first.child.exitCode !== null) {
            clearInterval(check);
            reject(new Error(`the import ended before it was killed:\n${first.output()}`));
          }
        }, 20);
      });
      await first.kill('SIGKILL');
      const landed = (await clientCount()) - before;
      expect(landed).toBeGreaterThanOrEqual(1_000);
      expect(landed).toBeLessThan(rows);

      // The killed run's last call may still be finishing on the server: whatever it wrote, every row is in once.
      const second = await runToExit(args);
      const totals = /imported (\d+) created, 0 updated, (\d+) unchanged, 0 refused \((\d+) rows\)/.exec(second.stdout);
      expect(totals, second.stdout.slice(-2_000)).not.toBeNull();
      expect(Number(totals?.[1]) + Number(totals?.[2])).toBe(rows);
      expect(Number(totals?.[2])).toBeGreaterThanOrEqual(landed);
      expect(second.status).toBe(0);
      expect((await clientCount()) - before).toBe(rows);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
