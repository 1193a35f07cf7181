import type { Kysely } from 'kysely';
import { askOwner } from '../../lib/events/ask.ts';
import { repointMergedClients } from '../../lib/events/client-merged.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { processed, type Reaction } from '../../lib/events/reactions.ts';
import { newId } from '../../lib/ids.ts';
import { amountToMinor, convertMinor, exchangeRate, minorDigits, parseScaled, type Money } from '../../lib/money.ts';
import type { EventsDeps, SubgraphDeps } from '../../lib/subgraph.ts';
import { HOURS_SCALE } from './hours.ts';
import { projectLifecycle } from './lifecycles.ts';
import { repoint } from '../../lib/writes/repoint.ts';
import { transition } from '../../lib/writes/transition.ts';
import { projects } from './store/projects.ts';
import type { ProjectsDatabase } from './store/schema.ts';

/**
 * Projects' automation (issue 5 § 4): a won deal becomes a project in KICKOFF for its client,
 * written by projects through its own store functions, so it is versioned, audited (actor
 * `automation:projects.openProjectForWonDeal`) and announced (`Project.created`, then
 * `Project.phaseChanged`) like any other write.
 */

export const OPEN_PROJECT_FOR_WON_DEAL = 'projects.openProjectForWonDeal';

/** What crm tells about a won deal: the event names the deal, its owner has the rest. */
const DEAL_QUERY = /* GraphQL */ `
  query DealForProject($id: ID!) {
    deal(id: $id) {
      id
      title
      amount {
        amount
        currencyCode
      }
      client {
        id
      }
    }
  }
`;

interface WonDeal {
  id: string;
  title: string;
  amount: Money;
  client: { id: string };
}

/** The largest budget createProject accepts (a million hours), so an automated one is never beyond it. */
const MAX_BUDGET_HOURS = 1_000_000n;

export function projectsReactions(db: Kysely<ProjectsDatabase>, events: EventsDeps, deps: SubgraphDeps): Reaction<ProjectsDatabase>[] {
  return [
    {
      rule: OPEN_PROJECT_FOR_WON_DEAL,
      types: ['Deal.won'],
      async react(event, once) {
        // A redelivered event needs no questions to crm.
        if (await processed(db, OPEN_PROJECT_FOR_WON_DEAL, event.id)) return;
        const deal = await wonDeal(events, event);
        // crm never deletes deals; one it does not know cannot become a project, now or later.
        if (!deal) return;
        // Rule 5: the client must exist with its owner; an unreachable crm throws and the event is retried.
        await deps.references
          .forToken(await events.serviceToken())
          .assertReferences([{ typename: 'Client', id: deal.client.id, path: ['deal', 'client', 'id'] }]);
        const budgetHours = budgetHoursFor(deal.amount, deps.reportingCurrency, events.billingHourlyRate);
        await once(async (trx) => {
          // Created in PROPOSAL and advanced like any project, so subscribers see the usual two events.
          const proposal = await projects.insert(trx, {
            id: newId('prj'),
            client_id: deal.client.id,
            // Who leads it is a staffing decision the deal does not make.
            lead_id: null,
            name: deal.title,
            phase: 'PROPOSAL',
            health: 'GREEN',
            health_note: null,
            budget_hundredths: Number(budgetHours * 10n ** BigInt(HOURS_SCALE)),
            start_date: null,
            end_date: null,
          });
          await transition(trx, projects, projectLifecycle, { id: proposal.id, expectedVersion: proposal.version, to: 'KICKOFF' });
        });
      },
    },
    // A client merged into another in the CRM: its projects become the survivor's (README § Duplicates and merging clients).
    repointMergedClients<ProjectsDatabase>('projects', async (trx, { mergedId, survivorId }) => {
      await repoint(trx, projects, 'client_id', mergedId, survivorId);
    }),
  ];
}

async function wonDeal(events: EventsDeps, event: ChangeEvent): Promise<WonDeal | null> {
  const data = await askOwner(events, 'crm', OPEN_PROJECT_FOR_WON_DEAL, { query: DEAL_QUERY, variables: { id: event.entityId } });
  return (data.deal as WonDeal | null | undefined) ?? null;
}

/**
 * The hours a won deal pays for: its amount converted to the reporting currency at the reference
 * rate, divided by the billing hourly rate, rounded down to whole hours; at least 1, so the
 * project exists to log time on, and at most what createProject accepts. A deal in a currency
 * without an exchange rate cannot be converted and gets the minimum.
 */
export function budgetHoursFor(amount: Money, reportingCurrency: string, hourlyRate: string): bigint {
  const minor = parseScaled(amount.amount, minorDigits(amount.currencyCode));
  const rate = exchangeRate(amount.currencyCode, reportingCurrency);
  const hourlyMinor = amountToMinor(hourlyRate, reportingCurrency);
  if (minor === null || rate === null || hourlyMinor <= 0n) return 1n;
  const hours = convertMinor(minor, amount.currencyCode, reportingCurrency, rate) / hourlyMinor;
  return hours < 1n ? 1n : hours > MAX_BUDGET_HOURS ? MAX_BUDGET_HOURS : hours;
}
