import type { Migration } from 'kysely';
import { openDatabase } from '../../lib/store/database.ts';
import type { EntityOwners } from '../../lib/ownership/registry.ts';
import { RULES, type Violation } from './violation.ts';

/** One subgraph's store as its migrations leave it. */
export interface StoreSchema {
  subgraph: string;
  tables: TableSchema[];
}

export interface TableSchema {
  name: string;
  columns: string[];
}

/** Kysely's own bookkeeping, not the domain's data. */
const MIGRATION_TABLES: ReadonlySet<string> = new Set(['kysely_migration', 'kysely_migration_lock']);

/** Runs a subgraph's migrations on an in-memory SQLite and lists the tables and columns they make. */
export async function storeSchema(subgraph: string, migrations: Record<string, Migration>): Promise<StoreSchema> {
  const database = await openDatabase<unknown>({ url: ':memory:', migrations, name: subgraph });
  try {
    const tables = await database.db.introspection.getTables();
    return {
      subgraph,
      tables: tables
        .filter((table) => !MIGRATION_TABLES.has(table.name))
        .map((table) => ({ name: table.name, columns: table.columns.map((column) => column.name) })),
    };
  } finally {
    await database.close();
  }
}

/**
 * Rule 4: a store keeps another domain's entity as an id only. A column `<entity>_<anything but
 * id>` (`client_name`, `employee_email`) holds the owner's attributes; a table named after the
 * entity (`clients` in accounting) keeps a copy of it.
 */
export function storeOwnerViolations(stores: readonly StoreSchema[], owners: EntityOwners): Violation[] {
  const violations: Violation[] = [];
  for (const store of stores) {
    const foreign = Object.entries(owners).filter(([, owner]) => owner !== store.subgraph);
    for (const table of store.tables) {
      for (const [entity, owner] of foreign) {
        const snake = snakeCase(entity);
        if (table.name === snake || table.name === plural(snake)) {
          violations.push({
            rule: RULES.store,
            message: `${store.subgraph} table ${table.name} is named after ${entity}, owned by ${owner}: keep ${snake}_id columns instead of a copy`,
          });
        }
        for (const column of table.columns) {
          const rest = column.startsWith(`${snake}_`) ? column.slice(snake.length + 1) : null;
          if (rest !== null && rest !== 'id' && rest !== 'ids') {
            violations.push({
              rule: RULES.store,
              message: `${store.subgraph} column ${table.name}.${column} holds ${entity} attributes, owned by ${owner}: keep only ${snake}_id`,
            });
          }
        }
      }
    }
  }
  return violations;
}

export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}
