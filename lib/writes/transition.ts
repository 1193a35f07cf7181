import type { Kysely } from 'kysely';
import { assertTransition, type Lifecycle } from '../lifecycle.ts';
import type { Changes, VersionedRow, VersionedTable } from './versioned.ts';

/** A named lifecycle step asked of one entity: which, at which version, into which state. */
export interface TransitionStep<S extends string> {
  id: string;
  /** The version the caller last read; a stale one is a CONFLICT (optional, as in every mutation). */
  expectedVersion?: number | null;
  to: S;
}

/**
 * Moves one entity through its lifecycle (steps 4a–4c of lib/writes/mutation.ts): lock the row
 * and check its version (`forWrite`), check that its lifecycle allows the move
 * (INVALID_TRANSITION naming both states), let `alongside` refuse what else the move needs or add
 * the changes that go with it, then write the new state as the next version, audited and
 * announced (`Invoice.issued`, `Project.phaseChanged`).
 */
export async function transition<DB, Row extends VersionedRow, S extends string>(
  trx: Kysely<DB>,
  table: VersionedTable<DB, Row>,
  lifecycle: Lifecycle<S>,
  step: TransitionStep<S>,
  alongside?: (row: Row) => Changes<Row> | Promise<Changes<Row>>,
): Promise<Row> {
  const row = await table.forWrite(trx, step.id, step.expectedVersion);
  // The lifecycle names the column that holds the state (`status`, `phase`, `stage`).
  assertTransition(lifecycle, step.id, row[lifecycle.field as keyof Row] as S, step.to);
  const changes = (await alongside?.(row)) ?? {};
  return table.update(trx, row, { ...changes, [lifecycle.field]: step.to });
}
