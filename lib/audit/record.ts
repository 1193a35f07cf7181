import type { Kysely } from 'kysely';
import { nowIso } from '../dates.ts';
import { appendToOutbox, type OutboxDatabase } from '../events/outbox.ts';
import { eventType } from '../events/types.ts';
import { randomIdPart } from '../ids.ts';
import { currentRequest } from '../observability/request-scope.ts';
import { currentAuditScope } from './scope.ts';
import type { AuditDatabase, AuditLogTable } from './table.ts';

/** Columns that change with every write and say nothing about what changed. */
const BOOKKEEPING = new Set(['version', 'updated_at']);

/** A write outside any mutation (a script, a test calling a store directly) is still recorded, as the system's. */
const SYSTEM = { subject: 'system', scopes: [] as string[], mutation: 'system' };

export interface Change {
  /** The GraphQL typename, e.g. `Client`. */
  entity: string;
  id: string;
  /** The entity's version after the change (1 when created). */
  version: number;
  /** The row as it was; null when the change created it. */
  before: object | null;
  after: object;
}

export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

/** Every column whose value differs, with both values; for a new row every column with before null. */
export function changedFields(before: object | null, after: object): ChangedField[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  const fields: ChangedField[] = [];
  for (const [field, value] of Object.entries(next)) {
    if (BOOKKEEPING.has(field)) continue;
    const previous = before === null ? null : (old[field] ?? null);
    if (before !== null && previous === (value ?? null)) continue;
    fields.push({ field, before: previous, after: value ?? null });
  }
  return fields;
}

let sequence = 0;

/** Ids that sort as written: milliseconds, then a per-process sequence, then randomness across processes. */
export function auditId(now = Date.now()): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `aud_${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${randomIdPart().slice(0, 8)}`;
}

/**
 * Appends one audit row for `change`, and the outbox row that announces it (lib/events), with
 * `db` being the write's transaction, so the change, its record and its event commit or roll back
 * together. The actor and mutation come from the audit scope around the mutation resolver, the
 * request id from the request scope.
 */
export async function recordChange<DB>(db: Kysely<DB>, change: Change): Promise<void> {
  const scope = currentAuditScope();
  const row: AuditLogTable = {
    id: auditId(),
    occurred_at: nowIso(),
    actor_subject: scope?.caller.subject ?? SYSTEM.subject,
    actor_scopes: (scope ? [...scope.caller.scopes] : SYSTEM.scopes).sort().join(' '),
    mutation: scope?.mutation ?? SYSTEM.mutation,
    entity_type: change.entity,
    entity_id: change.id,
    version: change.version,
    changes: JSON.stringify(changedFields(change.before, change.after)),
    request_id: currentRequest()?.requestId ?? null,
  };
  // Every subgraph's store has audit_log and outbox (auditLogMigration, eventsMigration); DB does not say so.
  await (db as unknown as Kysely<AuditDatabase>).insertInto('audit_log').values(row).execute();
  await appendToOutbox(db as unknown as Kysely<OutboxDatabase>, row, eventType(change.entity, change.before, change.after));
}
