import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * A spreadsheet a team keeps beside the systems (sales' client list), read as rows of what
 * identifies a client and what the sheet claims about it. Columns are recognised by their
 * headers (DEFAULT_COLUMNS, ignoring case and spacing) or named in a mapping file:
 *
 *   { "columns": { "Customer": "name", "ARR (USD)": "revenue12m", "HubSpot ID": "externalId" },
 *     "externalIdSystem": "hubspot" }
 */

/** What identifies the client a row is about, strongest first (cli/reconcile/reconcile.ts matches in that order). */
export const IDENTIFIERS = ['id', 'externalId', 'domain', 'name'] as const;
/** The facts a sheet may claim, each compared with its system of record (FACTS in reconcile.ts). */
export const FACT_NAMES = ['revenue12m', 'outstanding', 'accountManager', 'status', 'country'] as const;

export type Identifier = (typeof IDENTIFIERS)[number];
export type FactName = (typeof FACT_NAMES)[number];
export type SheetField = Identifier | FactName;

export interface SheetRow {
  /** The row's line in the file (the header is line 1), to find it again. */
  line: number;
  identifiers: Partial<Record<Identifier, string>>;
  facts: Partial<Record<FactName, string>>;
}

export interface Sheet {
  rows: SheetRow[];
  /** The system the externalId column's ids belong to, e.g. hubspot. */
  externalIdSystem: string | null;
}

/** Headers recognised without a mapping, compared lower-cased with spaces collapsed. */
export const DEFAULT_COLUMNS: Readonly<Record<string, SheetField>> = {
  'client id': 'id',
  id: 'id',
  client: 'name',
  'client name': 'name',
  company: 'name',
  name: 'name',
  domain: 'domain',
  website: 'domain',
  'web domain': 'domain',
  'revenue last 12 months': 'revenue12m',
  'revenue (12 months)': 'revenue12m',
  outstanding: 'outstanding',
  'account manager': 'accountManager',
  status: 'status',
  country: 'country',
};

/** The sheet or its mapping cannot be used: printed as it is, without a stack. */
export class SheetError extends Error {}

const mappingFile = z.object({
  columns: z.record(z.string(), z.enum([...IDENTIFIERS, ...FACT_NAMES])),
  externalIdSystem: z.string().min(1).optional(),
});

export function readSheet(path: string, mappingPath?: string): Sheet {
  const mapping = mappingPath ? readMapping(mappingPath) : { columns: {}, externalIdSystem: undefined };
  const records = parseCsv(path);
  const headers = Object.keys(records[0] ?? {});
  const fieldOf = new Map<string, SheetField>();
  for (const header of headers) {
    const field = mapping.columns[header] ?? DEFAULT_COLUMNS[header.trim().toLowerCase().replace(/\s+/g, ' ')];
    if (field) fieldOf.set(header, field);
  }
  const absent = Object.keys(mapping.columns).filter((header) => !headers.includes(header));
  if (absent.length)
    throw new SheetError(`${path} has no column ${absent.map((h) => JSON.stringify(h)).join(', ')} (named in ${mappingPath ?? ''})`);
  const fields = [...fieldOf.values()];
  if (!IDENTIFIERS.some((field) => fields.includes(field))) {
    throw new SheetError(`${path}: no column identifies the client (a client id, external id, domain or name); name one with --mapping`);
  }
  if (!FACT_NAMES.some((field) => fields.includes(field))) {
    throw new SheetError(`${path}: no column holds a fact to compare (${FACT_NAMES.join(', ')}); name one with --mapping`);
  }
  if (fields.includes('externalId') && !mapping.externalIdSystem) {
    throw new SheetError(`${path}: an external id column needs "externalIdSystem" in the mapping, e.g. "hubspot"`);
  }
  const rows = records.map((record, index): SheetRow => {
    const row: SheetRow = { line: index + 2, identifiers: {}, facts: {} };
    for (const [header, field] of fieldOf) {
      const value = (record[header] ?? '').trim();
      if (!value) continue;
      if ((IDENTIFIERS as readonly string[]).includes(field)) row.identifiers[field as Identifier] = value;
      else row.facts[field as FactName] = value;
    }
    return row;
  });
  return { rows, externalIdSystem: mapping.externalIdSystem ?? null };
}

function readMapping(path: string): z.output<typeof mappingFile> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    throw new SheetError(`Cannot read the mapping ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = mappingFile.safeParse(json);
  if (!parsed.success) {
    throw new SheetError(
      `The mapping ${path} is not { "columns": { "<header>": "<${[...IDENTIFIERS, ...FACT_NAMES].join('|')}>" }, "externalIdSystem"?: "<system>" }: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

function parseCsv(path: string): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error: unknown) {
    throw new SheetError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parse<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error: unknown) {
    throw new SheetError(`${path} is not a CSV file this can read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
