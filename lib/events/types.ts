import { lifecycleOf } from '../lifecycle.ts';

/**
 * The type a change is announced as, `<Entity>.<verb>`: `created` for a new entity; for a
 * change of its lifecycle state, the verb its lifecycle names (`Invoice.issued`,
 * `Deal.won`) or `<field>Changed` (`Project.phaseChanged`); otherwise `updated`.
 */
export function eventType(entity: string, before: object | null, after: object): string {
  if (before === null) return `${entity}.created`;
  const lifecycle = lifecycleOf(entity);
  if (lifecycle) {
    const from = (before as Record<string, unknown>)[lifecycle.field];
    const to = (after as Record<string, unknown>)[lifecycle.field];
    if (typeof to === 'string' && from !== to) return `${entity}.${lifecycle.events[to] ?? `${lifecycle.field}Changed`}`;
  }
  return `${entity}.updated`;
}
