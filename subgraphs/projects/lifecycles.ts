import { defineLifecycle } from '../../lib/lifecycle.ts';
import type { ProjectPhase } from './__generated__/resolvers-types.ts';

/** A project moves one phase at a time; skipping a phase would skip its sign-off. */
export const projectLifecycle = defineLifecycle<ProjectPhase>('Project', {
  field: 'phase',
  next: {
    PROPOSAL: ['KICKOFF'],
    KICKOFF: ['DELIVERY'],
    DELIVERY: ['REVIEW'],
    REVIEW: ['CLOSED'],
    CLOSED: [],
  },
});

/** Phases in which work is under way, so time may be logged. */
export const TIME_LOGGING_PHASES: readonly ProjectPhase[] = ['KICKOFF', 'DELIVERY', 'REVIEW'];

export function isOpen(phase: ProjectPhase): boolean {
  return phase !== 'CLOSED';
}
