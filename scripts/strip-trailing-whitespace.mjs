// codegen hook: generated files end with exactly one newline, so regeneration in CI diffs clean.
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.replace(/[ \t]+$/gm, '').trimEnd()}\n`);
}
