import type { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { ERRORS } from '../../lib/errors.ts';
import { serializeOn } from '../../lib/store/database.ts';
import { badInput } from '../../lib/validation.ts';
import { departmentsByIds } from './store/departments.ts';
import { employeesByIds, employeeWithEmail, isInManagementChain } from './store/employees.ts';
import type { EmployeeRow, HrDatabase } from './store/schema.ts';

/**
 * The checks HR's writes make against its own tables, inside the write's transaction.
 * Departments and managers are HR's own entities, so a missing one is NOT_FOUND (not
 * REFERENCE_NOT_FOUND, which is for other domains' entities), naming the argument that carried it.
 */

type Db = Kysely<HrDatabase>;

export function notFoundAt(entity: string, id: string, path: string[]): GraphQLError {
  const message = `${entity} ${id} does not exist`;
  return ERRORS.NOT_FOUND.err(`${message} (${path.join('.')})`, { entity, id, fields: [{ path, message }] });
}

/** `path` names the argument in errors: `input.departmentId` of a mutation, a row's `departmentId` in an import. */
export async function assertDepartmentExists(db: Db, id: string, path = ['input', 'departmentId']): Promise<void> {
  if (!(await departmentsByIds(db, [id]))[0]) throw notFoundAt('Department', id, path);
}

/**
 * `managerId` may manage `employeeId` (null for a new hire): it exists, has not left, and is
 * neither the employee nor anyone who reports to them, directly or not.
 */
export async function assertManagerAllowed(
  db: Db,
  managerId: string,
  employeeId: string | null,
  path = ['input', 'managerId'],
): Promise<void> {
  if (managerId === employeeId) throw badInput(path, 'an employee cannot be their own manager');
  // Two changes that each pass this check alone could together close a loop (A under B, B under A):
  // on PostgreSQL they take turns, so the second reads the chain the first committed.
  if (employeeId) await serializeOn(db, 'hr.management_chain');
  const manager: EmployeeRow | undefined = (await employeesByIds(db, [managerId]))[0];
  if (!manager) throw notFoundAt('Employee', managerId, path);
  if (manager.status === 'TERMINATED') throw badInput(path, `Employee ${managerId} is TERMINATED and cannot manage anyone`);
  if (employeeId && (await isInManagementChain(db, managerId, employeeId))) {
    throw badInput(path, `Employee ${managerId} reports to ${employeeId}, so this would make a management cycle`);
  }
}

function emailTaken(email: string, ownerId: string | null, path = ['input', 'email']): GraphQLError {
  const message = ownerId ? `already belongs to Employee ${ownerId}` : 'already belongs to another employee';
  return ERRORS.CONFLICT.err(`Email ${email} ${message}`, {
    entity: 'Employee',
    ...(ownerId ? { id: ownerId } : {}),
    fields: [{ path, message }],
  });
}

export async function assertEmailFree(db: Db, email: string, path = ['input', 'email']): Promise<void> {
  const owner = await employeeWithEmail(db, email);
  if (owner) throw emailTaken(email, owner.id, path);
}

export function departmentNameTaken(name: string, ownerId: string | null): GraphQLError {
  const message = ownerId ? `already names Department ${ownerId}` : 'already names another department';
  return ERRORS.CONFLICT.err(`Department name ${JSON.stringify(name)} ${message}`, {
    entity: 'Department',
    ...(ownerId ? { id: ownerId } : {}),
    fields: [{ path: ['input', 'name'], message }],
  });
}

/**
 * A concurrent writer can still take the email between the check above and the insert: that
 * unique violation is the same CONFLICT (the write path's `conflict`).
 */
export const duplicateEmail = (email: string) => emailTaken(email, null);
