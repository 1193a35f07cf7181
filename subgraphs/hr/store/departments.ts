import type { Kysely } from 'kysely';
import { versionedTable, type NewRow } from '../../../lib/writes/versioned.ts';
import type { DepartmentRow, DepartmentTable, HrDatabase } from './schema.ts';

type Db = Kysely<HrDatabase>;

export function departmentsByIds(db: Db, ids: readonly string[]): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().where('id', 'in', ids).execute();
}

export function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().orderBy('name').orderBy('id').execute();
}

/**
 * What makes two department names the same: equal after Unicode normalisation (NFC, so a
 * composed and a decomposed "é" match) and the locale-independent lowercase mapping of
 * `toLowerCase()`, computed here rather than by SQL `lower()`, which folds ASCII only on SQLite
 * and everything on PostgreSQL.
 */
export function departmentNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The department whose name equals `name` ignoring case, if any. */
export function departmentNamed(db: Db, name: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('name_key', '=', departmentNameKey(name)).executeTakeFirst();
}

/** Departments are written only through this table: versioned, audited and announced. */
export const departments = versionedTable<HrDatabase, DepartmentRow>('departments', 'Department');

/** A new department, with the key its name is unique by. */
export function insertDepartment(db: Db, values: Omit<NewRow<DepartmentTable>, 'name_key'>): Promise<DepartmentRow> {
  return departments.insert(db, { ...values, name_key: departmentNameKey(values.name) });
}
