import { validate } from '../../../lib/validation.ts';
import type { EmployeeResolvers } from '../__generated__/resolvers-types.ts';
import { utilisationRatio } from '../hours.ts';
import * as inputs from '../inputs.ts';

/** HR owns Employee; projects adds what the employee works on and how much of their time it takes. */
export const Employee: EmployeeResolvers = {
  // The gateway sends `capacityHoursPerWeek` along when it needs `utilisation` (@requires).
  __resolveReference: (reference) => ({
    id: reference.id,
    capacityHoursPerWeek: 'capacityHoursPerWeek' in reference ? reference.capacityHoursPerWeek : null,
  }),
  assignments: async (employee, _, { loaders }) =>
    (await loaders.assignmentsByEmployee.load(employee.id)).map(({ employee_id: _employeeId, ...project }) => project),
  utilisation: async (employee, args, { loaders }) => {
    const { weeks } = validate(inputs.utilisationArgs, args);
    if (!employee.capacityHoursPerWeek) return null;
    const logged = await loaders.hundredthsByEmployee(weeks).load(employee.id);
    return utilisationRatio(logged, employee.capacityHoursPerWeek, weeks);
  },
};
