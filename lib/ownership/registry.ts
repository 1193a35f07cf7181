import type { Domain } from '../domains.ts';

/**
 * THE ownership registry (DESIGN.md rule 1): the one subgraph that owns each entity type, defines
 * its resolvable `@key`, and alone creates, changes and deletes it. Every type with a `@key` in
 * any subgraph must be listed here; `npm run check` fails otherwise. A write that points at one of
 * these asks its owner whether it exists (lib/references.ts); lib/domains.ts re-exports it.
 */
export const ENTITY_OWNERS = {
  Client: 'crm',
  Employee: 'hr',
  Invoice: 'accounting',
  Project: 'projects',
} as const satisfies Record<string, Domain>;

export type OwnedEntity = keyof typeof ENTITY_OWNERS;

/**
 * What the SDL cannot say about an entity's fields: which are computed when read rather than
 * stored, and from which facts (`Type.field`). A field's owner, type and resolving subgraph come
 * from the supergraph; so do the sources a `@requires` names (`Client.renewal` requires
 * `overdue` and `deliveryHealth`), which are not repeated here. A field with a `@requires` is
 * derived even when it is not listed. The data inventory (`systemOfRecord`, gateway/catalog/)
 * reads this with the supergraph; `npm run check` fails when an entry names a field that does not
 * exist or repeats a `@requires`.
 */
export const DERIVED_FIELDS = {
  Client: {
    revenue: ['Invoice.total', 'Invoice.status', 'Invoice.issueDate'],
    outstanding: ['Invoice.balance', 'Invoice.status'],
    overdue: ['Invoice.balance', 'Invoice.status', 'Invoice.dueDate'],
    deliveryHealth: ['Project.health', 'Project.phase'],
    activeContract: ['Contract.status'],
    renewal: ['Contract.endDate'],
  },
  Employee: {
    reports: ['Employee.manager'],
    assignments: ['Project.lead', 'Project.phase', 'Task.assignee'],
    utilisation: ['TimeEntry.hours', 'TimeEntry.date'],
  },
  Invoice: {
    amountPaid: ['Payment.amount'],
    balance: ['Invoice.total', 'Payment.amount'],
    overdue: ['Invoice.status', 'Invoice.dueDate', 'Invoice.balance'],
  },
  Project: {
    hoursLogged: ['TimeEntry.hours'],
  },
} as const satisfies Partial<Record<OwnedEntity, Record<string, readonly string[]>>>;

/** Entity type → derived field → its sources; the checks and the catalog take any such map. */
export type Derivations = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** An entity type name → its owning subgraph; the checks take any such map so tests can break it. */
export type EntityOwners = Readonly<Record<string, string>>;

export const REGISTRY_PATH = 'lib/ownership/registry.ts';
