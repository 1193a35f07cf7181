import type { ChangeEvent } from '../../lib/events/envelope.ts';
import type { EntityReference } from '../../lib/events/references.ts';
import type { AnnouncedWrite } from '../../lib/writes/announced.ts';

/**
 * What an entry depends on, and which entries a change drops. Each entry carries tags; a change
 * invalidates tags; an entry with a tag invalidated after it was fetched is never served again.
 *
 *   `<subgraph>:<Type>:<id>`  an entity's answer from one subgraph: `accounting:Client:cli_1`
 *                             holds cli_1's revenue, outstanding and invoices
 *   `<subgraph>:<Type>`       every answer about entities of that type from that subgraph
 *   `<subgraph>#root`         every root query answer of that subgraph (lists and their order,
 *                             totalCount, a lookup by id): any change of the subgraph drops them
 *   `<subgraph>`              everything from that subgraph
 *   `*`                       everything
 *
 * A change to entity E (id I) of subgraph S drops `S:E:I`, `S:T:R` for each entity R of type T
 * its row points at before and after (its event's `references`: an invoice's client, so that
 * client's revenue and outstanding go; a payment's invoice), `S#root`, and `S:T` for the types
 * in CASCADES. Answers depend only on their own subgraph's store (the gateway brings other
 * domains' facts in the representation, which is part of the key), so a change never drops
 * another subgraph's entries.
 */

/**
 * The entity types whose answers are cached, per subgraph, and each subgraph's only. For these,
 * the tags above are known to be complete; another type's answers (or another subgraph's, such
 * as webhooks, whose deliveries change without events) are never kept.
 */
export const CACHED_ENTITIES: Readonly<Record<string, ReadonlySet<string>>> = {
  crm: new Set(['Client']),
  accounting: new Set(['Client', 'Invoice']),
  hr: new Set(['Employee']),
  projects: new Set(['Client', 'Employee', 'Project']),
};

/**
 * Changes whose effect reaches answers their references do not name, so they drop every answer
 * of a type (the fall-back the precise tags cannot avoid):
 * - projects: a task or time entry changes its project's tasks and hoursLogged, which a client's
 *   `projects` and an employee's `assignments` show, but its row names only the project; a
 *   project's change shows in the assignments of employees who work on it without leading it;
 * - hr: an employee's answer shows other employees inline (manager, reports) and their department.
 * Everything else is precise: crm's client answers hold their contacts, deals and contracts (each
 * names its client), accounting's hold invoices and their payments (each names its invoice, and a
 * payment also writes its invoice, which names the client).
 */
export const CASCADES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  projects: { Project: ['Employee'], Task: ['Client', 'Employee'], TimeEntry: ['Client', 'Employee'] },
  hr: { Employee: ['Employee'], Department: ['Employee'] },
};

export const EVERYTHING = '*';

/** The tags of an entity answer, or null when such an answer is not cached. */
export function entityTags(subgraph: string, representation: unknown): string[] | null {
  if (typeof representation !== 'object' || representation === null) return null;
  const { __typename: type, id } = representation as { __typename?: unknown; id?: unknown };
  if (typeof type !== 'string' || typeof id !== 'string' || !CACHED_ENTITIES[subgraph]?.has(type)) return null;
  return [`${subgraph}:${type}:${id}`, `${subgraph}:${type}`, subgraph, EVERYTHING];
}

/** The tags of a root query answer, or null when the subgraph's answers are not cached. */
export function rootTags(subgraph: string): string[] | null {
  return CACHED_ENTITIES[subgraph] ? [`${subgraph}#root`, subgraph, EVERYTHING] : null;
}

/** A change as both its event and the mutation's answer tell it. */
export interface ChangedEntity {
  source: string;
  entityType: string;
  entityId: string;
  /** Undefined: not known (an event announced before references existed). */
  references: readonly EntityReference[] | undefined;
}

/** The tags a change invalidates. Without its references, everything of its subgraph. */
export function changedTags(change: ChangedEntity): string[] {
  const { source, entityType, entityId, references } = change;
  if (!references) return [source];
  const tags = new Set([`${source}#root`, `${source}:${entityType}:${entityId}`]);
  for (const reference of references) tags.add(`${source}:${reference.type}:${reference.id}`);
  for (const type of CASCADES[source]?.[entityType] ?? []) tags.add(`${source}:${type}`);
  return [...tags];
}

export function changeOfEvent(event: ChangeEvent): ChangedEntity {
  return { source: event.source, entityType: event.entityType, entityId: event.entityId, references: event.references };
}

export function changeOfWrite(source: string, write: AnnouncedWrite): ChangedEntity {
  return { source, entityType: write.entityType, entityId: write.entityId, references: write.references };
}
