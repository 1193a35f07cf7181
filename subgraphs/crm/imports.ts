import type { Kysely } from 'kysely';
import { entitiesByExternalIds } from '../../lib/external-ids/store.ts';
import { aboutField, changesOf, importRows, type ImportReport, type RowOutcome } from '../../lib/imports/run.ts';
import { assertTransition } from '../../lib/lifecycle.ts';
import type { ReferenceRefusal } from '../../lib/references.ts';
import { newId } from '../../lib/ids.ts';
import type { z } from 'zod';
import type { importClientsArgs } from './inputs.ts';
import { clientLifecycle } from './lifecycles.ts';
import { clients, liveClientForWrite } from './store/clients.ts';
import type { ClientRow, CrmDatabase } from './store/schema.ts';

/**
 * importClients, row by row (lib/imports/run.ts): a client the import's system already knows by
 * the row's externalId is updated with what differs, through its lifecycle for a status change;
 * otherwise one is created holding that external id.
 */
export async function importClients(
  trx: Kysely<CrmDatabase>,
  { system, rows, dryRun }: z.output<typeof importClientsArgs>,
  refusals: readonly ReferenceRefusal[],
): Promise<ImportReport> {
  const known = await entitiesByExternalIds(
    trx,
    'Client',
    system,
    rows.map((row) => row.externalId),
  );
  return importRows(trx, { rows, dryRun }, refusals, async (row): Promise<RowOutcome> => {
    const wanted = {
      name: row.name,
      domain: row.domain,
      industry: row.industry,
      country: row.country,
      status: row.status,
      accountManagerId: row.accountManagerId,
    };
    const id = known.get(row.externalId);
    if (!id) {
      const client = await clients.insert(
        trx,
        {
          id: newId('cli'),
          name: row.name,
          domain: row.domain ?? null,
          industry: row.industry ?? null,
          country: row.country ?? null,
          status: row.status ?? 'PROSPECT',
          account_manager_id: row.accountManagerId ?? null,
        },
        [{ system, id: row.externalId }],
      );
      // A later row of the same call with this external id updates the client rather than making another.
      known.set(row.externalId, client.id);
      return { outcome: 'CREATED', id: client.id, changedFields: changesOf(wanted, {}) };
    }
    // A tombstone gives its external ids to its survivor, so an import never finds one; refused if it did.
    const current = await liveClientForWrite(trx, id);
    const changedFields = changesOf(wanted, asApiFields(current));
    if (changedFields.length === 0) return { outcome: 'UNCHANGED', id, changedFields };
    if (row.status && changedFields.includes('status')) {
      const to = row.status;
      await aboutField('status', () => {
        assertTransition(clientLifecycle, id, current.status, to);
        return Promise.resolve();
      });
    }
    const columns = {
      name: row.name,
      domain: row.domain,
      industry: row.industry,
      country: row.country,
      status: row.status ?? undefined,
      account_manager_id: row.accountManagerId,
    };
    await clients.update(trx, current, Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)));
    return { outcome: 'UPDATED', id, changedFields };
  });
}

/** A stored client under the API's field names, to compare an import row with. */
function asApiFields(client: ClientRow) {
  return {
    name: client.name,
    domain: client.domain,
    industry: client.industry,
    country: client.country,
    status: client.status,
    accountManagerId: client.account_manager_id,
  };
}
