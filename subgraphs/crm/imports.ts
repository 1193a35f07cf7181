import type { Kysely } from 'kysely';
import { entitiesByExternalIds, type ExternalId } from '../../lib/external-ids/store.ts';
import { aboutField, changesOf, importRows, type ImportReport, type RowImportAttempt, type RowOutcome } from '../../lib/imports/run.ts';
import { assertTransition } from '../../lib/lifecycle.ts';
import type { ReferenceRefusal } from '../../lib/references.ts';
import { newId } from '../../lib/ids.ts';
import type { NewRow } from '../../lib/writes/versioned.ts';
import type { z } from 'zod';
import type { importClientsArgs } from './inputs.ts';
import { clientLifecycle } from './lifecycles.ts';
import { clients, mergedClient } from './store/clients.ts';
import type { ClientRow, CrmDatabase } from './store/schema.ts';

type ImportArgs = z.output<typeof importClientsArgs>;
/** One parsed row of importClients. */
type ClientImportRow = Extract<ImportArgs['rows'][number], { ok: true }>['row'];

/**
 * importClients (lib/imports/run.ts): a client the import's system already knows by the row's
 * externalId is updated with what differs, through its lifecycle for a status change; otherwise
 * one is created holding that external id.
 */
export async function importClients(
  trx: Kysely<CrmDatabase>,
  { system, rows, dryRun }: ImportArgs,
  refusals: readonly ReferenceRefusal[],
): Promise<ImportReport> {
  return importRows(trx, { rows, dryRun }, refusals, { start: (together) => clientImport(trx, system, rows, together) });
}

/**
 * One attempt at the call's rows (importRows), with the clients they name read afresh. When the
 * rows go together, the new clients are put off and created at once at the end (insertAll: the
 * same versions, audit rows and events, a few statements per 1,000 instead of five each), or
 * before a later row of the call needs one of them.
 */
async function clientImport(
  trx: Kysely<CrmDatabase>,
  system: string,
  rows: ImportArgs['rows'],
  together: boolean,
): Promise<RowImportAttempt<ClientImportRow>> {
  const known = await entitiesByExternalIds(
    trx,
    'Client',
    system,
    rows.map((row) => row.externalId),
  );
  // Every client the call updates, read (and on PostgreSQL locked) at once rather than row by row.
  const stored = await clients.forWriteAll(trx, [...known.values()]);
  const pending: { values: NewRow<ClientRow>; externalIds: ExternalId[] }[] = [];
  const pendingIds = new Set<string>();
  const createPending = async () => {
    for (const client of await clients.insertAll(trx, pending.splice(0))) stored.set(client.id, client);
    pendingIds.clear();
  };
  const importRow = async (row: ClientImportRow): Promise<RowOutcome> => {
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
      const values = {
        id: newId('cli'),
        name: row.name,
        domain: row.domain ?? null,
        industry: row.industry ?? null,
        country: row.country ?? null,
        status: row.status ?? 'PROSPECT',
        account_manager_id: row.accountManagerId ?? null,
      };
      const externalIds = [{ system, id: row.externalId }];
      if (together) {
        pending.push({ values, externalIds });
        pendingIds.add(values.id);
      } else stored.set(values.id, await clients.insert(trx, values, externalIds));
      // A later row of the same call with this external id updates the client rather than making another.
      known.set(row.externalId, values.id);
      return { outcome: 'CREATED', id: values.id, changedFields: changesOf(wanted, {}) };
    }
    if (pendingIds.has(id)) await createPending();
    // A tombstone gives its external ids to its survivor, so an import never finds one; refused if it did.
    const current = stored.get(id) ?? (await clients.forWrite(trx, id));
    if (current.status === 'MERGED') throw mergedClient(current);
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
    const next = await clients.update(trx, current, Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)));
    stored.set(id, next);
    return { outcome: 'UPDATED', id, changedFields };
  };
  return { importRow, finish: createPending };
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
