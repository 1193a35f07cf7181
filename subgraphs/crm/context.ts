import type { Kysely } from 'kysely';
import { createAuditReader } from '../../lib/audit/read.ts';
import type { Caller, Credentials } from '../../lib/auth/scopes.ts';
import { loaderById, loaderGroupedBy } from '../../lib/loaders.ts';
import type { ReferenceChecker } from '../../lib/references.ts';
import type { SubgraphDeps } from '../../lib/subgraph.ts';
import { clientsByIds } from './store/clients.ts';
import { contactsByClientIds, contractsByClientIds, contractsByIds, dealsByClientIds, dealsByIds } from './store/relationships.ts';
import type { CrmDatabase } from './store/schema.ts';

/** Per-request context of the CRM subgraph: the verified caller, its store, the reference checker (asking on the caller's behalf), fresh DataLoaders. */
export interface CrmContext {
  /** Who is asking, verified (lib/auth); the schema's access rules read it. */
  caller: Caller;
  db: Kysely<CrmDatabase>;
  references: ReferenceChecker;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<CrmDatabase>) {
  return {
    // history and the per-actor log (lib/audit): one statement per batch of entities.
    audit: createAuditReader(db),
    client: loaderById((ids) => clientsByIds(db, ids)),
    contract: loaderById((ids) => contractsByIds(db, ids)),
    deal: loaderById((ids) => dealsByIds(db, ids)),
    contactsByClient: loaderGroupedBy((ids) => contactsByClientIds(db, ids), (row) => row.client_id),
    dealsByClient: loaderGroupedBy((ids) => dealsByClientIds(db, ids), (row) => row.client_id),
    contractsByClient: loaderGroupedBy((ids) => contractsByClientIds(db, ids), (row) => row.client_id),
  };
}

export function createCrmContext(db: Kysely<CrmDatabase>, deps: SubgraphDeps, credentials: Credentials): CrmContext {
  return { caller: credentials.caller, db, references: deps.references, loaders: createLoaders(db) };
}
