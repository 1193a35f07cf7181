import { today } from '../../../lib/dates.ts';
import { entityRef } from '../../../lib/federation.ts';
import type { ClientResolvers } from '../__generated__/resolvers-types.ts';
import { assessRenewal } from '../renewal.ts';

export const Client: ClientResolvers = {
  // The gateway sends `overdue` and `deliveryHealth` along when it needs `renewal` (@requires).
  __resolveReference: async (reference, { loaders }) => {
    const row = await loaders.client.load(reference.id);
    if (!row) return null;
    return 'overdue' in reference ? { ...row, overdue: reference.overdue, deliveryHealth: reference.deliveryHealth } : row;
  },
  accountManager: (client) => (client.account_manager_id ? entityRef('Employee', client.account_manager_id) : null),
  contacts: (client, _, { loaders }) => loaders.contactsByClient.load(client.id),
  deals: (client, _, { loaders }) => loaders.dealsByClient.load(client.id),
  contracts: (client, _, { loaders }) => loaders.contractsByClient.load(client.id),
  activeContract: async (client, _, { loaders }) =>
    (await loaders.contractsByClient.load(client.id)).find((contract) => contract.status === 'ACTIVE') ?? null,
  externalIds: (client, _, { loaders }) => loaders.clientExternalIds.load(client.id),
  createdAt: (client) => client.created_at,
  updatedAt: (client) => client.updated_at,
  renewal: async (client, _, { loaders }) => {
    const active = (await loaders.contractsByClient.load(client.id)).find((contract) => contract.status === 'ACTIVE');
    return assessRenewal({
      status: client.status,
      contract: active ? { endDate: active.end_date, autoRenew: active.auto_renew === 1 } : null,
      overdue: client.overdue,
      deliveryHealth: client.deliveryHealth,
      today: today(),
    });
  },
  history: (parent, args, { loaders }) => loaders.audit.history('Client', parent.id, args),
  mergedInto: (client, _, { loaders }) => (client.merged_into_id ? loaders.client.load(client.merged_into_id) : null),
};
