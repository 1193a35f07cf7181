import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMapping, MappingError } from '../../../cli/import/mapping.ts';
import { preparedRows } from '../../../cli/import/prepared-rows.ts';
import { PROFILES } from '../../../cli/import/profiles.ts';
import { readRecords } from '../../../cli/import/read-records.ts';
import { importTarget } from '../../../cli/import/targets.ts';
import { runToExit } from '../../support/processes.ts';
import { tempDir } from '../../support/stores.ts';

/** Reading the files people export (CSV as Excel writes it, JSON lines), mapping files, and `recordgraph standardise`. */

const SAMPLES = new URL('../../../examples/imports/', import.meta.url).pathname;

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('recordgraph-files-');
});
afterEach(() => dir.remove());

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function file(name: string, text: string | Buffer): string {
  const path = join(dir.path, name);
  writeFileSync(path, text);
  return path;
}

describe('CSV', () => {
  it('drops a byte-order mark, keeps quoted commas and line breaks, and numbers rows by the line they start on', async () => {
    // As Excel writes it: CRLF between rows, LF for a line break inside a cell.
    const path = file(
      'excel.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ID,Client,Notes\r\n1,"Acme, Inc.","two\nlines"\r\n2,Globex,\r\n')]),
    );
    expect(await all(readRecords(path))).toEqual([
      { line: 2, values: { ID: '1', Client: 'Acme, Inc.', Notes: 'two\nlines' } },
      { line: 4, values: { ID: '2', Client: 'Globex', Notes: '' } },
    ]);
  });
});

describe('JSON lines', () => {
  it('reads each object as a row, its values as text, and refuses a line that is not an object without stopping', async () => {
    const path = file('rows.jsonl', '{"ID": 1, "Client": "Acme", "Active": true}\n\nnot json\n{"ID": 2, "Client": null}\n');
    expect(await all(readRecords(path))).toEqual([
      { line: 1, values: { ID: '1', Client: 'Acme', Active: 'true' } },
      { line: 3, values: { line: 'not json' }, problem: 'the line is not a JSON object' },
      { line: 4, values: { ID: '2', Client: '' } },
    ]);
  });
});

describe('mapping files', () => {
  it('are read from JSON or YAML', async () => {
    const mapping = {
      system: 'crm-sheet',
      externalId: { column: 'Ref' },
      fields: { name: { column: 'Company', standardise: 'companyName' } },
    };
    expect(await loadMapping(file('m.json', JSON.stringify(mapping)))).toEqual(mapping);
    expect(
      await loadMapping(
        file('m.yml', 'system: crm-sheet\nexternalId:\n  column: Ref\nfields:\n  name: { column: Company, standardise: companyName }\n'),
      ),
    ).toEqual(mapping);
  });

  it('are refused with every problem named', async () => {
    const path = file(
      'bad.json',
      JSON.stringify({ externalId: {}, fields: { name: { column: 'Company', standardise: 'shout' } }, extra: 1 }),
    );
    const error = await loadMapping(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MappingError);
    expect((error as Error).message).toContain('externalId.column');
    expect((error as Error).message).toContain('fields.name.standardise');
    expect((error as Error).message).toContain('extra');
    await expect(loadMapping(file('bad.yaml', 'fields: [unclosed'))).rejects.toThrow(/is not valid YAML/);
  });

  it('must name an id column the file has, and columns for the required fields', async () => {
    const path = file('clients.csv', 'Reference,Client\n1,Acme\n');
    const mapping = PROFILES.spreadsheet?.entities.clients;
    if (!mapping) throw new Error('no spreadsheet clients profile');
    await expect(all(preparedRows(path, mapping, { system: 's', target: importTarget('crm', 'clients') }))).rejects.toThrow(
      'the file has no id column (ID); its columns are: Reference, Client',
    );
  });
});

describe('the BambooHR sample through its profile', () => {
  it('joins first and last names, reads US dates, and sends the supervisor as an id in the same system', async () => {
    const mapping = PROFILES.bamboohr?.entities.employees;
    if (!mapping) throw new Error('no bamboohr profile');
    const rows = await all(
      preparedRows(join(SAMPLES, 'bamboohr-employees.csv'), mapping, { system: 'bamboohr', target: importTarget('hr', 'employees') }),
    );
    expect(rows[1]?.fields).toEqual({
      name: 'Mateo Alvarez',
      email: 'mateo.alvarez@recordgraph.example',
      title: 'Account Manager',
      departmentName: 'Sales',
      startDate: '2020-06-15',
      managerExternalId: { system: 'bamboohr', id: '1001' },
    });
    expect(rows.filter((row) => row.refusal).map((row) => [row.externalId, row.refusal?.message])).toEqual([
      ['1008', '"noah.fitzgerald@recordgraph" is not an email address'],
      ['1009', '"31/01/2022" is not a date in the format MM/dd/yyyy'],
    ]);
  });
});

describe('recordgraph standardise', () => {
  it('prints each row standardised with its changes and the rows it would refuse, and writes nothing', async () => {
    const run = await runToExit([
      'standardise',
      join(SAMPLES, 'spreadsheet-clients.jsonl'),
      '--profile',
      'spreadsheet',
      '--entity',
      'clients',
    ]);
    expect(run.stdout).toContain('standardised domain: "george.bluth@gmail.com" → "" (domain.free-mail)');
    expect(run.stdout).toContain('standardised domain: "ops@nakatomi.co.jp" → "nakatomi.co.jp" (domain.from-email)');
    expect(run.stdout).toMatch(/^line 5 +REFUSED BAD_USER_INPUT: "Narnia" is not a country name or ISO 3166 code$/m);
    expect(run.stdout).toMatch(/^line 6 +REFUSED BAD_USER_INPUT: the line is not a JSON object$/m);
    expect(run.stdout).toContain('7 rows: 15 changes made, 2 rows would be refused');
    expect(run.status).toBe(1);
  });

  it('asks which records a profile of several entities means', async () => {
    const run = await runToExit(['standardise', join(SAMPLES, 'spreadsheet-projects.csv'), '--profile', 'spreadsheet']);
    expect(run.stderr).toContain('say which records the file holds: --entity clients | projects');
    expect(run.status).toBe(1);
  });
});
