import type { Invocation } from '../command.ts';
import { chooseMapping } from '../import/choose-mapping.ts';
import { describeChange, whereIs } from '../import/describe.ts';
import { MappingError } from '../import/mapping.ts';
import { preparedRows } from '../import/prepared-rows.ts';
import { PROFILES } from '../import/profiles.ts';
import { SourceFileError } from '../import/read-records.ts';
import { IMPORT_TARGETS } from '../import/targets.ts';

/**
 * `recordgraph standardise FILE --profile NAME [--entity E] | --mapping FILE`: the file's rows as
 * an import would send them (JSON, one a line) with every change standardisation made, and the
 * rows it would refuse and why. Reads the file only: no gateway, nothing written.
 */

export const explained = [MappingError, SourceFileError];

export async function run({ args, options, log }: Invocation): Promise<number> {
  const [path, ...extra] = args;
  if (!path || extra.length) {
    console.error('recordgraph standardise: expected FILE with --profile NAME or --mapping FILE');
    return 2;
  }
  // A profile knows its entity unless it has several (the spreadsheet's clients and projects): then --entity says.
  const profileEntities = Object.keys((options.profile && PROFILES[options.profile]?.entities) || {});
  const entity = options.entity ?? (profileEntities.length === 1 ? profileEntities[0] : undefined);
  const target = IMPORT_TARGETS.find((candidate) => candidate.entity === entity);
  if ((options.entity || profileEntities.length > 1) && !target) {
    throw new MappingError(
      `say which records the file holds: --entity ${(profileEntities.length ? profileEntities : IMPORT_TARGETS.map((t) => t.entity)).join(' | ')}`,
    );
  }
  // Without a target (a mapping of one's own and no --entity) the rows are standardised but not checked against an owner's schema.
  const mapping = await chooseMapping(target?.entity ?? 'clients', options);
  const system = options.system ?? mapping.system ?? 'file';
  const counts = { rows: 0, changes: 0, refused: 0 };
  for await (const row of preparedRows(path, mapping, {
    system,
    target,
    onMissingColumn: (field, columns) => log(`note: the file has no column ${columns.join(' or ')}: ${field} stays empty`),
  })) {
    counts.rows++;
    counts.changes += row.changes.length;
    if (row.refusal) counts.refused++;
    const outcome = row.refusal
      ? `REFUSED ${row.refusal.code}: ${row.refusal.message}`
      : JSON.stringify({ externalId: row.externalId, ...row.fields });
    log(`${whereIs(row).padEnd(12)} ${outcome}`);
    for (const change of row.changes) log(describeChange(change));
  }
  log(`${counts.rows} rows: ${counts.changes} changes made, ${counts.refused} rows would be refused`);
  return counts.refused ? 1 : 0;
}
