import type { ClientResolvers } from '../__generated__/resolvers-types.ts';
import { worstHealth } from '../hours.ts';
import { isOpen } from '../lifecycles.ts';

/** The CRM owns Client; projects adds what it delivers for the client, from one loader. */
export const Client: ClientResolvers = {
  // Any client id may be asked about: one with no projects simply has none here.
  __resolveReference: (reference) => ({ id: reference.id }),
  projects: async (client, { includeClosed }, { loaders }) => {
    const projects = await loaders.projectsByClient.load(client.id);
    return includeClosed ? projects : projects.filter((project) => isOpen(project.phase));
  },
  deliveryHealth: async (client, _, { loaders }) => {
    const projects = await loaders.projectsByClient.load(client.id);
    return worstHealth(projects.filter((project) => isOpen(project.phase)).map((project) => project.health));
  },
};
