/**
 * The gateway tells a subgraph how long it will wait for a fetch, as milliseconds left when the
 * fetch was sent (a budget, not a wall-clock time, so clocks on different machines need not
 * agree). The subgraph stops work on it when the budget is spent (DEADLINE_EXCEEDED) and refuses
 * a request that arrives with none left.
 */
export const DEADLINE_HEADER = 'x-request-timeout-ms';

/**
 * The budget a request arrived with, in milliseconds: the header's value, capped at `maxMs` so a
 * caller cannot ask for work to run for ever; `maxMs` when the header is absent or not a number
 * (every request has a deadline). Zero or less means the caller has already given up.
 */
export function requestBudgetMs(header: string | readonly string[] | undefined, maxMs: number): number {
  const value: string | undefined = typeof header === 'string' ? header : header?.[0];
  if (typeof value !== 'string' || value.trim() === '') return maxMs;
  const budget = Number(value);
  if (!Number.isFinite(budget)) return maxMs;
  return Math.min(Math.floor(budget), maxMs);
}
