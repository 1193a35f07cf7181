import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { STANDARDISERS, type StandardiserName } from '../../lib/standardise/index.ts';

/**
 * How a file's columns become import rows: per row field, the column(s) it comes from, the
 * standardiser applied and its options. A built-in profile (profiles.ts) is one of these; a user
 * writes their own in JSON or YAML for `--mapping FILE`.
 */

const columns = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export interface FieldMapping {
  /** The column, or columns: the first that is not empty (or all of them joined by a space, with `join`). */
  column: string | string[];
  join?: boolean;
  standardise?: StandardiserName;
  /** For `date`: a date-fns pattern ("dd/MM/yyyy") or `excel`. */
  dateFormat?: string;
  /** Source values (any case) to the value sent: Xero's AUTHORISED to SENT. */
  values?: Record<string, string>;
  /** Used when the column is empty. */
  default?: string;
  /** Tried when the column is empty, e.g. a domain from the contact's email when there is no website. */
  fallback?: FieldMapping;
}

const fieldMapping: z.ZodType<FieldMapping> = z.lazy(() =>
  z.strictObject({
    column: columns,
    join: z.boolean().optional(),
    standardise: z.enum(Object.keys(STANDARDISERS) as [StandardiserName, ...StandardiserName[]]).optional(),
    dateFormat: z.string().min(1).optional(),
    values: z.record(z.string(), z.string()).optional(),
    default: z.string().optional(),
    fallback: fieldMapping.optional(),
  }),
);

export const mappingSchema = z.strictObject({
  /** The outside system the file comes from: the `system` of every external id it carries. */
  system: z.string().min(1).optional(),
  /** ISO 3166 alpha-2: the country for phone numbers written without one, when the row has no `country`. */
  defaultCountry: z.string().length(2).optional(),
  /** The column holding the row's id in the outside system. */
  externalId: z.strictObject({ column: columns }),
  /** Rows sharing this column's value are one record (Xero: one row per invoice line). */
  groupBy: z.string().min(1).optional(),
  fields: z.record(z.string(), fieldMapping),
  /** Per-row fields of a grouped record's lines. */
  lines: z.record(z.string(), fieldMapping).optional(),
});

export type Mapping = z.infer<typeof mappingSchema>;

export class MappingError extends Error {}

/** A mapping file, JSON or YAML (by extension), checked against the schema above. */
export async function loadMapping(path: string): Promise<Mapping> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new MappingError(`cannot read the mapping ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error: unknown) {
    throw new MappingError(`the mapping ${path} is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(error as Error).message}`);
  }
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new MappingError(`the mapping ${path} is not a mapping:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Every column a field mapping may read, for checking them against the file's header. */
export function columnsOf(field: FieldMapping): string[] {
  return [...[field.column].flat(), ...(field.fallback ? columnsOf(field.fallback) : [])];
}
