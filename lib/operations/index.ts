import { readFileSync } from 'node:fs';

/** The headline query of DESIGN.md, exactly as written; printed at start-up, run by tests and the benchmark. */
export const CLIENT_OVERVIEW = readFileSync(new URL('./ClientOverview.graphql', import.meta.url), 'utf8');
