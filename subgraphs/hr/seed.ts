import type { Kysely } from 'kysely';
import { demoParts, type DemoPlan, type DemoSource, type SeedProgress } from '../../lib/demo/plan.ts';
import { bulkLoad } from '../../lib/store/bulk.ts';
import { departmentNameKey } from './store/departments.ts';
import type { HrDatabase } from './store/schema.ts';

type PlannedEmployee = DemoPlan['employees'][number];

/**
 * Managers before the people who report to them, because `manager_id` is a foreign key and a
 * chunk boundary could otherwise separate a report from a manager planned after it.
 */
export function managersFirst(employees: PlannedEmployee[]): PlannedEmployee[] {
  const byId = new Map(employees.map((employee) => [employee.id, employee]));
  const placed = new Set<string>();
  const ordered: PlannedEmployee[] = [];
  const place = (employee: PlannedEmployee, seen: Set<string>) => {
    if (placed.has(employee.id) || seen.has(employee.id)) return;
    seen.add(employee.id);
    const manager = employee.managerId ? byId.get(employee.managerId) : undefined;
    if (manager) place(manager, seen);
    placed.add(employee.id);
    ordered.push(employee);
  };
  for (const employee of employees) place(employee, new Set());
  return ordered;
}

/** Writes HR's part of the demo company: departments, then employees. */
export async function seedHr(db: Kysely<HrDatabase>, source: DemoSource, progress: SeedProgress = () => {}): Promise<void> {
  const plan = demoParts(source);
  const stamp = { version: 1, created_at: plan.createdAt, updated_at: plan.createdAt };
  await bulkLoad(db, ['departments', 'employees'], async (writer) => {
    await writer.insert(
      'departments',
      plan.departments.map((department) => ({
        id: department.id,
        name: department.name,
        name_key: departmentNameKey(department.name),
        ...stamp,
      })),
    );
    await writer.insert(
      'employees',
      managersFirst(plan.employees).map((employee) => ({
        id: employee.id,
        name: employee.name,
        email: employee.email.toLowerCase(),
        title: employee.title,
        department_id: employee.departmentId,
        manager_id: employee.managerId,
        status: employee.status,
        capacity_hours_per_week: employee.capacityHoursPerWeek,
        start_date: employee.startDate,
        salary_minor: employee.salaryMinor,
        salary_currency: plan.reportingCurrency,
        ...stamp,
      })),
    );
    const written = plan.departments.length + plan.employees.length;
    progress(written, written);
  });
}
