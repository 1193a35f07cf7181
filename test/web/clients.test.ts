import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../__generated__/gql.ts';
import { tokenFor } from '../support/auth.ts';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the Clients page's browser tests: ${missing}`);

/** The page's size (web/app/src/pages/Clients.tsx PAGE_SIZE). */
const PAGE_SIZE = 20;

const NamesByName = graphql(`
  query WebClientsNames($orderBy: ClientOrder, $search: String, $status: ClientStatus) {
    clients(first: 500, orderBy: $orderBy, search: $search, status: $status) {
      edges {
        node {
          name
        }
      }
      totalCount
    }
  }
`);

const NamesByRevenue = graphql(`
  query WebClientsByRevenue {
    clientsByRevenue(first: 500) {
      edges {
        node {
          name
        }
      }
      totalCount
    }
  }
`);

interface Row {
  name: string;
  status: string;
  revenue: number;
}

/** The list's rows as a person reads them, in one snapshot. */
function rowsOf(page: Page): Promise<Row[]> {
  return page.locator('table.clients tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.children].map((cell) => cell.textContent.trim());
      return { name: cells[0] ?? '', status: cells[1] ?? '', revenue: Number((cells[2] ?? '').replace(/[^0-9.-]/g, '')) };
    }),
  );
}

const namesOf = async (page: Page) => (await rowsOf(page)).map((row) => row.name);

/** Waits for the list to show the rows `expected` names, in that order. */
async function expectNames(page: Page, expected: string[]) {
  await expect.poll(() => namesOf(page), { timeout: 15_000 }).toEqual(expected);
}

describe.skipIf(missing !== null && !requireChromium)('Clients page (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    origin = new URL(stack.gatewayUrl).origin;
    // Signed in as a reader: the token is in the tab's session, as the sign-in page leaves it.
    const token = await tokenFor(['read'], { subject: 'reader' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript((value) => sessionStorage.setItem('recordgraph.token', value), token);
  });
  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  async function expected<T>(result: Promise<{ data?: T | null }>): Promise<T> {
    const { data } = await result;
    if (!data) throw new Error('the API answered no data');
    return data;
  }

  it('pages through every client by name, forward and back, with the page in the URL', async () => {
    const all = (await expected(stack.query(NamesByName, {}))).clients;
    const names = all.edges.map((edge) => edge.node.name);
    expect(all.totalCount).toBeGreaterThan(2 * PAGE_SIZE);
    await page.goto(`${origin}/app/clients`);
    await expect.poll(() => page.locator('caption').textContent()).toBe(`${all.totalCount} clients`);
    await expectNames(page, names.slice(0, PAGE_SIZE));
    await screenshot(page, 'clients');

    const pager = page.getByRole('navigation', { name: 'Pages' });
    const pages = Math.ceil(all.totalCount / PAGE_SIZE);
    for (let number = 2; number <= pages; number++) {
      await pager.getByRole('button', { name: 'Next page' }).click();
      await expectNames(page, names.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE));
      await expect.poll(() => pager.textContent()).toContain(`Page ${number} of ${pages}`);
    }
    expect(await pager.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();

    await pager.getByRole('button', { name: 'Previous page' }).click();
    await expectNames(page, names.slice((pages - 2) * PAGE_SIZE, (pages - 1) * PAGE_SIZE));
    // The URL is the state: a reload shows the same page, and still knows the way back.
    await page.reload();
    await expectNames(page, names.slice((pages - 2) * PAGE_SIZE, (pages - 1) * PAGE_SIZE));
    await pager.getByRole('button', { name: 'Previous page' }).click();
    await expectNames(page, names.slice((pages - 3) * PAGE_SIZE, (pages - 2) * PAGE_SIZE));
  });

  it('sorts by name descending and by revenue, highest first, across pages', async () => {
    await page.goto(`${origin}/app/clients`);
    const descending = (await expected(stack.query(NamesByName, { orderBy: 'NAME_DESC' }))).clients.edges.map((edge) => edge.node.name);
    await page.getByLabel('Sort by').selectOption({ label: 'Name, Z to A' });
    await expectNames(page, descending.slice(0, PAGE_SIZE));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name-desc');

    const ranking = (await expected(stack.query(NamesByRevenue))).clientsByRevenue;
    const ranked = ranking.edges.map((edge) => edge.node.name);
    await page.getByLabel('Sort by').selectOption({ label: 'Revenue, highest first' });
    await expectNames(page, ranked.slice(0, PAGE_SIZE));
    await expect
      .poll(() => page.locator('caption').textContent())
      .toBe(`${ranking.totalCount} clients with revenue in the last 12 months, highest first`);
    const first = await rowsOf(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expectNames(page, ranked.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    const revenues = [...first, ...(await rowsOf(page))].map((row) => row.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    expect(revenues.every((revenue) => revenue > 0)).toBe(true);
    // Name search and status are the CRM's: they wait for the name order.
    expect(await page.getByLabel('Search by name').isDisabled()).toBe(true);
  });

  it('filters by name and status on the server, with the filters in the URL', async () => {
    await page.goto(`${origin}/app/clients`);
    const everyone = (await expected(stack.query(NamesByName, {}))).clients.edges.map((edge) => edge.node.name);
    // The commonest last word of the names (Partners, Systems, …), typed in lower case.
    const counts = new Map<string, number>();
    for (const name of everyone) {
      const last = name.split(' ').at(-1) ?? name;
      counts.set(last, (counts.get(last) ?? 0) + 1);
    }
    const word = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const matching = (await expected(stack.query(NamesByName, { search: word }))).clients;
    expect(matching.totalCount).toBeGreaterThan(1);

    await page.getByLabel('Search by name').fill(word.toLowerCase());
    await page.getByLabel('Search by name').press('Enter');
    await expectNames(page, matching.edges.map((edge) => edge.node.name).slice(0, PAGE_SIZE));
    await expect.poll(() => page.locator('caption').textContent()).toContain(`${matching.totalCount} clients`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word.toLowerCase());

    const active = (await expected(stack.query(NamesByName, { search: word, status: 'ACTIVE' }))).clients;
    await page.getByLabel('Status').selectOption('ACTIVE');
    await expectNames(page, active.edges.map((edge) => edge.node.name).slice(0, PAGE_SIZE));
    const rows = await rowsOf(page);
    expect(rows.every((row) => row.status === 'Active' && row.name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: word.toLowerCase(), status: 'ACTIVE' });

    // A link with the filters opens the same list.
    await page.goto(`${origin}/app/clients?q=${encodeURIComponent(word.toLowerCase())}&status=ACTIVE`);
    await expectNames(page, active.edges.map((edge) => edge.node.name).slice(0, PAGE_SIZE));
    expect(await page.getByLabel('Search by name').inputValue()).toBe(word.toLowerCase());

    await page.getByLabel('Search by name').fill('no client is called this');
    await page.getByLabel('Search by name').press('Enter');
    await expect.poll(() => page.locator('caption').textContent()).toMatch(/^0 clients/);
  });
});
