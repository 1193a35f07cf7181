import { nowIso } from '../dates.ts';
import { randomIdPart } from '../ids.ts';
import { currentRequest } from '../observability/request-scope.ts';
import type { WriteActor } from '../writes/actor.ts';
import type { AuditLogTable } from './table.ts';

/** Columns that change with every write and say nothing about what changed. */
const BOOKKEEPING = new Set(['version', 'updated_at']);

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
 * The audit row recording `change`, made by `actor` within the current request (for its id).
 * lib/writes/record.ts appends it, beside the outbox row that announces it.
 */
export function auditRow(change: Change, actor: WriteActor): AuditLogTable {
  return {
    id: auditId(),
    occurred_at: nowIso(),
    actor_subject: actor.caller.subject,
    actor_scopes: [...actor.caller.scopes].sort().join(' '),
    mutation: actor.mutation,
    entity_type: change.entity,
    entity_id: change.id,
    version: change.version,
    changes: JSON.stringify(changedFields(change.before, change.after)),
    request_id: currentRequest()?.requestId ?? null,
  };
}
