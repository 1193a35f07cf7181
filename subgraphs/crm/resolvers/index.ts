import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Client } from './Client.ts';
import { Contact } from './Contact.ts';
import { Contract } from './Contract.ts';
import { Deal } from './Deal.ts';
import { ClientDuplicate, ContactDuplicate, DuplicateCandidates } from './Duplicates.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Client,
  Contact,
  Deal,
  Contract,
  DuplicateCandidates,
  ClientDuplicate,
  ContactDuplicate,
};
