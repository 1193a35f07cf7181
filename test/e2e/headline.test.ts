import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../lib/dates.ts';
import { convertMinor, money } from '../../lib/money.ts';
import { CLIENT_OVERVIEW } from '../../lib/operations/index.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** The headline query of DESIGN.md, through the gateway over HTTP, against a seeded demo company. */

interface Overview {
  client: {
    id: string;
    name: string;
    status: string;
    accountManager: { id: string; name: string; email: string } | null;
    revenue: { amount: string; currencyCode: string } | null;
    outstanding: { amount: string; currencyCode: string } | null;
    invoices: { edges: { node: { id: string; number: string; status: string; dueDate: string | null } }[]; totalCount: number } | null;
    projects: { id: string; name: string; phase: string; health: string; lead: { name: string } | null }[] | null;
    renewal: { date: string | null; daysLeft: number | null; onTrack: boolean; risks: string[] } | null;
  } | null;
  clients: { edges: { node: { id: string; name: string; revenue: { amount: string } | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** What the demo plan says a client's numbers are, computed independently of the stores. */
function expected(clientId: string) {
  const plan = stack.plan;
  if (!plan) throw new Error('stack was not seeded');
  const since = addMonths(plan.today, -12);
  const invoices = plan.invoices.filter((invoice) => invoice.clientId === clientId);
  const revenue = invoices
    .filter((invoice) => (invoice.status === 'SENT' || invoice.status === 'PAID') && invoice.issueDate && invoice.issueDate > since)
    .reduce((sum, invoice) => sum + BigInt(invoice.reportingTotalMinor ?? 0), 0n);
  const outstanding = invoices
    .filter((invoice) => invoice.status === 'SENT')
    .reduce((sum, invoice) => {
      const total = invoice.lines.reduce((s, line) => s + BigInt(Math.round((line.quantityMilli * line.unitPriceMinor) / 1000)), 0n);
      const paid = invoice.payments.reduce((s, payment) => s + BigInt(payment.amountMinor), 0n);
      return sum + convertMinor(total - paid, invoice.currency, plan.reportingCurrency, invoice.exchangeRate ?? '1');
    }, 0n);
  return {
    revenue: money(revenue, plan.reportingCurrency),
    outstanding: money(outstanding, plan.reportingCurrency),
    invoiceCount: invoices.length,
    projectCount: plan.projects.filter((project) => project.clientId === clientId).length,
  };
}

describe('the headline query through the gateway', () => {
  it('answers for every client, with every domain’s facts and the right numbers', async () => {
    const plan = stack.plan;
    if (!plan) throw new Error('stack was not seeded');
    for (const planned of plan.clients) {
      const result = await stack.query<Overview>(CLIENT_OVERVIEW, { id: planned.id });
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
      if (planned.status === 'ACTIVE') {
        expect(client?.renewal?.onTrack).toBe(client?.renewal?.risks.length === 0);
      } else {
        expect(client?.renewal).toBeNull();
      }
    }
  });

  it('pages through every client with stable cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof stack.query<{ clients: Overview['clients'] }>>> = await stack.query(
        `query ($after: String) { clients(first: 25, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } totalCount } }`,
        { after },
      );
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
      const { data } = await stack.query<Overview>(CLIENT_OVERVIEW, { id: planned.id });
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
