import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/stores.ts';

/** The layer rule of .dependency-cruiser.cjs, run as CI runs it (`npm run lint:layers`), on the tree and on fixtures. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Cruise {
  code: number;
  output: string;
}

async function cruise(cwd: string, ...paths: string[]): Promise<Cruise> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'err'],
      { cwd },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error: unknown) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** A little project laid out like this one, with the given files (path → source). */
const fixtures: { remove(): void }[] = [];
afterAll(() => fixtures.forEach((made) => made.remove()));

function fixture(files: Record<string, string>): string {
  const made = tempDir('layers-');
  fixtures.push(made);
  const dir = made.path;
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true },
    }),
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const LAYERED = {
  'lib/errors.ts': `export const code = 'NOT_FOUND';\n`,
  'gateway/server.ts': `import { code } from '../lib/errors.ts';\nexport const gateway = code;\n`,
  'subgraphs/crm/server.ts': `import { code } from '../../lib/errors.ts';\nexport const crm = code;\n`,
  'subgraphs/hr/server.ts': `import { code } from '../../lib/errors.ts';\nexport const hr = code;\n`,
  'cli/main.ts': `import { gateway } from '../gateway/server.ts';\nimport { crm } from '../subgraphs/crm/server.ts';\nexport const all = [gateway, crm];\n`,
  'tools/check.ts': `import { crm } from '../subgraphs/crm/server.ts';\nexport const checked = crm;\n`,
};

describe('the layer rule', () => {
  it('passes on this repository', async () => {
    const result = await cruise(ROOT, 'bin', 'cli', 'tools', 'lib', 'gateway', 'subgraphs');
    expect(result.output).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it('passes on a fixture whose arrows point down', async () => {
    const result = await cruise(fixture(LAYERED), 'lib', 'gateway', 'subgraphs', 'cli', 'tools');
    expect(result.output).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it.each([
    ['lib-is-the-base', 'lib/config.ts', `import { gateway } from '../gateway/server.ts';\nexport const config = gateway;\n`],
    ['gateway-holds-no-domain', 'gateway/catalog.ts', `import { crm } from '../subgraphs/crm/server.ts';\nexport const catalog = crm;\n`],
    [
      'subgraphs-stand-alone',
      'subgraphs/crm/gateway-hook.ts',
      `import { gateway } from '../../gateway/server.ts';\nexport const hook = gateway;\n`,
    ],
    ['no-other-subgraph-internals', 'subgraphs/crm/employees.ts', `import { hr } from '../hr/server.ts';\nexport const employees = hr;\n`],
    ['nothing-imports-the-cli', 'gateway/start.ts', `import { all } from '../cli/main.ts';\nexport const start = all;\n`],
    ['nothing-imports-tools', 'lib/compose.ts', `import { checked } from '../tools/check.ts';\nexport const compose = checked;\n`],
  ])('fails on a wrong-way import (%s), naming the rule and the import', async (rule, path, source) => {
    const result = await cruise(fixture({ ...LAYERED, [path]: source }), 'lib', 'gateway', 'subgraphs', 'cli', 'tools');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`error ${rule}: ${path}`);
  });
});
