import { money } from '../../../lib/money.ts';
import { found } from '../../../lib/writes/versioned.ts';
import type { ContractResolvers } from '../__generated__/resolvers-types.ts';

export const Contract: ContractResolvers = {
  client: async (contract, _, { loaders }) => found(await loaders.client.load(contract.client_id), 'Client', contract.client_id),
  startDate: (contract) => contract.start_date,
  endDate: (contract) => contract.end_date,
  annualValue: (contract) => money(contract.annual_value_minor, contract.currency),
  autoRenew: (contract) => contract.auto_renew === 1,
  renews: (contract, _, { loaders }) => (contract.renews_contract_id ? loaders.contract.load(contract.renews_contract_id) : null),
  createdAt: (contract) => contract.created_at,
  updatedAt: (contract) => contract.updated_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Contract', parent.id, args),
};
