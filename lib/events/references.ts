/**
 * Another entity a changed row points at, by its foreign key: an invoice's client, a time entry's
 * project, task and employee. Announced with every event (ChangeEvent.references), so a consumer
 * that keeps something derived from the target (the gateway's entity cache keeps a client's
 * revenue, which adds up the client's invoices) knows to refresh it.
 */
export interface EntityReference {
  /** The GraphQL type it is, e.g. `Client`. */
  type: string;
  id: string;
}

/**
 * The foreign-key columns of the stores, by the entity type they point at. A column not listed
 * here is not announced; one a store adds is added here (test/lib/events/references.test.ts
 * checks every `*_id` column of the four domains' tables is).
 */
export const FOREIGN_KEYS: Readonly<Record<string, string>> = {
  client_id: 'Client',
  // A merged client's survivor: its Client.merged event names both, so both clients' cached answers go.
  merged_into_id: 'Client',
  account_manager_id: 'Employee',
  renews_contract_id: 'Contract',
  invoice_id: 'Invoice',
  project_id: 'Project',
  task_id: 'Task',
  time_entry_id: 'TimeEntry',
  lead_id: 'Employee',
  assignee_id: 'Employee',
  employee_id: 'Employee',
  manager_id: 'Employee',
  department_id: 'Department',
};

/**
 * What a change points at, before and after it: both, because a row that moves (a project given to
 * another client, an employee to another manager) changes what is derived from the old target too.
 * Sorted and without repeats.
 */
export function referencesOf(before: object | null, after: object): EntityReference[] {
  const seen = new Map<string, EntityReference>();
  for (const row of [before, after]) {
    if (!row) continue;
    for (const [column, value] of Object.entries(row)) {
      const type = FOREIGN_KEYS[column];
      if (type && typeof value === 'string' && value) seen.set(`${type}:${value}`, { type, id: value });
    }
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, reference]) => reference);
}
