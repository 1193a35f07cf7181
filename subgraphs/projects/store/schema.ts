import type { Selectable } from 'kysely';
import type { Flag, ScaledInt, VersionedColumns } from '../../../lib/store/columns.ts';
import type { ExternalIdTables } from '../../../lib/external-ids/table.ts';
import type { PlatformTables } from '../../../lib/store/platform.ts';
import type { Health, ProjectPhase, TaskStatus } from '../__generated__/resolvers-types.ts';

/**
 * The projects domain's tables. Clients and employees belong to other domains and appear only
 * as ids (`client_id`, `lead_id`, `assignee_id`, `employee_id`). Hours are integer hundredths.
 */
export interface ProjectsDatabase extends PlatformTables, ExternalIdTables {
  projects: ProjectTable;
  tasks: TaskTable;
  time_entries: TimeEntryTable;
}

export interface ProjectTable extends VersionedColumns {
  id: string;
  client_id: string;
  lead_id: string | null;
  name: string;
  phase: ProjectPhase;
  health: Health;
  health_note: string | null;
  budget_hundredths: ScaledInt;
  start_date: string | null;
  end_date: string | null;
}

export interface TaskTable extends VersionedColumns {
  id: string;
  project_id: string;
  title: string;
  assignee_id: string | null;
  status: TaskStatus;
  estimate_hundredths: ScaledInt | null;
}

/** Time entries are facts of record: written once, never versioned or changed. */
export interface TimeEntryTable {
  id: string;
  project_id: string;
  task_id: string | null;
  employee_id: string;
  date: string;
  hundredths: ScaledInt;
  billable: Flag;
  note: string | null;
  created_at: string;
}

export type ProjectRow = Selectable<ProjectTable>;
export type TaskRow = Selectable<TaskTable>;
export type TimeEntryRow = Selectable<TimeEntryTable>;

/**
 * An Employee as resolvers see it: the reference HR owns plus, when the gateway is resolving
 * `utilisation`, the capacity it supplied through @requires.
 */
export interface EmployeeParent {
  id: string;
  capacityHoursPerWeek?: number | null;
}
