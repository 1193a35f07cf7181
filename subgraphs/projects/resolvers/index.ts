import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Client } from './Client.ts';
import { Employee } from './Employee.ts';
import { Mutation } from './Mutation.ts';
import { Project } from './Project.ts';
import { Query } from './Query.ts';
import { Task } from './Task.ts';
import { TimeByWeek } from './TimeByWeek.ts';
import { TimeByWeekConnection } from './TimeByWeekConnection.ts';
import { TimeEntry } from './TimeEntry.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Client,
  Employee,
  Project,
  Task,
  TimeEntry,
  TimeByWeek,
  TimeByWeekConnection,
};
