import { defineLifecycle } from '../../lib/lifecycle.ts';
import type { EmployeeStatus } from './__generated__/resolvers-types.ts';

export const employeeLifecycle = defineLifecycle<EmployeeStatus>('Employee', {
  field: 'status',
  next: {
    ACTIVE: ['ON_LEAVE', 'TERMINATED'],
    ON_LEAVE: ['ACTIVE', 'TERMINATED'],
    // A rehire is a new employee with a new id; the old record stays as it was.
    TERMINATED: [],
  },
  events: { TERMINATED: 'terminated' },
});
