import { sql, type QueryExecutorProvider } from 'kysely';
import type { RecordSystem } from '../domains.ts';
import { badInput } from '../validation.ts';

/**
 * The data-quality report every business domain gives about its own entities (`<domain>DataQuality`,
 * schema/shared/data-quality.graphql). A domain lists its checks (subgraphs/<domain>/quality.ts);
 * this runs them and counts. The score is the number of problems: each record failing a check
 * counts once for that check, so fixing a record's last problem brings the score down by one per
 * check it failed, and clean data scores zero.
 */

export type QualityProblem = 'MISSING_FIELD' | 'INVALID_FORMAT' | 'UNKNOWN_REFERENCE' | 'STALE';

/** One record failing one check. */
export interface Finding {
  id: string;
  problem: string;
}

export interface QualityCheck {
  kind: QualityProblem;
  /** The field looked at (its GraphQL name), or null for the record as a whole. */
  field: string | null;
  description: string;
  /** Every failing record; the report orders them by id. */
  find(): Promise<Finding[]>;
}

export interface EntityChecks {
  entityType: string;
  /** How many records of the type the owner keeps. */
  records(): Promise<number>;
  checks: QualityCheck[];
}

export interface DataQualityReport {
  domain: RecordSystem;
  score: number;
  entities: EntityQuality[];
}

export interface EntityQuality {
  entityType: string;
  records: number;
  score: number;
  checks: { kind: QualityProblem; field: string | null; description: string; count: number; examples: Finding[] }[];
}

/** At most this many examples per check, so the report stays small whatever the data. */
export const MAX_EXAMPLES = 20;

/** Runs every check of every entity type, one after the other (a report must not take the store from the requests). */
export async function dataQualityReport(domain: RecordSystem, entities: EntityChecks[], examples: number): Promise<DataQualityReport> {
  if (!Number.isInteger(examples) || examples < 0 || examples > MAX_EXAMPLES) {
    throw badInput(['examples'], `must be a whole number from 0 to ${MAX_EXAMPLES}`);
  }
  const reports: EntityQuality[] = [];
  for (const entity of entities) {
    const records = await entity.records();
    const checks: EntityQuality['checks'] = [];
    for (const check of entity.checks) {
      const found = await check.find();
      const byId = [...found].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      checks.push({
        kind: check.kind,
        field: check.field,
        description: check.description,
        count: found.length,
        examples: byId.slice(0, examples),
      });
    }
    reports.push({ entityType: entity.entityType, records, score: sum(checks.map((check) => check.count)), checks });
  }
  return { domain, score: sum(reports.map((report) => report.score)), entities: reports };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** How many rows `table` has: an entity type's `records`. */
export async function countRows(db: QueryExecutorProvider, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Most values one SQL `in (…)` list carries: well under SQLite's and PostgreSQL's parameter limits. */
const IN_LIST = 1000;

/**
 * Records of `table` whose `column` holds a value `reject` picks, judging each distinct value once:
 * the format and reference checks, which judge a value (a currency, a client id) rather than a
 * row. Table and column are the checks' own constants, quoted as identifiers.
 */
export async function recordsWithValues(
  db: QueryExecutorProvider,
  table: string,
  column: string,
  reject: (values: string[]) => Promise<Set<string>> | Set<string>,
  problem: (value: string) => string,
): Promise<Finding[]> {
  const ref = sql.ref(column);
  const distinct = await sql<{ value: string }>`select distinct ${ref} as value from ${sql.table(table)} where ${ref} is not null`.execute(
    db,
  );
  const rejected = [...(await reject(distinct.rows.map((row) => row.value)))];
  const findings: Finding[] = [];
  for (let start = 0; start < rejected.length; start += IN_LIST) {
    const values = rejected.slice(start, start + IN_LIST);
    const rows = await sql<{
      id: string;
      value: string;
    }>`select id, ${ref} as value from ${sql.table(table)} where ${ref} in (${sql.join(values)})`.execute(db);
    findings.push(...rows.rows.map((row) => ({ id: row.id, problem: problem(row.value) })));
  }
  return findings;
}

/** A zod rule of the write path (lib/validation.ts `fields`). */
export interface ValueRule {
  safeParse(value: unknown): { success: boolean };
}

/** The values a rule of the write path refuses, so the report and the writes agree on what is valid. */
export function refusedBy(rule: ValueRule): (values: string[]) => Set<string> {
  return (values) => new Set(values.filter((value) => !rule.safeParse(value).success));
}
