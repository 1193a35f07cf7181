import type { TimeByWeekConnectionResolvers } from '../__generated__/resolvers-types.ts';

/** The report's total is counted only when `totalCount` is selected (lib/reports/page.ts). */
export const TimeByWeekConnection: TimeByWeekConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
