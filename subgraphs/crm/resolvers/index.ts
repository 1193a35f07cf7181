import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Client } from './Client.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Contact, Contract, Deal } from './Relationships.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Client, Contact, Deal, Contract };
