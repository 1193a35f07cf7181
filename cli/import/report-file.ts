import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { RowResult } from './send-batch.ts';

/**
 * The refused rows as a CSV a person can fix and import again: the file's own columns, as they
 * were, then `error_code` and `error_message`. Every source row of a refused record is written
 * (all of an invoice's lines), so the fixed file imports the record whole.
 */
export class RefusedRowsFile {
  private writer: ReturnType<typeof stringify> | null = null;
  private done: Promise<void> | null = null;
  rows = 0;

  constructor(readonly path: string) {}

  write(result: RowResult): void {
    for (const source of result.row.sources) {
      if (!this.writer) this.open(Object.keys(source.values));
      this.writer?.write({ ...source.values, error_code: result.refusal?.code ?? '', error_message: result.refusal?.message ?? '' });
      this.rows++;
    }
  }

  /** Ends the file; with no refused row and `columns` known, writes just the header, so an old report is not mistaken for this run's. */
  async close(columns: string[]): Promise<void> {
    if (!this.writer) this.open(columns);
    this.writer?.end();
    await this.done;
  }

  private open(columns: string[]): void {
    const writer = stringify({ header: true, columns: [...columns, 'error_code', 'error_message'] });
    const file = createWriteStream(this.path);
    writer.pipe(file);
    this.writer = writer;
    this.done = finished(file);
  }
}
