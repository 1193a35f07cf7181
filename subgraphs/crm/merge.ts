import type { Kysely } from 'kysely';
import { ERRORS } from '../../lib/errors.ts';
import { externalIdsOf } from '../../lib/external-ids/store.ts';
import { assertTransition } from '../../lib/lifecycle.ts';
import { repoint } from '../../lib/writes/repoint.ts';
import type { Changes } from '../../lib/writes/versioned.ts';
import { clientLifecycle } from './lifecycles.ts';
import { clients, mergedClient } from './store/clients.ts';
import { activeContractOf, contacts, contracts, deals } from './store/relationships.ts';
import type { ClientRow, CrmDatabase } from './store/schema.ts';

/**
 * mergeClients' write (README § Duplicates and merging clients), inside the mutation's one
 * transaction: the survivor takes the merged client's fields by the rule below, its ids in
 * outside systems, and its contacts, deals and contracts (each moved as its own versioned,
 * audited, announced write); the merged client becomes a MERGED tombstone pointing at the
 * survivor, announced as `Client.merged`. Other domains re-point their own references when they
 * hear it (lib/events/client-merged.ts).
 */

export type MergeSide = 'SURVIVOR' | 'MERGED';

/** The fields a merge combines, by their name in MergeClientFieldsInput and their column. */
const MERGED_FIELDS = {
  name: 'name',
  domain: 'domain',
  industry: 'industry',
  country: 'country',
  accountManager: 'account_manager_id',
} as const satisfies Record<string, keyof ClientRow>;

export type MergeFields = Partial<Record<keyof typeof MERGED_FIELDS, MergeSide | null>>;

export interface ClientMergeRequest {
  survivorId: string;
  mergedId: string;
  fields?: MergeFields | null;
  expectedSurvivorVersion?: number | null;
  expectedMergedVersion?: number | null;
}

/**
 * The rule: each field takes the side chosen in `fields`; a field not chosen keeps the survivor's
 * value when it has one (not null, not blank) and takes the merged client's otherwise.
 */
export function combinedFields(survivor: ClientRow, merged: ClientRow, fields: MergeFields = {}): Changes<ClientRow> {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(MERGED_FIELDS) as (keyof typeof MERGED_FIELDS)[]) {
    const column = MERGED_FIELDS[field];
    const side = fields[field] ?? (isEmpty(survivor[column]) ? 'MERGED' : 'SURVIVOR');
    const value = side === 'MERGED' ? merged[column] : survivor[column];
    // A client always has a name: choosing the merged side's cannot clear it, nor can any side clear a field the other fills.
    if (value !== survivor[column] && !isEmpty(value)) changes[column] = value;
  }
  return changes;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export async function mergeClients(trx: Kysely<CrmDatabase>, request: ClientMergeRequest): Promise<ClientRow> {
  const { survivorId, mergedId } = request;
  // Both rows locked in id order, so two merges of the same pair in opposite directions queue rather than deadlock.
  const [survivor, merged] = await lockInIdOrder(trx, request);
  if (survivor.status === 'MERGED') throw mergedClient(survivor);
  // A tombstone cannot be merged again: MERGED is final (INVALID_TRANSITION from MERGED to MERGED).
  assertTransition(clientLifecycle, mergedId, merged.status, 'MERGED');
  const [survivorContract, mergedContract] = await Promise.all([activeContractOf(trx, survivorId), activeContractOf(trx, mergedId)]);
  if (survivorContract && mergedContract) throw bothActive(survivorId, mergedId, survivorContract.id, mergedContract.id);

  await repoint(trx, contacts, 'client_id', mergedId, survivorId);
  await repoint(trx, deals, 'client_id', mergedId, survivorId);
  await repoint(trx, contracts, 'client_id', mergedId, survivorId);
  // The merged client's ids in outside systems go to the survivor (announced with its Client.updated), so an
  // import keyed on one of them updates the survivor from now on, and clientByExternalId finds it.
  const externalIds = (await externalIdsOf(trx, 'Client', [mergedId])).get(mergedId) ?? [];
  await trx.deleteFrom('external_ids').where('entity_type', '=', 'Client').where('entity_id', '=', mergedId).execute();
  await clients.update(trx, merged, { status: 'MERGED', merged_into_id: survivorId });
  // The survivor is written even when no field changes: its new version tells readers it took the merged client in.
  return clients.update(trx, survivor, combinedFields(survivor, merged, request.fields ?? {}), externalIds);
}

async function lockInIdOrder(trx: Kysely<CrmDatabase>, request: ClientMergeRequest): Promise<[ClientRow, ClientRow]> {
  const { survivorId, mergedId } = request;
  const lock = (id: string) =>
    id === survivorId
      ? clients.forWrite(trx, id, request.expectedSurvivorVersion)
      : clients.forWrite(trx, id, request.expectedMergedVersion);
  if (survivorId < mergedId) {
    const survivor = await lock(survivorId);
    return [survivor, await lock(mergedId)];
  }
  const merged = await lock(mergedId);
  return [await lock(survivorId), merged];
}

/** One ACTIVE contract per client (contracts_one_active): the survivor cannot take a second one. */
function bothActive(survivorId: string, mergedId: string, survivorContractId: string, mergedContractId: string) {
  return ERRORS.CONFLICT.err(
    `Clients ${survivorId} and ${mergedId} both have an ACTIVE contract (${survivorContractId}, ${mergedContractId}); a client has one at a time, so cancel or renew one of them first`,
    { entity: 'Client', id: mergedId, contracts: [survivorContractId, mergedContractId] },
  );
}
