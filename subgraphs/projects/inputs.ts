import { externalIdsInput } from '../../lib/external-ids/fields.ts';
import { z } from 'zod';
import { today } from '../../lib/dates.ts';
import { parseScaled } from '../../lib/money.ts';
import { fields } from '../../lib/validation.ts';
import { HOURS_SCALE } from './hours.ts';

/** zod schemas for the projects domain's arguments; `validate` turns a failure into BAD_USER_INPUT. */

/** A million hours: far beyond any real budget, well inside the store's integers. */
const MAX_BUDGET_HUNDREDTHS = 100_000_000n;

const plannedHours = fields.scaled(HOURS_SCALE, { min: 0n, max: MAX_BUDGET_HUNDREDTHS });

/** Logged hours: more than 0, at most a day, in quarter hours. */
const loggedHours = z.string().transform((value, ctx) => {
  const hundredths = parseScaled(value, HOURS_SCALE);
  if (hundredths === null || hundredths <= 0n || hundredths > 2400n || hundredths % 25n !== 0n) {
    ctx.addIssue({ code: 'custom', message: 'must be more than 0 and at most 24, in steps of 0.25' });
    return z.NEVER;
  }
  return hundredths;
});

export const createProjectArgs = z.object({
  input: z
    .object({
      name: fields.name,
      clientId: fields.id('cli'),
      leadId: fields.id('emp').nullish(),
      budgetHours: plannedHours,
      startDate: fields.isoDate.nullish(),
      endDate: fields.isoDate.nullish(),
      externalIds: externalIdsInput,
    })
    .refine((input) => !input.startDate || !input.endDate || input.endDate >= input.startDate, {
      error: 'must not be before startDate',
      path: ['endDate'],
    }),
});

export const advanceProjectArgs = z.object({
  id: fields.id('prj'),
  phase: z.enum(['PROPOSAL', 'KICKOFF', 'DELIVERY', 'REVIEW', 'CLOSED']),
  expectedVersion: fields.expectedVersion,
});

export const setProjectHealthArgs = z.object({
  id: fields.id('prj'),
  health: z.enum(['GREEN', 'AMBER', 'RED']),
  note: fields.optionalText,
  expectedVersion: fields.expectedVersion,
});

export const createTaskArgs = z.object({
  projectId: fields.id('prj'),
  input: z.object({
    title: fields.name,
    assigneeId: fields.id('emp').nullish(),
    estimateHours: plannedHours.nullish(),
  }),
});

export const logTimeArgs = z.object({
  input: z.object({
    projectId: fields.id('prj'),
    taskId: fields.id('tsk').nullish(),
    employeeId: fields.id('emp'),
    // Time is logged for work done, never in advance; nor before the project starts (checked once it is read).
    date: fields.isoDate.refine((date) => date <= today(), 'must not be after today'),
    hours: loggedHours,
    billable: z.boolean().nullish(),
    note: fields.optionalText,
  }),
});

const MAX_UTILISATION_WEEKS = 52;

/** `Employee.utilisation(weeks)`: a field argument, refused the same way as a mutation's. */
export const utilisationArgs = z.object({
  weeks: z
    .number()
    .int('must be a whole number of weeks')
    .min(1, `must be between 1 and ${MAX_UTILISATION_WEEKS}`)
    .max(MAX_UTILISATION_WEEKS, `must be between 1 and ${MAX_UTILISATION_WEEKS}`),
});
