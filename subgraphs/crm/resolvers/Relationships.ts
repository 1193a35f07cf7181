import { money } from '../../../lib/money.ts';
import { found } from '../../../lib/store/versions.ts';
import type { ContactResolvers, ContractResolvers, DealResolvers } from '../__generated__/resolvers-types.ts';

/** Contact, Deal and Contract: rows of the CRM's own tables, each pointing back at its client. */

export const Contact: ContactResolvers = {
  client: async (contact, _, { loaders }) => found(await loaders.client.load(contact.client_id), 'Client', contact.client_id),
  createdAt: (contact) => contact.created_at,
};

export const Deal: DealResolvers = {
  client: async (deal, _, { loaders }) => found(await loaders.client.load(deal.client_id), 'Client', deal.client_id),
  amount: (deal) => money(deal.amount_minor, deal.currency),
  expectedCloseDate: (deal) => deal.expected_close_date,
  createdAt: (deal) => deal.created_at,
  updatedAt: (deal) => deal.updated_at,
};

export const Contract: ContractResolvers = {
  client: async (contract, _, { loaders }) => found(await loaders.client.load(contract.client_id), 'Client', contract.client_id),
  startDate: (contract) => contract.start_date,
  endDate: (contract) => contract.end_date,
  annualValue: (contract) => money(contract.annual_value_minor, contract.currency),
  autoRenew: (contract) => contract.auto_renew === 1,
  renews: (contract, _, { loaders }) => (contract.renews_contract_id ? loaders.contract.load(contract.renews_contract_id) : null),
  createdAt: (contract) => contract.created_at,
  updatedAt: (contract) => contract.updated_at,
};

