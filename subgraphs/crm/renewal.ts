import { daysBetween } from '../../lib/dates.ts';
import { parseScaled, minorDigits, type Money } from '../../lib/money.ts';
import type { ClientStatus, Health, Renewal } from './__generated__/resolvers-types.ts';

/** How close to the end date a contract that does not renew itself counts as a risk. */
export const RENEWAL_WINDOW_DAYS = 90;

export interface RenewalFacts {
  status: ClientStatus;
  /** The client's ACTIVE contract (CRM), if any. */
  contract: { endDate: string; autoRenew: boolean } | null;
  /** Money overdue (accounting, via @requires). */
  overdue: Money | null | undefined;
  /** Worst health of open projects (projects, via @requires); null when none is open. */
  deliveryHealth: Health | null | undefined;
  today: string;
}

/**
 * Weighs the facts three domains own into one outlook. Computed when read, never stored
 * (rule 6). Prospects have nothing to renew and churned clients nothing left: both get null.
 * When accounting or projects cannot answer, the gateway does not ask for `renewal` at all, so
 * the field is null with that domain's SUBGRAPH_UNAVAILABLE error rather than a guess.
 */
export function assessRenewal(facts: RenewalFacts): Renewal | null {
  if (facts.status !== 'ACTIVE') return null;
  const risks: string[] = [];
  const { contract } = facts;
  const daysLeft = contract ? daysBetween(facts.today, contract.endDate) : null;

  if (!contract || daysLeft === null) {
    risks.push('No active contract');
  } else if (daysLeft < 0) {
    risks.push(`Contract ended ${-daysLeft} days ago and has not been renewed`);
  } else if (daysLeft <= RENEWAL_WINDOW_DAYS && !contract.autoRenew) {
    risks.push(`Contract ends in ${daysLeft} days and does not renew automatically`);
  }

  if (facts.overdue && (parseScaled(facts.overdue.amount, minorDigits(facts.overdue.currencyCode)) ?? 0n) > 0n) {
    risks.push(`${facts.overdue.currencyCode} ${facts.overdue.amount} overdue`);
  }

  if (facts.deliveryHealth === 'RED' || facts.deliveryHealth === 'AMBER') {
    risks.push(`Delivery health is ${facts.deliveryHealth}`);
  }

  return { date: contract?.endDate ?? null, daysLeft, onTrack: risks.length === 0, risks };
}
