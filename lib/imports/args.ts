import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { externalIdText } from '../external-ids/fields.ts';
import { validate } from '../validation.ts';

/** The most rows one import call takes; more is BAD_USER_INPUT for the whole call. */
export const MAX_IMPORT_ROWS = 1000;

/** A row as the arguments step left it: parsed by its zod schema, or refused with the BAD_USER_INPUT saying why. */
export type ParsedRow<Row> = { ok: true; row: Row; externalId: string } | { ok: false; error: GraphQLError; externalId: string };

/**
 * The arguments of every `import<Entities>` mutation: `system`, up to 1,000 `rows`, `dryRun`.
 * Each row is parsed by `row` on its own: a bad row is refused in the report
 * (BAD_USER_INPUT with its failing fields) instead of failing the call, so the others go on.
 */
export function importArgs<Row extends { externalId: string }>(row: z.ZodType<Row>) {
  return z.object({
    system: externalIdText,
    rows: z
      .array(z.record(z.string(), z.unknown()))
      .max(MAX_IMPORT_ROWS, `must be at most ${MAX_IMPORT_ROWS} rows per call; send the rest in further calls`)
      .transform((rows) => rows.map((raw) => parseRow(row, raw))),
    dryRun: z.boolean().nullish(),
  });
}

function parseRow<Row extends { externalId: string }>(schema: z.ZodType<Row>, raw: Record<string, unknown>): ParsedRow<Row> {
  const externalId = typeof raw.externalId === 'string' ? raw.externalId : '';
  try {
    const row = validate(schema, raw);
    return { ok: true, row, externalId: row.externalId };
  } catch (error: unknown) {
    return { ok: false, error: error as GraphQLError, externalId };
  }
}
