import type { Kysely } from 'kysely';
import { createAuditReader } from '../../lib/audit/read.ts';
import { externalIdsLoader } from '../../lib/external-ids/fields.ts';
import { loaderById, loaderGroupedBy, loaderOfValues } from '../../lib/loaders.ts';
import type { SubgraphContext } from '../../lib/subgraph.ts';
import { liveClientsByIds } from './store/clients.ts';
import {
  contactsByClientIds,
  contactsByIds,
  contractsByClientIds,
  contractsByIds,
  dealsByClientIds,
  dealsByIds,
} from './store/relationships.ts';
import type { CrmDatabase } from './store/schema.ts';

/** Per-request context of the CRM subgraph: what every subgraph's has (lib/subgraph.ts), and fresh DataLoaders. */
export interface CrmContext extends SubgraphContext<CrmDatabase> {
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<CrmDatabase>) {
  return {
    // history and the per-actor log (lib/audit): one statement per batch of entities.
    audit: createAuditReader(db),
    // A merged client's id loads the survivor, so `client`, entity resolution and reference checks all follow merges.
    client: loaderOfValues((ids: readonly string[]) => liveClientsByIds(db, ids), null),
    contact: loaderById((ids) => contactsByIds(db, ids)),
    clientExternalIds: externalIdsLoader(db, 'Client'),
    contactExternalIds: externalIdsLoader(db, 'Contact'),
    contract: loaderById((ids) => contractsByIds(db, ids)),
    deal: loaderById((ids) => dealsByIds(db, ids)),
    contactsByClient: loaderGroupedBy(
      (ids) => contactsByClientIds(db, ids),
      (row) => row.client_id,
    ),
    dealsByClient: loaderGroupedBy(
      (ids) => dealsByClientIds(db, ids),
      (row) => row.client_id,
    ),
    contractsByClient: loaderGroupedBy(
      (ids) => contractsByClientIds(db, ids),
      (row) => row.client_id,
    ),
  };
}

export function createCrmContext(base: SubgraphContext<CrmDatabase>): CrmContext {
  return { ...base, loaders: createLoaders(base.db) };
}
