import { MultiBar } from 'cli-progress';
import type { Log } from './services.ts';

/**
 * How a long import shows it is moving: on a terminal a cli-progress bar (file rows done, rows per
 * second, ETA), with the per-row lines printed above it when they go to the same terminal;
 * otherwise a plain line per 10,000 rows, so a log stays readable.
 */
export interface ImportMeter {
  /** `rows` more file rows are done. */
  tick(rows: number): void;
  /** Prints a line without breaking the bar. */
  log: Log;
  stop(): void;
}

const PLAIN_EVERY = 10_000;

export function importMeter(
  total: number | null,
  log: Log,
  stream: NodeJS.WriteStream = process.stderr,
  output: NodeJS.WriteStream = process.stdout,
): ImportMeter {
  const started = Date.now();
  let done = 0;
  const rate = () => Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
  if (stream.isTTY && total !== null) {
    const bars = new MultiBar({
      stream,
      format: 'importing [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}',
      etaBuffer: 50,
      hideCursor: true,
    });
    const bar = bars.create(total, 0, { rate: 0 });
    return {
      tick: (rows) => {
        done += rows;
        bar.update(Math.min(done, total), { rate: rate() });
      },
      // On one terminal the lines go above the bar (MultiBar.log), or they would be drawn over.
      log: output.isTTY ? (line) => bars.log(`${line}\n`) : log,
      stop: () => bars.stop(),
    };
  }
  let next = PLAIN_EVERY;
  return {
    tick: (rows) => {
      done += rows;
      if (done < next) return;
      next = (Math.floor(done / PLAIN_EVERY) + 1) * PLAIN_EVERY;
      stream.write(`imported ${done}${total ? `/${total}` : ''} rows, ${rate()} rows/s\n`);
    },
    log,
    stop: () => {},
  };
}
