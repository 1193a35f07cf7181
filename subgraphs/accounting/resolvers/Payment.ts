import { money } from '../../../lib/money.ts';
import type { PaymentResolvers } from '../__generated__/resolvers-types.ts';

export const Payment: PaymentResolvers = {
  amount: (payment) => money(payment.amount_minor, payment.currency),
  paidOn: (payment) => payment.paid_on,
  createdAt: (payment) => payment.created_at,
};
