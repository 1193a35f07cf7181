import { Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportReport, Row } from './reports.ts';

/**
 * The two formats: CSV (RFC 4180 through csv-stringify: CRLF records, a header row, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled) and NDJSON (one JSON
 * object a line). Both are Transforms from rows to text, so the response's backpressure reaches
 * back to the pages.
 */

export type ExportFormat = 'csv' | 'ndjson';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** An error that ends an NDJSON export, as its last line. */
export interface ExportErrorLine {
  error: { message: string; code: string } & Record<string, unknown>;
}

/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula (OWASP "CSV injection"); free text that does is prefixed with an apostrophe, which
 * Excel and Sheets show as text. Only names get this: ids, decimals and dates are never changed.
 */
function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvEncoder(report: ExportReport): Transform {
  return stringify({
    header: true,
    columns: report.columns,
    record_delimiter: 'windows',
    // Excel opens a UTF-8 file as UTF-8 only when it starts with a byte-order mark.
    bom: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      string: (value, context) => (!context.header && report.textColumns.has(String(context.column)) ? spreadsheetSafe(value) : value),
    },
  });
}

export function ndjsonEncoder(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row: Row | ExportErrorLine, _encoding, done) {
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
}
