import { ERRORS } from '../../../lib/errors.ts';
import type { EmployeeResolvers } from '../__generated__/resolvers-types.ts';
import { utilisationRatio } from '../hours.ts';

export const MAX_UTILISATION_WEEKS = 52;

/** HR owns Employee; projects adds what the employee works on and how much of their time it takes. */
export const Employee: EmployeeResolvers = {
  // The gateway sends `capacityHoursPerWeek` along when it needs `utilisation` (@requires).
  __resolveReference: (reference) => ({
    id: reference.id,
    capacityHoursPerWeek: 'capacityHoursPerWeek' in reference ? reference.capacityHoursPerWeek : null,
  }),
  assignments: async (employee, _, { loaders }) =>
    (await loaders.assignmentsByEmployee.load(employee.id)).map(({ employee_id: _employeeId, ...project }) => project),
  utilisation: async (employee, { weeks }, { loaders }) => {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_UTILISATION_WEEKS) {
      const message = `must be between 1 and ${MAX_UTILISATION_WEEKS}`;
      throw ERRORS.BAD_USER_INPUT.err(`weeks ${message}`, { fields: [{ path: ['weeks'], message }] });
    }
    if (!employee.capacityHoursPerWeek) return null;
    const logged = await loaders.hundredthsByEmployee(weeks).load(employee.id);
    return utilisationRatio(logged, employee.capacityHoursPerWeek, weeks);
  },
};
