import { money } from '../../../lib/money.ts';
import { found } from '../../../lib/writes/versioned.ts';
import type { DealResolvers } from '../__generated__/resolvers-types.ts';

export const Deal: DealResolvers = {
  client: async (deal, _, { loaders }) => found(await loaders.client.load(deal.client_id), 'Client', deal.client_id),
  amount: (deal) => money(deal.amount_minor, deal.currency),
  expectedCloseDate: (deal) => deal.expected_close_date,
  createdAt: (deal) => deal.created_at,
  updatedAt: (deal) => deal.updated_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Deal', parent.id, args),
};
