import type { ResultOf } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../lib/dates.ts';
import { convertMinor, divideRounded, money } from '../../lib/money.ts';
import { graphql } from '../__generated__/gql.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/** The headline query of DESIGN.md, through the gateway over HTTP, against a seeded demo company. */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  return () => stack.stop();
});

/**
 * What the demo plan says a client's numbers are, worked out from the plan's lines, payments,
 * rates, contracts and projects, without the stores or the plan's own totals.
 */
function expected(clientId: string) {
  const plan = stack.plan;
  if (!plan) throw new Error('stack was not seeded');
  const since = addMonths(plan.today, -12);
  const invoices = plan.invoices.filter((invoice) => invoice.clientId === clientId);
  const inReporting = (invoice: (typeof invoices)[number], minor: bigint) =>
    convertMinor(minor, invoice.currency, plan.reportingCurrency, invoice.exchangeRate ?? '1');
  const total = (invoice: (typeof invoices)[number]) =>
    invoice.lines.reduce((sum, line) => sum + divideRounded(BigInt(line.quantityMilli * line.unitPriceMinor), 1000n), 0n);
  const balance = (invoice: (typeof invoices)[number]) =>
    total(invoice) - invoice.payments.reduce((sum, payment) => sum + BigInt(payment.amountMinor), 0n);
  const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

  const revenue = sum(
    invoices
      .filter((i) => (i.status === 'SENT' || i.status === 'PAID') && i.issueDate && i.issueDate > since && i.issueDate <= plan.today)
      .map((i) => inReporting(i, total(i))),
  );
  const open = invoices.filter((i) => i.status === 'SENT');
  const outstanding = sum(open.map((i) => inReporting(i, balance(i))));
  const overdue = sum(open.filter((i) => (i.dueDate ?? '') < plan.today).map((i) => inReporting(i, balance(i))));

  const projects = plan.projects.filter((project) => project.clientId === clientId);
  const health = projects.filter((p) => p.phase !== 'CLOSED').map((p) => p.health);
  const worst = health.includes('RED') ? 'RED' : health.includes('AMBER') ? 'AMBER' : null;
  const contract = plan.contracts.find((c) => c.clientId === clientId && c.status === 'ACTIVE');
  const daysLeft = contract ? daysBetween(plan.today, contract.endDate) : null;
  const risks = [
    ...(contract && daysLeft !== null && daysLeft < 0 ? [`Contract ended ${-daysLeft} days ago and has not been renewed`] : []),
    ...(contract && daysLeft !== null && daysLeft >= 0 && daysLeft <= 90 && !contract.autoRenew
      ? [`Contract ends in ${daysLeft} days and does not renew automatically`]
      : []),
    ...(!contract ? ['No active contract'] : []),
    ...(overdue > 0n ? [`${plan.reportingCurrency} ${money(overdue, plan.reportingCurrency).amount} overdue`] : []),
    ...(worst ? [`Delivery health is ${worst}`] : []),
  ];
  return {
    revenue: money(revenue, plan.reportingCurrency),
    outstanding: money(outstanding, plan.reportingCurrency),
    invoiceCount: invoices.length,
    projectCount: projects.length,
    renewal: { date: contract?.endDate ?? null, daysLeft, onTrack: risks.length === 0, risks },
  };
}

const ClientPage = graphql(`
  query ClientPage($after: String) {
    clients(first: 25, after: $after) {
      edges {
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

describe('the headline query through the gateway', () => {
  it('answers for every client, with every domain’s facts and the right numbers', async () => {
    const plan = stack.plan;
    if (!plan) throw new Error('stack was not seeded');
    for (const planned of plan.clients) {
      const result = await stack.query(ClientOverviewDocument, { id: planned.id });
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      const client = result.data?.client;
      const want = expected(planned.id);
      expect(client).toMatchObject({ id: planned.id, name: planned.name, status: planned.status });
      expect(client?.revenue).toEqual(want.revenue);
      expect(client?.outstanding).toEqual(want.outstanding);
      expect(client?.invoices?.totalCount).toBe(want.invoiceCount);
      expect(client?.invoices?.edges.length).toBe(Math.min(5, want.invoiceCount));
      expect(client?.projects?.length).toBe(want.projectCount);
      if (planned.accountManagerId) {
        const manager = plan.employees.find((employee) => employee.id === planned.accountManagerId);
        expect(client?.accountManager).toEqual({ id: manager?.id, name: manager?.name, email: manager?.email });
      }
      expect(client?.renewal).toEqual(planned.status === 'ACTIVE' ? want.renewal : null);
    }
  });

  it('pages through every client with stable cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      // Annotated: the loop feeds `after` back in, which TypeScript cannot infer through.
      const page: GraphQLResult<ResultOf<typeof ClientPage>> = await stack.query(ClientPage, { after });
      const clients = page.data?.clients;
      expect(clients?.totalCount).toBe(stack.plan?.clients.length);
      seen.push(...(clients?.edges.map((edge) => edge.node.id) ?? []));
      if (!clients?.pageInfo.hasNextPage) break;
      after = clients.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(stack.plan?.clients.length ?? -1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shows a plausible company: some clients overdue, some renewals at risk, some projects red', async () => {
    const risks = new Set<string>();
    let offTrack = 0;
    let red = 0;
    for (const planned of stack.plan?.clients.filter((client) => client.status === 'ACTIVE') ?? []) {
      const { data } = await stack.query(ClientOverviewDocument, { id: planned.id });
      const renewal = data?.client?.renewal;
      if (renewal && !renewal.onTrack) offTrack += 1;
      for (const risk of renewal?.risks ?? []) risks.add(risk.replace(/[\d.,]+/g, 'N'));
      red += data?.client?.projects?.filter((project) => project.health === 'RED' && project.phase !== 'CLOSED').length ?? 0;
    }
    expect(offTrack).toBeGreaterThan(0);
    expect(red).toBeGreaterThan(0);
    expect([...risks].some((risk) => risk.endsWith('overdue'))).toBe(true);
  });

  it('serves Apollo Sandbox to a browser at the same URL', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });
});
