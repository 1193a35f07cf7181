import { ERRORS } from './errors.ts';

/**
 * A state machine for one entity type: which states may follow which. Every lifecycle change
 * goes through `assertTransition`, so an illegal one is refused the same way everywhere.
 */
export interface Lifecycle<S extends string> {
  entity: string;
  /** The store column holding the state (`status`, `phase`, `stage`). */
  field: string;
  next: Readonly<Record<S, readonly S[]>>;
  /**
   * The verb a change into a state is announced with (`Invoice.issued` for SENT); a state not
   * named here is announced as `<field>Changed` (`Project.phaseChanged`).
   */
  events: Readonly<Partial<Record<S, string>>>;
}

export interface LifecycleDefinition<S extends string> {
  field: string;
  next: Record<S, readonly S[]>;
  events?: Partial<Record<S, string>>;
}

const LIFECYCLES = new Map<string, Lifecycle<string>>();

/** Defines (and registers, so a change can be named by its entity's lifecycle) the states of one entity type. */
export function defineLifecycle<S extends string>(entity: string, definition: LifecycleDefinition<S>): Lifecycle<S> {
  const lifecycle: Lifecycle<S> = {
    entity,
    field: definition.field,
    next: definition.next,
    events: definition.events ?? ({} as Partial<Record<S, string>>),
  };
  LIFECYCLES.set(entity, lifecycle);
  return lifecycle;
}

/** The lifecycle of an entity type, if it has one; defined by the module that writes that type. */
export function lifecycleOf(entity: string): Lifecycle<string> | undefined {
  return LIFECYCLES.get(entity);
}

export function canTransition<S extends string>(lifecycle: Lifecycle<S>, from: S, to: S): boolean {
  return lifecycle.next[from].includes(to);
}

/** Throws INVALID_TRANSITION naming the current and the requested state. */
export function assertTransition<S extends string>(lifecycle: Lifecycle<S>, id: string, from: S, to: S): void {
  if (canTransition(lifecycle, from, to)) return;
  const allowed = lifecycle.next[from];
  throw ERRORS.INVALID_TRANSITION.err(
    `${lifecycle.entity} ${id} is ${from} and cannot become ${to}` +
      (allowed.length ? ` (from ${from} it may become ${allowed.join(', ')})` : ` (${from} is final)`),
    { entity: lifecycle.entity, id, from, to },
  );
}
