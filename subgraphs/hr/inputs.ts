import { z } from 'zod';
import { externalIdsInput } from '../../lib/external-ids/fields.ts';
import { fields, moneyInput } from '../../lib/validation.ts';

/** zod schemas for HR's mutation arguments; `validate` turns a failure into BAD_USER_INPUT. */

const employeeId = fields.id('emp');
const departmentId = fields.id('dep');
const capacity = z.number().int('must be a whole number of hours').min(0, 'must be at least 0').max(80, 'must be at most 80');

export const createDepartmentArgs = z.object({
  input: z.object({ name: fields.name }),
});

export const hireEmployeeArgs = z.object({
  input: z.object({
    name: fields.name,
    email: fields.email,
    title: fields.name.nullish(),
    departmentId: departmentId.nullish(),
    managerId: employeeId.nullish(),
    capacityHoursPerWeek: capacity.nullish(),
    startDate: fields.isoDate.nullish(),
    salary: moneyInput.nullish(),
    externalIds: externalIdsInput,
  }),
});

export const updateEmployeeArgs = z.object({
  id: employeeId,
  input: z
    .object({
      name: fields.name.nullish(),
      email: fields.email.nullish(),
      title: fields.name.nullish(),
      departmentId: departmentId.nullish(),
      managerId: employeeId.nullish(),
      capacityHoursPerWeek: capacity.nullish(),
      salary: moneyInput.nullish(),
      externalIds: externalIdsInput,
    })
    .refine((input) => input.name !== null, { error: 'name cannot be cleared', path: ['name'] })
    .refine((input) => input.email !== null, { error: 'email cannot be cleared', path: ['email'] })
    .refine((input) => input.capacityHoursPerWeek !== null, {
      error: 'capacityHoursPerWeek cannot be cleared',
      path: ['capacityHoursPerWeek'],
    }),
  expectedVersion: fields.expectedVersion,
});

export const changeEmployeeStatusArgs = z.object({
  id: employeeId,
  status: z.enum(['ACTIVE', 'ON_LEAVE', 'TERMINATED']),
  expectedVersion: fields.expectedVersion,
});
