import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { TokenRequestError } from '../../lib/auth/tokens.ts';
import type { Invocation } from '../command.ts';
import { gatewayClient, GatewayRequestError } from '../gateway-client.ts';
import { FACTS, reconcile, type ReconcileReport } from '../reconcile/reconcile.ts';
import { readSheet, SheetError } from '../reconcile/sheet.ts';
import { table } from '../table.ts';

/**
 * `recordgraph reconcile FILE [--mapping FILE] [--json] [--csv OUT]`: every fact a spreadsheet
 * states differently from the system of record that owns it, and the rows that match no client
 * or several (cli/reconcile/). Exit code 0 when the sheet agrees with the systems everywhere, 1
 * when anything disagrees or a row cannot be matched, like diff.
 */

export const explained = [GatewayRequestError, TokenRequestError, SheetError];

export async function run(invocation: Invocation): Promise<number> {
  const { args, options, log } = invocation;
  const [file, ...rest] = args;
  if (!file || rest.length) {
    console.error('recordgraph reconcile: expected FILE [--mapping FILE] [--json] [--csv OUT] [--gateway URL] [--token TOKEN]');
    return 2;
  }
  const sheet = readSheet(file, options.mapping);
  const gateway = await gatewayClient(invocation);
  const report = await reconcile(sheet, gateway.query);
  if (options.csv) writeFileSync(options.csv, asCsv(report));
  if (options.json) log(JSON.stringify(report, null, 2));
  else for (const line of asText(report)) log(line);
  return report.disagreements.length || report.problems.length ? 1 : 0;
}

function asText(report: ReconcileReport): string[] {
  const lines: string[] = [];
  if (report.disagreements.length) {
    lines.push(
      ...table(
        ['line', 'client', 'fact', 'sheet', 'system', 'owner', 'difference'],
        report.disagreements.map((d) => [
          d.line,
          `${d.clientName} (${d.clientId})`,
          FACTS[d.fact].label,
          d.sheet,
          FACTS[d.fact].kind === 'money' ? readable(d.system) : d.system,
          d.owner,
          d.difference === null ? '' : `${readable(d.difference)} ${d.currencyCode ?? ''}`,
        ]),
      ),
      '',
    );
  }
  if (report.problems.length) {
    lines.push(
      ...table(
        ['line', 'problem', 'row', 'why'],
        report.problems.map((p) => [p.line, p.kind, p.subject, p.message]),
      ),
      '',
    );
  }
  const money = report.moneyDifference.map((m) => `${readable(m.amount)} ${m.currencyCode}`).join(', ');
  lines.push(
    `${report.rows} rows, ${report.matched} matched to a client: ${report.disagreements.length} facts disagree` +
      `${money ? ` (sheet minus system: ${money})` : ''}, ${report.problems.length} rows or values could not be used.`,
  );
  return lines;
}

/**
 * An amount for a person to read, grouped like a spreadsheet shows it ("-1234.50" → "-1,234.50");
 * Intl formats the decimal string itself, so no digit goes through a float. --json and --csv keep the API's form.
 */
function readable(amount: string): string {
  const decimals = amount.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount as `${number}`);
}

function asCsv(report: ReconcileReport): string {
  const rows = [
    ...report.disagreements.map((d) => ({
      kind: 'DISAGREEMENT',
      line: d.line,
      client_id: d.clientId,
      client_name: d.clientName,
      fact: d.fact,
      sheet_value: d.sheet,
      system_value: d.system,
      owner: d.owner,
      difference: d.difference ?? '',
      currency: d.currencyCode ?? '',
      message: '',
    })),
    ...report.problems.map((p) => ({
      kind: p.kind,
      line: p.line,
      client_id: p.candidates.join(' '),
      client_name: '',
      fact: '',
      sheet_value: p.subject,
      system_value: '',
      owner: '',
      difference: '',
      currency: '',
      message: p.message,
    })),
  ].sort((a, b) => a.line - b.line);
  return stringify(rows, {
    header: true,
    columns: [
      'kind',
      'line',
      'client_id',
      'client_name',
      'fact',
      'sheet_value',
      'system_value',
      'owner',
      'difference',
      'currency',
      'message',
    ],
  });
}
