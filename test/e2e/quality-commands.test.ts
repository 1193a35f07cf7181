import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as doctor } from '../../cli/commands/doctor.ts';
import { run as reconcile } from '../../cli/commands/reconcile.ts';
import type { Invocation } from '../../cli/command.ts';
import { formatScaled, parseScaled } from '../../lib/money.ts';
import { graphql } from '../__generated__/gql.ts';
import { runToExit } from '../support/processes.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { tempDir } from '../support/stores.ts';

/**
 * `recordgraph doctor` and `recordgraph reconcile` against a seeded company through the gateway.
 * Revenue over 12 months depends on the day, so the sheet's disagreements are planted relative
 * to what the gateway answers first.
 */

let stack: Stack;
const dir = tempDir('recordgraph-reconcile-');

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
  dir.remove();
});

const DataQualityScores = graphql(`
  query CommandsDataQualityScores {
    crmDataQuality {
      score
    }
    accountingDataQuality {
      score
    }
    hrDataQuality {
      score
    }
    projectsDataQuality {
      score
    }
  }
`);

describe('recordgraph doctor', () => {
  it('prints each entity type’s problems, examples and the score the gateway reports; --strict fails while it is not zero', async () => {
    const { data } = await stack.query(DataQualityScores);
    const score = [data?.crmDataQuality, data?.accountingDataQuality, data?.hrDataQuality, data?.projectsDataQuality].reduce(
      (total, report) => total + (report?.score ?? 0),
      0,
    );
    expect(score).toBeGreaterThan(0);

    const plain = await runToExit(['doctor', '--gateway', stack.gatewayUrl]);
    expect(plain.stderr).toBe('');
    expect(plain.status).toBe(0);
    const lines = plain.stdout.split('\n');
    expect(lines).toContain(`Data quality at ${stack.gatewayUrl}`);
    expect(lines.find((line) => line.startsWith('domain'))?.split(/\s{2,}/)).toEqual([
      'domain',
      'entity',
      'records',
      'score',
      'missing',
      'invalid',
      'unknown ref',
      'stale',
    ]);
    for (const entity of [
      'Client',
      'Contact',
      'Deal',
      'Contract',
      'Invoice',
      'Payment',
      'Employee',
      'Department',
      'Project',
      'Task',
      'TimeEntry',
    ]) {
      expect(lines.some((line) => new RegExp(`^\\w+\\s+${entity}\\s+\\d+\\s+\\d+`).test(line))).toBe(true);
    }
    // Every check that found something names itself and shows a failing record.
    const heading = lines.findIndex((line) => /^\w+ \w+ (MISSING_FIELD|INVALID_FORMAT|UNKNOWN_REFERENCE|STALE)\b.*: \d+, /.test(line));
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^ {2}\w+_\w+ {2}\S/);
    expect(lines).toContain(`Score: ${score}, the number of problems found; 0 when the data is clean.`);

    const strict = await runToExit(['doctor', '--gateway', stack.gatewayUrl, '--strict', '--json', '--examples', '0']);
    expect(strict.status).toBe(1);
    const json = JSON.parse(strict.stdout) as { score: number; complete: boolean; reports: { domain: string }[] };
    expect({ score: json.score, complete: json.complete, domains: json.reports.map((r) => r.domain) }).toEqual({
      score,
      complete: true,
      domains: ['crm', 'accounting', 'hr', 'projects'],
    });
  });

  it('says what is wrong when the gateway cannot be reached or the arguments are wrong', async () => {
    const down = await runToExit(['doctor', '--gateway', 'http://127.0.0.1:9/graphql']);
    expect(down.status).toBe(1);
    expect(down.stderr).toContain('Cannot reach the gateway at http://127.0.0.1:9/graphql');
    const wrong = await runToExit(['doctor', '--examples', '50']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--examples 0-20');
  });
});

const ClientFacts = graphql(`
  query CommandsClientFacts {
    clients(first: 100) {
      edges {
        node {
          id
          name
          status
          domain
          revenue(months: 12) {
            amount
            currencyCode
          }
          accountManager {
            name
            email
          }
        }
      }
    }
  }
`);

