import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowIso } from '../../../lib/dates.ts';
import { fetchPage, toConnection, type Connection, type PageRequest } from '../../../lib/store/pagination.ts';
import { assertVersion, notFound, versionedTable, type Changes, type NewRow } from '../../../lib/writes/versioned.ts';
import type { EndpointRow, WebhooksDatabase } from './schema.ts';

type Db = Kysely<WebhooksDatabase>;

export const ENDPOINT = 'WebhookEndpoint';

/** A new signing secret: `whsec_` and 32 random bytes, base64url. Shown to the caller once. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Endpoints are written only through this table: versioned, audited and announced. */
export const endpoints = versionedTable<WebhooksDatabase, EndpointRow>('webhook_endpoints', ENDPOINT);

export async function insertEndpoint(trx: Db, values: NewRow<EndpointRow>, secret: string): Promise<EndpointRow> {
  const row = await endpoints.insert(trx, values);
  await trx.insertInto('webhook_secrets').values({ endpoint_id: row.id, secret }).execute();
  return row;
}

export function updateEndpoint(trx: Db, current: EndpointRow, changes: Changes<EndpointRow>): Promise<EndpointRow> {
  return endpoints.update(trx, current, changes);
}

/** The endpoint a write is about to change (locked on PostgreSQL), or NOT_FOUND; a deleted one is not found. */
export async function endpointForWrite(trx: Db, id: string, expectedVersion: number | null | undefined): Promise<EndpointRow> {
  const row = await endpoints.forWrite(trx, id);
  if (row.deleted_at !== null) throw notFound(ENDPOINT, id);
  assertVersion(ENDPOINT, row, expectedVersion);
  return row;
}

/** Replaces the signing secret; the endpoint's audited version records when (not what). */
export async function rotateSecret(trx: Db, current: EndpointRow, secret: string): Promise<EndpointRow> {
  await trx.updateTable('webhook_secrets').set({ secret }).where('endpoint_id', '=', current.id).execute();
  return updateEndpoint(trx, current, { secret_rotated_at: nowIso() });
}

export async function findEndpoint(db: Db, id: string): Promise<EndpointRow | null> {
  const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ?? null;
}

/** Endpoints oldest first, deleted ones left out. */
export async function listEndpoints(db: Db, page: PageRequest): Promise<Connection<EndpointRow>> {
  const { rows, totalCount } = await fetchPage(
    db.selectFrom('webhook_endpoints').where('deleted_at', 'is', null),
    page,
    'created_at',
    'asc',
  );
  return toConnection(rows as EndpointRow[], page, totalCount, (row) => [row.created_at, row.id]);
}

/** Enabled endpoints with their type patterns, as the dispatcher matches events against them. */
export async function enabledEndpoints(db: Db): Promise<{ id: string; types: string[]; createdAt: string }[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'types', 'created_at'])
    .where('enabled', '=', 1)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((row) => ({ id: row.id, types: JSON.parse(row.types) as string[], createdAt: row.created_at }));
}

export function typesOf(row: EndpointRow): string[] {
  return JSON.parse(row.types) as string[];
}
