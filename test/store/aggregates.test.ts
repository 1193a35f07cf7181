import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { createDemoPlan } from '../../lib/demo/plan.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import { openInvoicesByClient, revenueByClient } from '../../subgraphs/accounting/store/aggregates.ts';
import { insertInvoice, invoicePagesByClient, listInvoices } from '../../subgraphs/accounting/store/invoices.ts';
import { paidMinor } from '../../subgraphs/accounting/store/payments.ts';
import type { AccountingDatabase } from '../../subgraphs/accounting/store/schema.ts';
import { sumRevenue } from '../../subgraphs/accounting/reporting.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import type { ProjectsDatabase } from '../../subgraphs/projects/store/schema.ts';
import {
  hundredthsByEmployeeSince,
  timeEntryPagesByProjectIds,
  timeTotalsByProjectIds,
} from '../../subgraphs/projects/store/timeEntries.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';
import { TEST_STORE } from '../support/stores.ts';

/**
 * What the stores hand back has one shape on both dialects: counts are numbers (PostgreSQL's
 * bigint count is parsed as one), bigint columns are numbers, and sums, which PostgreSQL returns
 * as numeric strings, become exact bigints through toMinor, beyond 2^31 and 2^32 too.
 */

const plan = createDemoPlan({ seed: 11, size: { clients: 12, employees: 8, invoices: 200, projects: 20 }, reportingCurrency: 'USD' });

let accounting: TestSubgraph;
let projects: TestSubgraph;
let accountingDb: Database<AccountingDatabase>;
let projectsDb: Database<ProjectsDatabase>;

beforeAll(async () => {
  [accounting, projects] = await Promise.all([openTestSubgraph(accountingSubgraph), openTestSubgraph(projectsSubgraph)]);
  await Promise.all([accounting.subgraph.seed(plan), projects.subgraph.seed(plan)]);
  // A second handle on the same stores, to call the store functions the resolvers use.
  [accountingDb, projectsDb] = await Promise.all([
    openDatabase<AccountingDatabase>({ url: accounting.databaseUrl, migrations: accountingSubgraph.migrations }),
    openDatabase<ProjectsDatabase>({ url: projects.databaseUrl, migrations: projectsSubgraph.migrations }),
  ]);
  return async () => {
    await Promise.all([accountingDb.close(), projectsDb.close()]);
    await Promise.all([accounting.close(), projects.close()]);
  };
});

describe(`values from the ${TEST_STORE} store`, () => {
  it('counts and bigint columns are numbers', async () => {
    const { totalCount, rows } = await listInvoices(accountingDb.db, { first: 3, after: null }, {});
    expect(totalCount).toBe(200);
    expect(typeof rows[0]?.total_minor).toBe('number');
    expect(typeof rows[0]?.version).toBe('number');
    const pages = await invoicePagesByClient(
      accountingDb.db,
      plan.clients.map((client) => client.id),
      { first: 2, after: null },
      null,
    );
    const counted = [...pages.values()].map((page) => page.totalCount);
    expect(counted.every((count) => typeof count === 'number')).toBe(true);
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(200);
    const totals = await timeTotalsByProjectIds(
      projectsDb.db,
      plan.projects.map((project) => project.id),
    );
    for (const total of totals.values()) expect(typeof total.entries).toBe('number');
    const entries = await timeEntryPagesByProjectIds(
      projectsDb.db,
      plan.projects.map((project) => project.id),
      { first: 2, after: null },
    );
    expect(entries.every((entry) => typeof entry.hundredths === 'number' && typeof entry.billable === 'number')).toBe(true);
  });

  it('sums are exact bigints, past 32 bits', async () => {
    const [client] = plan.clients;
    if (!client) throw new Error('no client in the plan');
    const huge = 900_000_000_000_00; // 900 billion dollars in cents, far past 2^32
    for (let i = 0; i < 3; i++) {
      await insertInvoice(
        accountingDb.db,
        {
          id: `inv_huge${String(i).padStart(12, '0')}`,
          client_id: client.id,
          number: `INV-HUGE-${i}`,
          currency: 'USD',
          status: 'SENT',
          total_minor: huge,
          issue_date: today(),
          due_date: addDays(today(), 30),
          exchange_rate: '1',
          reporting_currency: 'USD',
          reporting_total_minor: huge,
          void_reason: null,
        },
        [{ description: 'Everything', quantity_milli: 1000, unit_price_minor: huge, amount_minor: huge }],
      );
    }
    const since = addDays(today(), -365);
    const rows = await revenueByClient(accountingDb.db, [client.id], since, today());
    const expected = plan.invoices
      .filter((invoice) => invoice.clientId === client.id && (invoice.status === 'SENT' || invoice.status === 'PAID'))
      .filter((invoice) => invoice.issueDate !== null && invoice.issueDate > since && invoice.issueDate <= today())
      .reduce((sum, invoice) => sum + BigInt(invoice.reportingTotalMinor ?? 0), 3n * BigInt(huge));
    expect(sumRevenue(rows, 'USD').get(client.id)).toBe(expected);

    const open = await openInvoicesByClient(accountingDb.db, [client.id]);
    expect(open.filter((row) => row.id.startsWith('inv_huge')).map((row) => row.total_minor)).toEqual([huge, huge, huge]);
    expect(await paidMinor(accountingDb.db, 'inv_huge000000000000')).toBe(0n);
    const paidInvoice = plan.invoices.find((invoice) => invoice.payments.length > 0);
    if (paidInvoice) {
      const paid = paidInvoice.payments.reduce((sum, payment) => sum + BigInt(payment.amountMinor), 0n);
      expect(await paidMinor(accountingDb.db, paidInvoice.id)).toBe(paid);
    }
  });

  it('hours add up exactly per employee and per project', async () => {
    const since = '1970-01-01';
    const byEmployee = await hundredthsByEmployeeSince(
      projectsDb.db,
      plan.employees.map((employee) => employee.id),
      since,
    );
    const byProject = await timeTotalsByProjectIds(
      projectsDb.db,
      plan.projects.map((project) => project.id),
    );
    const entries = plan.projects.flatMap((project) => project.timeEntries);
    const logged = entries.reduce((sum, entry) => sum + BigInt(entry.hundredths), 0n);
    expect([...byEmployee.values()].reduce((sum, hundredths) => sum + hundredths, 0n)).toBe(logged);
    expect([...byProject.values()].reduce((sum, total) => sum + total.hundredths, 0n)).toBe(logged);
    expect([...byProject.values()].reduce((sum, total) => sum + total.entries, 0)).toBe(entries.length);
  });
});
