import type { Kysely } from 'kysely';
import { firstVersion, type NewRow } from '../../../lib/store/versions.ts';
import type { DepartmentRow, DepartmentTable, HrDatabase } from './schema.ts';

type Db = Kysely<HrDatabase>;

export function departmentsByIds(db: Db, ids: readonly string[]): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().where('id', 'in', ids).execute();
}

export function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().orderBy('name').orderBy('id').execute();
}

/** The department whose name equals `name` ignoring case, if any. */
export function departmentNamed(db: Db, name: string): Promise<DepartmentRow | undefined> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export async function insertDepartment(db: Db, values: NewRow<DepartmentTable>): Promise<DepartmentRow> {
  const row = firstVersion(values);
  await db.insertInto('departments').values(row).execute();
  return row;
}