const CreateNamesake = graphql(`
  mutation CommandsCreateNamesake($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

/** `amount` moved by `cents`, as a sheet would write it. */
function plus(amount: string, cents: bigint): string {
  return formatScaled((parseScaled(amount, 2) ?? 0n) + cents, 2);
}

async function runReconcile(args: string[], options: Invocation['options'] = {}) {
  const lines: string[] = [];
  const code = await reconcile({
    args,
    options: { gateway: stack.gatewayUrl, ...options },
    config: stack.config,
    log: (line) => lines.push(line),
  });
  return { code, lines };
}

function writeSheet(name: string, rows: Record<string, string>[]): string {
  const path = join(dir.path, name);
  writeFileSync(path, stringify(rows, { header: true }));
  return path;
}

describe('recordgraph reconcile', () => {
  it('reports every planted disagreement with its owner and the money to the cent, and the rows it cannot match', async () => {
    const { data } = await stack.query(ClientFacts);
    const clients = (data?.clients.edges ?? []).map((edge) => edge.node);
    const names = new Map<string, number>();
    for (const client of clients) names.set(client.name, (names.get(client.name) ?? 0) + 1);
    const usable = clients.filter(
      (c) => c.status === 'ACTIVE' && c.accountManager && c.domain && Number(c.revenue?.amount) > 2000 && names.get(c.name) === 1,
    );
    const [a, b, c, d, f] = usable;
    if (!a || !b || !c || !d || !f) throw new Error('the seeded company has too few active clients with revenue and a manager');
    const someoneElse = clients.find(
      (client) => client.accountManager && client.accountManager.name !== b.accountManager?.name,
    )?.accountManager;
    const namesake = await stack.query(CreateNamesake, { name: d.name });
    const dTwin = namesake.data?.createClient.id ?? '';

    const sheet = writeSheet('sales.csv', [
      // By id: revenue one cent more than accounting's.
      {
        'Client ID': a.id,
        Client: a.name,
        Website: '',
        'Revenue last 12 months': plus(a.revenue?.amount ?? '0', 1n),
        'Account manager': a.accountManager?.name ?? '',
      },
      // By name, spelt differently: the account manager is someone else.
      {
        'Client ID': '',
        Client: `${b.name.toUpperCase()}, Inc.`,
        Website: '',
        'Revenue last 12 months': b.revenue?.amount ?? '',
        'Account manager': someoneElse?.name ?? '',
      },
      // By web address: revenue 1,234.56 less, written with a symbol and separators; the manager by email, in capitals.
      {
        'Client ID': '',
        Client: c.name,
        Website: `https://www.${c.domain ?? ''}/pricing`,
        'Revenue last 12 months': `$${Number(plus(c.revenue?.amount ?? '0', -123456n)).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
        'Account manager': c.accountManager?.email.toUpperCase() ?? '',
      },
      // By a name two clients share now.
      { 'Client ID': '', Client: d.name, Website: '', 'Revenue last 12 months': '1.00', 'Account manager': '' },
      // A client nobody has.
      {
        'Client ID': '',
        Client: 'Nobody Such Ltd',
        Website: 'nobody-such.example',
        'Revenue last 12 months': '10.00',
        'Account manager': '',
      },
      // An amount that is not one.
      { 'Client ID': f.id, Client: f.name, Website: '', 'Revenue last 12 months': 'about 5k', 'Account manager': '' },
    ]);
    const csvOut = join(dir.path, 'report.csv');

    const { code, lines } = await runReconcile([sheet], { json: true, csv: csvOut });
    expect(code).toBe(1);
    const report = JSON.parse(lines.join('\n')) as unknown;
    expect(report).toEqual({
      rows: 6,
      matched: 4,
      disagreements: [
        {
          line: 2,
          clientId: a.id,
          clientName: a.name,
          fact: 'revenue12m',
          sheet: plus(a.revenue?.amount ?? '0', 1n),
          system: a.revenue?.amount,
          owner: 'accounting',
          difference: '0.01',
          currencyCode: 'USD',
        },
        {
          line: 3,
          clientId: b.id,
          clientName: b.name,
          fact: 'accountManager',
          sheet: someoneElse?.name,
          system: `${b.accountManager?.name ?? ''} <${b.accountManager?.email ?? ''}>`,
          owner: 'crm',
          difference: null,
          currencyCode: null,
        },
        {
          line: 4,
          clientId: c.id,
          clientName: c.name,
          fact: 'revenue12m',
          sheet: expect.stringMatching(/^\$[\d,]+\.\d\d$/) as unknown,
          system: c.revenue?.amount,
          owner: 'accounting',
          difference: '-1234.56',
          currencyCode: 'USD',
        },
      ],
      problems: [
        {
          line: 5,
          kind: 'AMBIGUOUS',
          subject: `name ${d.name}`,
          message: expect.stringContaining('2 clients match') as unknown,
          candidates: expect.arrayContaining([d.id, dTwin]) as unknown,
        },
        { line: 6, kind: 'UNMATCHED', subject: 'domain nobody-such.example', message: 'no client matches', candidates: [] },
        {
          line: 7,
          kind: 'UNREADABLE',
          subject: 'revenue last 12 months',
          message: expect.stringContaining('"about 5k"') as unknown,
          candidates: [],
        },
      ],
      moneyDifference: [{ amount: '-1234.55', currencyCode: 'USD' }],
    });

    const csv = parse<Record<string, string>>(readFileSync(csvOut, 'utf8'), { columns: true });
    expect(csv.map((row) => [row.line, row.kind, row.fact, row.owner, row.difference])).toEqual([
      ['2', 'DISAGREEMENT', 'revenue12m', 'accounting', '0.01'],
      ['3', 'DISAGREEMENT', 'accountManager', 'crm', ''],
      ['4', 'DISAGREEMENT', 'revenue12m', 'accounting', '-1234.56'],
      ['5', 'AMBIGUOUS', '', '', ''],
      ['6', 'UNMATCHED', '', '', ''],
      ['7', 'UNREADABLE', '', '', ''],
    ]);

    const table = await runReconcile([sheet]);
    expect(table.lines[0]?.split(/\s{2,}/)).toEqual(['line', 'client', 'fact', 'sheet', 'system', 'owner', 'difference']);
    expect(table.lines.some((line) => line.trimStart().startsWith('2 ') && line.endsWith('0.01 USD'))).toBe(true);
    // Amounts read as the sheet writes them, with thousands grouped: the system's value, the difference, the total.
    const cRevenue = Number(c.revenue?.amount).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(
      table.lines
        .find((line) => line.trimStart().startsWith('4 '))
        ?.split(/\s{2,}/)
        .slice(-3),
    ).toEqual([cRevenue, 'accounting', '-1,234.56 USD']);
    expect(table.lines.at(-1)).toBe(
      '6 rows, 4 matched to a client: 3 facts disagree (sheet minus system: -1,234.55 USD), 3 rows or values could not be used.',
    );
  });

  it('exits 0 when the sheet agrees, and reads other headers through --mapping', async () => {
    const { data } = await stack.query(ClientFacts);
    const clients = (data?.clients.edges ?? []).map((edge) => edge.node).slice(0, 5);
    const sheet = writeSheet(
      'arr.csv',
      clients.map((client) => ({ 'Customer #': client.id, ARR: client.revenue?.amount ?? '', Owner: client.accountManager?.name ?? '' })),
    );
    const mapping = join(dir.path, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ columns: { 'Customer #': 'id', ARR: 'revenue12m', Owner: 'accountManager' } }));
    const { code, lines } = await runReconcile([sheet], { mapping });
    expect(lines).toEqual(['5 rows, 5 matched to a client: 0 facts disagree, 0 rows or values could not be used.']);
    expect(code).toBe(0);

    writeFileSync(mapping, JSON.stringify({ columns: { 'Customer #': 'clientNumber' } }));
    await expect(runReconcile([sheet], { mapping })).rejects.toThrow(/The mapping .* is not/);
  });
});

describe('recordgraph doctor with a domain down', () => {
  it('prints what the others report, names the domains that could not, and exits 1', async () => {
    await stack.stopSubgraph('crm');
    const lines: string[] = [];
    // --examples 1: a query the gateway has not answered (and kept) before.
    const code = await doctor({
      args: [],
      options: { gateway: stack.gatewayUrl, examples: '1' },
      config: stack.config,
      log: (line) => lines.push(line),
    });
    expect(code).toBe(1);
    expect(lines.some((line) => /^hr\s+Employee\s+\d+/.test(line))).toBe(true);
    expect(lines.some((line) => /^crm\s+\w+\s+\d+/.test(line))).toBe(false);
    expect(lines.filter((line) => line.includes('could not report')).map((line) => line.split(':')[0])).toEqual([
      'crm could not report',
      'accounting could not report',
      'projects could not report',
    ]);
    expect(lines.at(-1)).toMatch(/^Score: \d+ \(incomplete\), /);
  });
});
