import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { RULES, type Violation } from './violation.ts';

/** A generated file: what generating it now gives, and what is committed (null when missing). */
export interface GeneratedFile {
  /** Relative to the repository root, as CI's `git diff` names it. */
  path: string;
  expected: string;
  committed: string | null;
}

/**
 * Generated files are current: schema/supergraph.graphql is what composing gives now, and each
 * codegen output (subgraphs/<domain>/__generated__/resolvers-types.ts, the catalog's types) is
 * what codegen gives now.
 */
export function generatedViolations(files: readonly GeneratedFile[]): Violation[] {
  return files.flatMap((file) => {
    if (file.committed === file.expected) return [];
    const state = file.committed === null ? 'is missing' : 'is out of date';
    return [{ rule: RULES.generated, message: `${file.path} ${state}: run \`npm run generate\` and commit the result` }];
  });
}

/** The codegen hook's normalisation (tools/strip-trailing-whitespace.ts), applied to text in memory. */
export function stripTrailingWhitespace(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').trimEnd()}\n`;
}

/** Runs codegen.yml in memory (nothing written, hooks skipped) and returns path → normalised text. */
export async function generateResolverTypes(root: string): Promise<Map<string, string>> {
  const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
  const { hooks: _hooks, ...inMemory } = config;
  const outputs: unknown = await generate({ ...inMemory, silent: true, cwd: root }, false);
  if (!Array.isArray(outputs)) throw new Error('codegen returned no files');
  return new Map(
    outputs.map((output: { filename: string; content: string }) => [output.filename, stripTrailingWhitespace(output.content)]),
  );
}
