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

/** An entity type name → its owning subgraph; the checks take any such map so tests can break it. */
export type EntityOwners = Readonly<Record<string, string>>;

export const REGISTRY_PATH = 'lib/ownership/registry.ts';
