import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../__generated__/gql.ts';
import { fullAccessToken } from '../support/auth.ts';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the Client 360 page's browser tests: ${missing}`);

/** The client `npm start` prints the headline query for: the first ACTIVE client by name (cli/commands/start.ts). */
const HeadlineClients = graphql(`
  query WebClient360Headline {
    clients(first: 2, status: ACTIVE) {
      edges {
        node {
          id
          name
          version
          revenue(months: 12) {
            amount
          }
          invoices(first: 25) {
            totalCount
          }
          projects {
            id
          }
          accountManager {
            name
            version
          }
          renewal {
            risks
          }
        }
      }
    }
  }
`);

/** The text of the fact labelled `label` (value and source). */
function fact(page: Page, label: string) {
  return page.getByRole('group', { name: label, exact: true }).textContent();
}

describe.skipIf(missing !== null && !requireChromium)('Client 360 page (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let page: Page;
  let clients: { id: string; name: string }[];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    origin = new URL(stack.gatewayUrl).origin;
    const token = await fullAccessToken();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript((value) => sessionStorage.setItem('recordgraph.token', value), token);
    clients = (await stack.query(HeadlineClients)).data?.clients.edges.map((edge) => edge.node) ?? [];
  });
  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  it("shows the headline query's client from every system, each fact with its owner and version", async () => {
    const { data } = await stack.query(HeadlineClients);
    const client = data?.clients.edges[0]?.node;
    if (!client) throw new Error('no active client');
    // Found the way a person finds it: from the list.
    await page.goto(`${origin}/app/clients?q=${encodeURIComponent(client.name)}`);
    await page.getByRole('link', { name: client.name, exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe(client.name);
    expect(new URL(page.url()).pathname).toBe(`/app/clients/${client.id}`);

    await expect.poll(() => fact(page, 'Status')).toBe(`StatusActiveCRM · v${client.version}`);
    const revenue = Number(client.revenue?.amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(await fact(page, 'Revenue, 12 months')).toBe(`Revenue, 12 months$${revenue}Accounting · derived`);
    expect(await fact(page, 'Account manager')).toContain(client.accountManager?.name ?? '');
    expect(await fact(page, 'Account manager')).toContain(`HR · v${client.accountManager?.version ?? ''}`);
    expect(await fact(page, 'Delivery health')).toContain('Projects · derived');
    expect(await fact(page, 'On track to renew')).toContain('CRM · derived');
    // The renewal's risks, in the CRM's words.
    const risks = await page.getByRole('list', { name: 'Risks' }).getByRole('listitem').allTextContents();
    expect(risks).toEqual(client.renewal?.risks ?? []);

    // Revenue by month over 24 months: a chart, and the same numbers as a table.
    await expect.poll(() => page.locator('figure figcaption').textContent()).toMatch(/^Revenue by month, last 24 months/);
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.locator('figure table tbody tr').count()).toBe(24);

    // Every invoice and project names its owner and the version it was read at.
    const invoiceRows = page.getByRole('table', { name: 'Invoices' }).locator('tbody tr');
    expect(await invoiceRows.count()).toBe(Math.min(25, client.invoices?.totalCount ?? 0));
    for (const text of await invoiceRows.allTextContents()) expect(text).toMatch(/INV-\d{4}-\d{5}.*Accounting · v\d+/);
    const projectRows = page.getByRole('table', { name: 'Projects' }).locator('tbody tr');
    expect(await projectRows.count()).toBe(client.projects?.length);
    for (const text of await projectRows.allTextContents()) expect(text).toMatch(/Projects · v\d+/);
    for (const text of await page.getByRole('table', { name: 'Contracts' }).locator('tbody tr').allTextContents()) {
      expect(text).toMatch(/CRM · v\d+/);
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'client-360');
  });

  it('says no client has an unknown id', async () => {
    await page.goto(`${origin}/app/clients/cli_doesnotexist0000`);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('No client has the id cli_doesnotexist0000.');
  });

  // Last: it stops accounting for the rest of this file's stack.
  it(
    'accounting stopped mid-session: the page shows what CRM, HR and Projects have and says Accounting is unavailable',
    { timeout: 90_000 },
    async () => {
      const other = clients[1];
      if (!other) throw new Error('a second active client is needed');
      await page.goto(`${origin}/app/clients`);
      await expect.poll(() => page.locator('caption').textContent()).toMatch(/^\d+ clients$/);

      await stack.stopSubgraph('accounting');
      await page.getByRole('link', { name: other.name, exact: true }).first().click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe(other.name);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Accounting is unavailable: revenue, invoices and the renewal outlook are not shown.');
      expect(await fact(page, 'Status')).toMatch(/^StatusActiveCRM · v\d+$/);
      expect(await fact(page, 'Revenue, 12 months')).toBe('Revenue, 12 months—Accounting · derived');
      expect(await page.getByRole('table', { name: 'Projects' }).count()).toBe(1);
      expect(await page.getByRole('table', { name: 'Invoices' }).count()).toBe(0);
      expect(await page.getByText('Invoices cannot be shown while Accounting is unavailable.').count()).toBe(1);
      await screenshot(page, 'client-360-accounting-down');

      // A list not seen before says so too (one seen before may be answered from the gateway's cache), and still lists the CRM's clients.
      await page.getByRole('link', { name: '← Clients' }).click();
      await page.getByLabel('Sort by').selectOption({ label: 'Name, Z to A' });
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Accounting is unavailable: revenue and outstanding amounts are not shown, and renewals are not weighed.');
      await expect.poll(() => page.locator('table.clients tbody tr').count()).toBeGreaterThan(0);
    },
  );
});
