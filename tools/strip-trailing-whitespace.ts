// codegen hook: generated files end with exactly one newline and no trailing blanks, so
// regeneration in CI diffs clean. The rule itself lives with the check that compares them.
import { readFileSync, writeFileSync } from 'node:fs';
import { stripTrailingWhitespace } from './ownership/generated.ts';

for (const file of process.argv.slice(2)) writeFileSync(file, stripTrailingWhitespace(readFileSync(file, 'utf8')));
