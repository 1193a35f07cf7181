import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Department } from './Department.ts';
import { Employee } from './Employee.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Employee, Department };
