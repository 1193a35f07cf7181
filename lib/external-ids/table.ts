import type { Kysely, Migration } from 'kysely';

/**
 * An entity's ids in outside systems (HubSpot, Xero, BambooHR, a spreadsheet): one row per
 * (entity, system, id), in the store of the entity's owner, written only through its write path.
 * A pair (system, id) belongs to at most one entity of a type: the primary key says so.
 */
export interface ExternalIdTable {
  /** The GraphQL type, e.g. `Client`. */
  entity_type: string;
  entity_id: string;
  system: string;
  external_id: string;
}

/** The table as a store that has it declares it (CrmDatabase extends ExternalIdTables …). */
export interface ExternalIdTables {
  external_ids: ExternalIdTable;
}

/**
 * The migration each domain adds to its history (crm 0009, accounting 0010, hr 0010, projects
 * 0008): the table, and a column in the outbox so that each event carries the entity's external
 * ids as they were when it was written (ChangeEvent.externalIds).
 */
export const externalIdsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('external_ids')
      .addColumn('entity_type', 'text', (col) => col.notNull())
      .addColumn('entity_id', 'text', (col) => col.notNull())
      .addColumn('system', 'text', (col) => col.notNull())
      .addColumn('external_id', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('external_ids_pk', ['entity_type', 'system', 'external_id'])
      .execute();
    // The `externalIds` field of each entity: every pair of one entity.
    await db.schema.createIndex('external_ids_entity').on('external_ids').columns(['entity_type', 'entity_id']).execute();
    await db.schema.alterTable('outbox').addColumn('external_ids', 'text').execute();
  },
};
