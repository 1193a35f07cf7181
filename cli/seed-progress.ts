import { SingleBar } from 'cli-progress';
import type { SeedProgress } from '../lib/demo/plan.ts';
import type { Log } from './services.ts';

/**
 * How a big seed shows it is moving: on a terminal a cli-progress bar per domain (planned
 * entities done, rows written, rows per second, ETA); otherwise one plain line per tenth, so a
 * log stays readable.
 */

export interface SeedMeter {
  tick: SeedProgress;
  /** Rows written so far. */
  readonly rows: number;
  stop(): void;
}

export function seedMeter(domain: string, total: number, log: Log, stream: NodeJS.WriteStream = process.stderr): SeedMeter {
  const started = Date.now();
  let entities = 0;
  let rows = 0;
  const rate = () => Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: `${domain.padEnd(10)} [{bar}] {percentage}% | {value}/{total} | {rows} rows, {rate} rows/s | ETA {eta_formatted}`,
      etaBuffer: 50,
      hideCursor: true,
    });
    bar.start(total, 0, { rows: 0, rate: 0 });
    return {
      tick: (moreEntities, moreRows) => {
        entities += moreEntities;
        rows += moreRows;
        bar.update(Math.min(entities, total), { rows, rate: rate() });
      },
      get rows() {
        return rows;
      },
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    tick: (moreEntities, moreRows) => {
      entities += moreEntities;
      rows += moreRows;
      if (total <= 0) return;
      const tenth = Math.floor((entities * 10) / total);
      if (tenth < nextTenth) return;
      nextTenth = tenth + 1;
      const elapsed = (Date.now() - started) / 1000;
      const eta = entities >= total ? 0 : Math.round((elapsed * (total - entities)) / Math.max(1, entities));
      log(`seeding ${domain}: ${Math.min(100, tenth * 10)}% (${entities}/${total}), ${rows} rows, ${rate()} rows/s, ETA ${eta} s`);
    },
    get rows() {
      return rows;
    },
    stop: () => {},
  };
}
