import type {
  ClientDuplicateResolvers,
  ContactDuplicateResolvers,
  DuplicateCandidatesResolvers,
} from '../__generated__/resolvers-types.ts';
import type { ClientRow, ContactRow } from '../store/schema.ts';
import { findClientDuplicates, findContactDuplicates } from '../duplicates.ts';

/** duplicateCandidates' types: each list is searched only when asked for (../duplicates.ts). */

export const DuplicateCandidates: DuplicateCandidatesResolvers = {
  clients: (search, _, { db }) => findClientDuplicates(db, search),
  contacts: (search, _, { db }) => findContactDuplicates(db, search),
};

export const ClientDuplicate: ClientDuplicateResolvers = {
  clients: async (candidate, _, { loaders }) =>
    (await Promise.all(candidate.ids.map((id) => loaders.client.load(id)))).filter((row): row is ClientRow => row !== null),
};

export const ContactDuplicate: ContactDuplicateResolvers = {
  contacts: async (candidate, _, { loaders }) =>
    (await Promise.all(candidate.ids.map((id) => loaders.contact.load(id)))).filter((row): row is ContactRow => row !== null),
};
