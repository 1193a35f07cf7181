import type { ExternalId } from '../external-ids/store.ts';
import type { EntityReference } from './references.ts';

/**
 * The one shape every committed change is announced in: on the bus, in the change feed, in
 * subscriptions and in webhook bodies. A subscriber needs nothing else to stay in step: the
 * entity, its new version, what changed to what, who changed it and when.
 */
export interface ChangeEvent {
  /** `evt_…`, unique forever: consumers de-duplicate on it (delivery is at least once). */
  id: string;
  /** The subgraph whose store committed the change, e.g. `crm`. */
  source: string;
  /** `<Entity>.<verb>`: `Client.created`, `Client.updated`, `Invoice.issued`, `Project.phaseChanged`. */
  type: string;
  entityType: string;
  entityId: string;
  /** The entity's version after the change: per entity, events arrive in this order. */
  entityVersion: number;
  /** When the change was written, ISO-8601 UTC. */
  occurredAt: string;
  actor: EventActor;
  /** Every field the change set, with its new value (store column names, as in the audit log). */
  changes: Record<string, unknown>;
  /** Fields that changed but whose values are not announced (an employee's salary). */
  redacted: string[];
  /**
   * The entities the changed row points at, before and after the change (its foreign keys:
   * an invoice's client, a time entry's project, task and employee; lib/events/references.ts).
   * Absent from events announced before it was added.
   */
  references?: EntityReference[];
  /**
   * The entity's ids in outside systems after the change (lib/external-ids), for the entity types
   * that have them (Client, Contact, Invoice, Employee, Project); absent for the others.
   */
  externalIds?: ExternalId[];
  /** The request that made the change (`x-request-id`), when it came through one. */
  requestId: string | null;
}

export interface EventActor {
  /** The token's subject, `automation:<rule>` for a reaction, or `system`. */
  subject: string;
  /** The mutation (or automation rule) that made the change. */
  mutation: string;
}

/** An event as the bus holds it: its position in the bus's one ordered log (the change feed's cursor). */
export interface BusEvent {
  position: number;
  event: ChangeEvent;
}

/**
 * Which events a consumer wants: exact types (`Invoice.issued`) or every event of an entity
 * (`Invoice.*`). None (or an empty list) means all.
 */
export type TypeFilter = readonly string[] | undefined;

const TYPE_PATTERN = /^[A-Z][A-Za-z0-9]*\.([a-z][A-Za-z0-9]*|\*)$/;

/** True for `Entity.verb` and `Entity.*`; the change feed and webhooks refuse anything else as BAD_USER_INPUT. */
export function isTypePattern(pattern: string): boolean {
  return TYPE_PATTERN.test(pattern);
}

export function matchesTypes(type: string, filter: TypeFilter): boolean {
  if (!filter || filter.length === 0) return true;
  const entity = type.slice(0, type.indexOf('.'));
  return filter.some((pattern) => pattern === type || pattern === `${entity}.*`);
}

/** Event ids sort as written within a process; the random part keeps them unique across processes. */
export function eventIdFor(auditId: string): string {
  // The audit row and the event describe one change: the same suffix ties them together.
  return `evt_${auditId.slice(auditId.indexOf('_') + 1)}`;
}
