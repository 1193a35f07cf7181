import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../package-root.ts';

/** The headline query of DESIGN.md, exactly as written; printed at start-up, run by tests and the benchmark. */
export const CLIENT_OVERVIEW = readFileSync(`${PACKAGE_ROOT}/lib/operations/ClientOverview.graphql`, 'utf8');
