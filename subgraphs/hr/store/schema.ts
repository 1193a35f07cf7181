import type { Selectable } from 'kysely';
import type { VersionedColumns } from '../../../lib/store/columns.ts';
import type { ExternalIdTables } from '../../../lib/external-ids/table.ts';
import type { PlatformTables } from '../../../lib/store/platform.ts';
import type { EmployeeStatus } from '../__generated__/resolvers-types.ts';

/** HR's tables: people and the departments they belong to. */
export interface HrDatabase extends PlatformTables, ExternalIdTables {
  departments: DepartmentTable;
  employees: EmployeeTable;
}

export interface DepartmentTable extends VersionedColumns {
  id: string;
  name: string;
  /** `name` case-folded in TypeScript (departmentNameKey), unique: names are unique ignoring case. */
  name_key: string;
}

export interface EmployeeTable extends VersionedColumns {
  id: string;
  name: string;
  /** Work email, stored lowercased so uniqueness ignores case. */
  email: string;
  title: string | null;
  department_id: string | null;
  manager_id: string | null;
  status: EmployeeStatus;
  /** Whole hours per week (0–80), not hundredths: contracts are agreed in whole hours. */
  capacity_hours_per_week: number;
  start_date: string;
  /** Annual gross salary in minor units of `salary_currency`; both null when none is recorded. */
  salary_minor: number | null;
  salary_currency: string | null;
}

export type DepartmentRow = Selectable<DepartmentTable>;
export type EmployeeRow = Selectable<EmployeeTable>;
