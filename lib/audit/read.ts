import DataLoader from 'dataloader';
import { sql, type SqlBool } from 'kysely';
import { LOADER_OPTIONS, loaderFamily } from '../loaders.ts';
import {
  afterCursor,
  fetchPage,
  pageRequest,
  toConnection,
  type Connection,
  type PageArgs,
  type PageRequest,
} from '../store/pagination.ts';
import type { ChangedField } from './record.ts';
import type { PlatformStore } from '../store/platform.ts';
import type { AuditLogTable } from './table.ts';

/** An audit row as GraphQL serves it (AuditEntry in every subgraph's SDL). */
export interface AuditEntryView {
  id: string;
  occurredAt: string;
  actor: { subject: string; scopes: string[] };
  mutation: string;
  entityType: string;
  entityId: string;
  version: number;
  /** `before` and `after` JSON-encoded, so any stored value fits one GraphQL type; null when hidden from the caller. */
  changes: { field: string; before: string | null; after: string | null }[];
  requestId: string | null;
}

const DEFAULT_PAGE = 20;

export interface AuditReaderOptions {
  /**
   * Fields whose values the caller may not see (a column behind a scoped GraphQL field, such as
   * an employee's salary): the change is listed, its values are null.
   */
  hidden?: (field: string) => boolean;
}

const json = (value: unknown) => JSON.stringify(value ?? null);

export function auditEntry(row: AuditLogTable, hidden: (field: string) => boolean = () => false): AuditEntryView {
  const changes = JSON.parse(row.changes) as ChangedField[];
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actor: { subject: row.actor_subject, scopes: row.actor_scopes ? row.actor_scopes.split(' ') : [] },
    mutation: row.mutation,
    entityType: row.entity_type,
    entityId: row.entity_id,
    version: row.version,
    changes: changes.map(({ field, before, after }) =>
      hidden(field) ? { field, before: null, after: null } : { field, before: json(before), after: json(after) },
    ),
    requestId: row.request_id,
  };
}

type RankedRow = AuditLogTable & { position: number | string; total: number | string; included: number | string };

/**
 * One page of history for each of the given entities of one type, newest version first, in one
 * statement: rows after the cursor are numbered per entity (`sum(...) over`) and the first
 * `first + 1` kept; `count(*) over` the whole partition gives each entity's total.
 */
export async function historyPages(
  db: PlatformStore,
  entityType: string,
  ids: readonly string[],
  page: PageRequest,
  hidden?: (field: string) => boolean,
): Promise<Map<string, Connection<AuditEntryView>>> {
  const afterIt = page.after ? afterCursor('version', 'id', 'desc', page.after) : sql<SqlBool>`1 = 1`;
  const ranked = db
    .selectFrom('audit_log')
    .selectAll()
    .select([
      sql<number>`sum(case when ${afterIt} then 1 else 0 end) over (partition by entity_id order by version desc, id desc)`.as('position'),
      sql<number>`count(*) over (partition by entity_id)`.as('total'),
      sql<number>`case when ${afterIt} then 1 else 0 end`.as('included'),
      sql<number>`row_number() over (partition by entity_id order by version desc, id desc)`.as('newest'),
    ])
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', ids);
  const rows = (await db
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    // The newest row of each entity comes too, so an entity paged past its end still has its total.
    .where((eb) => eb.or([eb.and([eb('included', '=', 1), eb('position', '<=', page.first + 1)]), eb('newest', '=', 1)]))
    .orderBy('entity_id')
    .orderBy('position')
    .execute()) as RankedRow[];
  const byEntity = new Map<string, RankedRow[]>();
  for (const row of rows) {
    const entityRows = byEntity.get(row.entity_id);
    if (entityRows) entityRows.push(row);
    else byEntity.set(row.entity_id, [row]);
  }
  const pages = new Map<string, Connection<AuditEntryView>>();
  for (const id of ids) {
    const entityRows = byEntity.get(id) ?? [];
    const total = entityRows[0] ? Number(entityRows[0].total) : 0;
    const inPage = entityRows.filter((row) => Number(row.included) === 1 && Number(row.position) <= page.first + 1);
    pages.set(
      id,
      toConnection(
        inPage.map((row) => auditEntry(row, hidden)),
        page,
        total,
        (entry) => [entry.version, entry.id],
      ),
    );
  }
  return pages;
}

/** Every write one actor made in this subgraph, newest first. */
export async function auditLogOf(
  db: PlatformStore,
  actor: string,
  args: PageArgs,
  hidden?: (field: string) => boolean,
): Promise<Connection<AuditEntryView>> {
  const page = pageRequest(args, DEFAULT_PAGE);
  const { rows, totalCount } = await fetchPage(db.selectFrom('audit_log').where('actor_subject', '=', actor), page, 'occurred_at', 'desc');
  return toConnection(
    rows.map((row) => auditEntry(row, hidden)),
    page,
    totalCount,
    (entry) => [entry.occurredAt, entry.id],
  );
}

/** Per-request readers of one subgraph's audit log: `history` batches every entity of one type and page. */
export function createAuditReader(audit: PlatformStore, options: AuditReaderOptions = {}) {
  const pages = loaderFamily(
    ({ entityType, page }: { entityType: string; page: PageRequest }) =>
      new DataLoader<string, Connection<AuditEntryView>>(async (ids) => {
        const byId = await historyPages(audit, entityType, ids, page, options.hidden);
        return ids.map((id) => byId.get(id) ?? toConnection([], page, 0, () => []));
      }, LOADER_OPTIONS),
  );
  return {
    history: (entityType: string, id: string, args: PageArgs) => pages({ entityType, page: pageRequest(args, DEFAULT_PAGE) }).load(id),
    byActor: (actor: string, args: PageArgs) => auditLogOf(audit, actor, args, options.hidden),
  };
}

export type AuditReader = ReturnType<typeof createAuditReader>;
