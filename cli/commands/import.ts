import { basename, extname } from 'node:path';
import { SCOPES } from '../../lib/auth/scope-names.ts';
import { mintToken, TokenRequestError } from '../../lib/auth/tokens.ts';
import type { Config } from '../../lib/config.ts';
import type { Invocation } from '../command.ts';
import { chooseMapping } from '../import/choose-mapping.ts';
import { describeResult, describeTotals } from '../import/describe.ts';
import { gatewayAt, ImportStoppedError } from '../import/gateway.ts';
import { MappingError } from '../import/mapping.ts';
import { readRecords, SourceFileError } from '../import/read-records.ts';
import { runImport } from '../import/run-import.ts';
import { importTarget, IMPORT_TARGETS } from '../import/targets.ts';
import { importMeter } from '../import-progress.ts';

/**
 * `recordgraph import <domain> <entity> FILE`: a CSV or JSON-lines file, through a profile or a
 * mapping, into the owner's import mutation via the gateway (cli/import/run-import.ts). Exits 1
 * when any row was refused, so a script notices; the refused rows are in the report file.
 */

export const explained = [MappingError, SourceFileError, ImportStoppedError, TokenRequestError];

export async function run({ args, options, config, log }: Invocation): Promise<number> {
  const [domain = '', entity = '', path, ...extra] = args;
  const target = importTarget(domain, entity);
  if (!target || !path || extra.length) {
    const pairs = IMPORT_TARGETS.map((t) => `${t.domain} ${t.entity}`).join(' | ');
    console.error(
      `recordgraph import: expected <domain> <entity> FILE, with <domain> <entity> one of ${pairs}; got ${args.join(' ') || 'nothing'}`,
    );
    return 2;
  }
  const mapping = await chooseMapping(target.entity, options);
  const system = options.system ?? mapping.system;
  if (!system) throw new MappingError('say which system the ids come from: --system NAME (or "system" in the mapping)');
  const dryRun = options['dry-run'] ?? false;
  const gateway = gatewayAt(
    options.gateway ?? `http://127.0.0.1:${config.ports.gateway}/graphql`,
    options.token ?? (await demoToken(config)),
  );
  const reportPath = options.report ?? `${basename(path, extname(path))}.refused.csv`;
  const meter = importMeter(process.stderr.isTTY ? await countRows(path) : null, log);
  let totals;
  try {
    totals = await runImport({
      path,
      target,
      mapping,
      system,
      dryRun,
      gateway,
      reportPath,
      // A batch's lines in one write: a line at a time, printing cost more than standardising the rows.
      onResults: (results) => {
        if (!results.length) return;
        meter.log(results.flatMap((result) => describeResult(result, system)).join('\n'));
        meter.tick(results.reduce((rows, result) => rows + result.row.sources.length, 0));
      },
      onNote: (note) => meter.log(`note: ${note}`),
    });
  } finally {
    meter.stop();
  }
  log(describeTotals(totals, dryRun));
  if (totals.refused) log(`refused rows: ${reportPath} (${totals.reportRows} file rows; fix them there and import that file again)`);
  return totals.refused ? 1 : 0;
}

/** The development token `recordgraph start` prints (every scope), so a local import needs no --token; never in production. */
async function demoToken(config: Config): Promise<string> {
  if (config.env === 'production' || !config.auth.secret) {
    throw new TokenRequestError(
      'give a bearer token with the domain\'s write scope: --token "$TOKEN" (recordgraph token --scopes "…" mints one)',
    );
  }
  return mintToken(config.auth, { scopes: SCOPES, subject: 'recordgraph-import', ttl: '1h' });
}

/** The file's rows, for the progress bar's total (read once more; only on a terminal). */
async function countRows(path: string): Promise<number> {
  let rows = 0;
  for await (const _record of readRecords(path)) rows++;
  return rows;
}
