#!/usr/bin/env node
// The recordgraph command: the CLI compiled by `npm run build` (which `npm ci` runs), on plain Node.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('recordgraph: dist/cli/main.js is missing; run `npm run build` to compile the CLI.');
  process.exit(1);
}
await import(main.href);
