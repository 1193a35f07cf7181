import { ERRORS } from './errors.ts';

/**
 * A state machine for one entity type: which states may follow which. Every lifecycle change
 * goes through `assertTransition`, so an illegal one is refused the same way everywhere.
 */
export interface Lifecycle<S extends string> {
  entity: string;
  next: Readonly<Record<S, readonly S[]>>;
}

export function defineLifecycle<S extends string>(entity: string, next: Record<S, readonly S[]>): Lifecycle<S> {
  return { entity, next };
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
