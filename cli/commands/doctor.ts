import { TokenRequestError } from '../../lib/auth/tokens.ts';
import { DOMAINS } from '../../lib/domains.ts';
import type { DataQualityReport } from '../../lib/quality/report.ts';
import type { Invocation } from '../command.ts';
import { gatewayClient, GatewayRequestError } from '../gateway-client.ts';
import { table } from '../table.ts';

/**
 * `recordgraph doctor [--strict] [--examples N] [--json]`: every domain's data-quality report
 * (`<domain>DataQuality`), through the gateway, as a table of problems per entity type, the
 * failing records of each check, and the company's score: the sum of the domains', the number of
 * problems found. Exit code 1 when a domain could not report, or with --strict when the score is
 * not zero.
 */

export const explained = [GatewayRequestError, TokenRequestError];

const REPORT = `domain score entities { entityType records score checks { kind field description count examples { id problem } } }`;
const QUERY = `query Doctor($examples: Int) { ${DOMAINS.map((domain) => `${domain}DataQuality(examples: $examples) { ${REPORT} }`).join(' ')} }`;

const KINDS = [
  ['MISSING_FIELD', 'missing'],
  ['INVALID_FORMAT', 'invalid'],
  ['UNKNOWN_REFERENCE', 'unknown ref'],
  ['STALE', 'stale'],
] as const;

export async function run(invocation: Invocation): Promise<number> {
  const { args, options, log } = invocation;
  const examples = Number(options.examples ?? 3);
  if (args.length || !Number.isInteger(examples) || examples < 0 || examples > 20) {
    console.error('recordgraph doctor: expected [--strict] [--examples 0-20] [--json] [--gateway URL] [--token TOKEN]');
    return 2;
  }
  const gateway = await gatewayClient(invocation);
  const answer = await gateway.query<Record<string, DataQualityReport | null>>(QUERY, { examples });
  const reports = DOMAINS.flatMap((domain) => answer.data?.[`${domain}DataQuality`] ?? []);
  const failed = DOMAINS.filter((domain) => !answer.data?.[`${domain}DataQuality`]).map((domain) => {
    const error = answer.errors?.find((e) => e.path?.[0] === `${domain}DataQuality`);
    return `${domain} could not report: ${error ? `${error.extensions?.code ?? 'ERROR'}: ${error.message}` : 'no answer'}`;
  });
  const score = reports.reduce((total, report) => total + report.score, 0);

  if (options.json) {
    log(JSON.stringify({ score, complete: failed.length === 0, reports, errors: failed }, null, 2));
  } else {
    const counts = (entity: DataQualityReport['entities'][number]) =>
      KINDS.map(([kind]) => entity.checks.filter((check) => check.kind === kind).reduce((total, check) => total + check.count, 0));
    const rows = reports.flatMap((report) =>
      report.entities.map((entity) => [report.domain, entity.entityType, entity.records, entity.score, ...counts(entity)]),
    );
    log(`Data quality at ${gateway.url}`);
    log('');
    for (const line of table(['domain', 'entity', 'records', 'score', ...KINDS.map(([, label]) => label)], rows)) log(line);
    for (const report of reports) {
      for (const entity of report.entities) {
        for (const check of entity.checks.filter((c) => c.count > 0)) {
          log('');
          log(
            `${report.domain} ${entity.entityType} ${check.kind}${check.field ? ` ${check.field}` : ''}: ${check.count}, ${check.description}`,
          );
          for (const example of check.examples) log(`  ${example.id}  ${example.problem}`);
          if (check.count > check.examples.length) log(`  … and ${check.count - check.examples.length} more`);
        }
      }
    }
    log('');
    for (const line of failed) log(line);
    log(`Score: ${score}${failed.length ? ' (incomplete)' : ''}, the number of problems found; 0 when the data is clean.`);
  }
  if (failed.length) return 1;
  return options.strict && score > 0 ? 1 : 0;
}
