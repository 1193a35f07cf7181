import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Migration } from 'kysely';
import { migrations as accounting } from '../../subgraphs/accounting/store/migrations.ts';
import { migrations as crm } from '../../subgraphs/crm/store/migrations.ts';
import { migrations as hr } from '../../subgraphs/hr/store/migrations.ts';
import { migrations as projects } from '../../subgraphs/projects/store/migrations.ts';
import { migrations as webhooks } from '../../subgraphs/webhooks/store/migrations.ts';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';
import { SUBGRAPHS, subgraphSdl } from '../../lib/schema.ts';
import { API_SCHEMA_FILE, compositionUrl } from '../composition.ts';
import { ACKNOWLEDGEMENTS_PATH, parseAcknowledgements } from './breaking.ts';
import { SUPERGRAPH_FILE, type CheckInputs } from './check.ts';
import { generateResolverTypes, type GeneratedFile } from './generated.ts';
import { DERIVED_FIELDS, ENTITY_OWNERS } from '../../lib/ownership/registry.ts';
import { storeSchema } from './stores.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MIGRATIONS: Record<RecordSystem, Record<string, Migration>> = { crm, accounting, hr, projects, webhooks };

/** The base the breaking-change check compares with: the local `main`, else the remote's. */
const BASE_REFS = ['main', 'origin/main'];

/** Gathers the check's inputs from this checkout; the slow parts (codegen, stores, git) run at once. */
export async function repositoryInputs(root = ROOT): Promise<CheckInputs> {
  const [stores, resolverTypes, base] = await Promise.all([
    Promise.all(SYSTEMS_OF_RECORD.map((system) => storeSchema(system, MIGRATIONS[system]))),
    committedResolverTypes(root),
    baseSupergraph(root),
  ]);
  const acknowledgements = join(root, ACKNOWLEDGEMENTS_PATH);
  return {
    // The same names and URLs as tools/composition.ts composeSupergraph, so the text compares equal.
    // The catalog and the change feed are composed too, but have no store: stores are the systems of record's.
    subgraphs: SUBGRAPHS.map((name) => ({ name, url: compositionUrl(name), sdl: subgraphSdl(name) })),
    owners: ENTITY_OWNERS,
    derivations: DERIVED_FIELDS,
    stores,
    committedSupergraph: readIfExists(join(root, SUPERGRAPH_FILE)),
    committedApi: readIfExists(join(root, API_SCHEMA_FILE)),
    resolverTypes,
    base,
    acknowledged: existsSync(acknowledgements) ? parseAcknowledgements(readFileSync(acknowledgements, 'utf8')) : [],
  };
}

async function committedResolverTypes(root: string): Promise<GeneratedFile[] | { error: string }> {
  try {
    const generated = await generateResolverTypes(root);
    return [...generated].map(([path, expected]) => ({ path, expected, committed: readIfExists(join(root, path)) }));
  } catch (error: unknown) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error) };
  }
}

async function baseSupergraph(root: string): Promise<CheckInputs['base']> {
  for (const ref of BASE_REFS) {
    try {
      const { stdout } = await promisify(execFile)('git', ['show', `${ref}:${SUPERGRAPH_FILE}`], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      });
      return { kind: 'found', supergraphSdl: stdout };
    } catch {
      // Not a git checkout, no such branch, or no supergraph on it yet: try the next, then skip.
    }
  }
  return {
    kind: 'unavailable',
    reason: `no ${SUPERGRAPH_FILE} on ${BASE_REFS.join(' or ')} (not a git checkout, or no main branch fetched)`,
  };
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
