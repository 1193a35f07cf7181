import { found } from '../../../lib/writes/versioned.ts';
import type { ContactResolvers } from '../__generated__/resolvers-types.ts';

export const Contact: ContactResolvers = {
  client: async (contact, _, { loaders }) => found(await loaders.client.load(contact.client_id), 'Client', contact.client_id),
  externalIds: (contact, _, { loaders }) => loaders.contactExternalIds.load(contact.id),
  createdAt: (contact) => contact.created_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Contact', parent.id, args),
};
