import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

/** One row of a source file: its line (for the person fixing it) and its values by column. */
export interface SourceRecord {
  line: number;
  values: Record<string, string>;
  /** Why the line could not be read as a row (a JSON line that is not an object); it is refused, the file goes on. */
  problem?: string;
}

export class SourceFileError extends Error {}

/** True for a JSON-lines file (one JSON object a line), by extension; anything else is read as CSV. */
export function isJsonLines(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

/**
 * The rows of a CSV or JSON-lines file, streamed so a large file is never held whole. CSV by
 * csv-parse: the first row names the columns, a byte-order mark is dropped (Excel writes one),
 * quoted fields may hold commas and line breaks, and a short or long row is kept for its
 * standardisation to report rather than stopping the file.
 */
export async function* readRecords(path: string): AsyncGenerator<SourceRecord> {
  try {
    yield* isJsonLines(path) ? readJsonLines(path) : readCsv(path);
  } catch (error: unknown) {
    if (error instanceof SourceFileError) throw error;
    throw new SourceFileError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function* readCsv(path: string): AsyncGenerator<SourceRecord> {
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  // csv-parse counts the line a record ends on; a person fixing it looks for the line it starts on.
  let ended = { lines: 1, empty: 0 };
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number; empty_lines: number };
  }>) {
    yield { line: ended.lines + 1 + (info.empty_lines - ended.empty), values: record };
    ended = { lines: info.lines, empty: info.empty_lines };
  }
}

async function* readJsonLines(path: string): AsyncGenerator<SourceRecord> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    const parsed = parseObject(text);
    if (!parsed) {
      yield { line, values: { line: text }, problem: 'the line is not a JSON object' };
      continue;
    }
    // Every value as the text a CSV cell would hold, so one set of standardisers reads both.
    const values = Object.fromEntries(
      Object.entries(parsed).map(([key, value]) => [
        key,
        value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value),
      ]),
    );
    yield { line, values };
  }
}

function parseObject(text: string): object | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
