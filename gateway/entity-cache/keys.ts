import { createHash } from 'node:crypto';
import type { Caller } from '../../lib/auth/scopes.ts';

/**
 * What an answer is cached under: everything that decides it, and nothing else.
 *
 * - the subgraph and the fetch's operation text (the selection the gateway planned);
 * - the fetch's variables (for an entity fetch, all but the representations, and then each
 *   representation on its own: one entry per entity);
 * - the caller's cache scope (below);
 * - today's date, UTC: some fields are relative to it (`renewal.daysLeft`, `revenue(months:)`,
 *   `overdue`, `utilisation(weeks:)`), so an answer is never served on another day.
 *
 * The cache scope is the caller's scopes, sorted, and whether they are anonymous. The subgraphs
 * authorise reads by scope alone (lib/auth/authorise.ts: `read` for every query and entity,
 * `hr:salary:read` for Employee.salary, `webhooks:manage` for webhooks, which is not cached); no
 * read rule looks at the token's subject (audit logs take the actor as an argument), and an
 * answer that carries an error (a FORBIDDEN names the subject) is never kept. So two callers with
 * the same scopes share entries, and a caller without `hr:salary:read` never sees one made with it.
 * A rule that read the subject would have to add it here.
 */
export function cacheScope(caller: Caller): string {
  return `${caller.anonymous ? 'anonymous' : 'token'}:${[...caller.scopes].sort().join(' ')}`;
}

/** Today, UTC, as the subgraphs see it (lib/dates.ts works in UTC). */
export function utcDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The part of the key a whole fetch shares: subgraph, operation, variables, scope, date. */
export function fetchKey(subgraph: string, query: string, variables: unknown, scope: string, date: string): string {
  return digest(JSON.stringify([subgraph, query, variables ?? null, scope, date]));
}

/** A query's whole answer (answers.ts): its document's hash, operation, variables, scope, date. */
export function answerKey(queryHash: string, operationName: string | null, variables: unknown, scope: string, date: string): string {
  return digest(JSON.stringify(['answer', queryHash, operationName, variables, scope, date]));
}

/** One entity's key within an entity fetch: the fetch's key and the representation as the gateway sent it. */
export function entityKey(fetch: string, representation: unknown): string {
  return digest(`${fetch}\n${JSON.stringify(representation)}`);
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
