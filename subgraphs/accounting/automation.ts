import type { Kysely } from 'kysely';
import { askOwner } from '../../lib/events/ask.ts';
import { repointMergedClients } from '../../lib/events/client-merged.ts';
import { processed, type Reaction } from '../../lib/events/reactions.ts';
import { newId } from '../../lib/ids.ts';
import { amountToMinor, parseScaled } from '../../lib/money.ts';
import type { EventsDeps, SubgraphDeps } from '../../lib/subgraph.ts';
import { repoint } from '../../lib/writes/repoint.ts';
import { lineAmount, QUANTITY_SCALE } from './amounts.ts';
import { billedTimeEntryIds, recordBilledTime } from './store/billedTime.ts';
import { insertDraftInvoice, invoices, type NewLine } from './store/invoices.ts';
import type { AccountingDatabase } from './store/schema.ts';

/**
 * Accounting's automation (issue 5 § 4): a project that moves to CLOSED gets a DRAFT invoice for
 * its client, for the billable time logged on it that no invoice has billed yet, at
 * BILLING_HOURLY_RATE in the reporting currency: one line per task (quantity = hours), and one
 * for time logged on no task. The invoice and the record of which time entries it bills are
 * written in one transaction through accounting's own store functions, so the invoice is
 * audited (actor `automation:accounting.invoiceClosedProject`) and announced (`Invoice.created`).
 * No unbilled billable time, no invoice; the event is marked processed either way.
 */

export const INVOICE_CLOSED_PROJECT = 'accounting.invoiceClosedProject';

/** The most projects' connections give per page (lib/store/pagination.ts MAX_PAGE_SIZE). */
const PAGE_SIZE = 500;

/** What projects tells about a closed project: its client and every time entry, a page at a time. */
const PROJECT_TIME_QUERY = /* GraphQL */ `
  query ClosedProjectTime($id: ID!, $first: Int!, $after: String) {
    project(id: $id) {
      id
      name
      client {
        id
      }
      timeEntries(first: $first, after: $after) {
        edges {
          node {
            id
            hours
            billable
            task {
              id
              title
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

interface ProjectPage {
  id: string;
  name: string;
  client: { id: string };
  timeEntries: { edges: { node: LoggedTime }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface LoggedTime {
  id: string;
  /** Decimal hours, e.g. "7.50". */
  hours: string;
  billable: boolean;
  task: { id: string; title: string } | null;
}

interface ClosedProject {
  id: string;
  name: string;
  clientId: string;
  billable: LoggedTime[];
}

/** Decimal hours as projects' API gives them, with two places; a line's quantity is kept in thousandths. */
const HOURS_SCALE = 2;

export function accountingReactions(
  db: Kysely<AccountingDatabase>,
  events: EventsDeps,
  deps: SubgraphDeps,
): Reaction<AccountingDatabase>[] {
  return [
    {
      rule: INVOICE_CLOSED_PROJECT,
      types: ['Project.phaseChanged'],
      async react(event, once) {
        if (event.changes.phase !== 'CLOSED') return;
        if (await processed(db, INVOICE_CLOSED_PROJECT, event.id)) return;
        const project = await closedProject(events, event.entityId);
        // projects never deletes a project; one it does not know has no time to bill.
        if (!project) return;
        if (project.billable.length > 0) {
          // Rule 5: the invoice's client must exist with its owner; an unreachable crm throws and the event is retried.
          await deps.references
            .forToken(await events.serviceToken())
            .assertReferences([{ typename: 'Client', id: project.clientId, path: ['project', 'client', 'id'] }]);
        }
        const currency = deps.reportingCurrency;
        const hourlyMinor = amountToMinor(events.billingHourlyRate, currency);
        await once(async (trx) => {
          // Read in the writing transaction, so time billed by a concurrent delivery is seen or the insert conflicts.
          const billed = await billedTimeEntryIds(
            trx,
            project.billable.map((entry) => entry.id),
          );
          const unbilled = project.billable.filter((entry) => !billed.has(entry.id));
          if (unbilled.length === 0) return;
          const lines = invoiceLines(project.name, unbilled, hourlyMinor);
          const id = newId('inv');
          await insertDraftInvoice(trx, { id, clientId: project.clientId, currency }, lines);
          await recordBilledTime(
            trx,
            unbilled.map((entry) => ({ time_entry_id: entry.id, project_id: project.id, invoice_id: id })),
          );
        });
      },
    },
    // A client merged into another in the CRM: its invoices become the survivor's (README § Duplicates and merging clients).
    repointMergedClients<AccountingDatabase>('accounting', async (trx, { mergedId, survivorId }) => {
      await repoint(trx, invoices, 'client_id', mergedId, survivorId);
    }),
  ];
}

/** The project's client and its billable time, every page of it; null when projects does not know the project. */
async function closedProject(events: EventsDeps, projectId: string): Promise<ClosedProject | null> {
  const billable: LoggedTime[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await askOwner(events, 'projects', INVOICE_CLOSED_PROJECT, {
      query: PROJECT_TIME_QUERY,
      variables: { id: projectId, first: PAGE_SIZE, after },
    });
    const page = data.project as ProjectPage | null | undefined;
    if (!page) return null;
    billable.push(...page.timeEntries.edges.map((edge) => edge.node).filter((entry) => entry.billable));
    if (!page.timeEntries.pageInfo.hasNextPage) return { id: page.id, name: page.name, clientId: page.client.id, billable };
    after = page.timeEntries.pageInfo.endCursor;
  }
}

/** One line per task, by title, then one for time logged on no task; each for the task's hours at the hourly rate. */
function invoiceLines(projectName: string, entries: readonly LoggedTime[], hourlyMinor: bigint): NewLine[] {
  const byTask = new Map<string, { title: string | null; hundredths: bigint }>();
  for (const entry of entries) {
    const key = entry.task?.id ?? '';
    const line = byTask.get(key) ?? { title: entry.task?.title ?? null, hundredths: 0n };
    line.hundredths += parseScaled(entry.hours, HOURS_SCALE) ?? 0n;
    byTask.set(key, line);
  }
  return [...byTask.entries()]
    .sort(([keyA, a], [keyB, b]) =>
      a.title === null ? 1 : b.title === null ? -1 : a.title.localeCompare(b.title) || keyA.localeCompare(keyB),
    )
    .map(([, { title, hundredths }]) => {
      const quantityMilli = hundredths * 10n ** BigInt(QUANTITY_SCALE - HOURS_SCALE);
      return {
        description: `${projectName}: ${title ?? 'time not logged on a task'}`,
        quantity_milli: Number(quantityMilli),
        unit_price_minor: Number(hourlyMinor),
        amount_minor: Number(lineAmount(quantityMilli, hourlyMinor)),
      };
    });
}
