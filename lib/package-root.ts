import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding package.json, where the files services read at run time live
 * (`schema/*.graphql`, `lib/operations/*.graphql`). Found by walking up from this module, so the
 * sources (lib/) and the compiled code (dist/lib/) find the same directory and read the one copy
 * of each file: `npm run compose` changes what the next start reads, with no build in between.
 */
export const PACKAGE_ROOT = packageRootAbove(dirname(fileURLToPath(import.meta.url)));

function packageRootAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json in ${start} or above it: recordgraph's files are not where it runs from.`);
  }
}
