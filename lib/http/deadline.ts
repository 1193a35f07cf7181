/**
 * The gateway tells a subgraph how long it will wait for a fetch, as milliseconds left when the
 * fetch was sent (a budget, not a wall-clock time, so clocks on different machines need not
 * agree). The subgraph stops work on it when the budget is spent (DEADLINE_EXCEEDED) and refuses
 * a request that arrives with none left.
 */
export const DEADLINE_HEADER = 'x-request-timeout-ms';
