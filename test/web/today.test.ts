import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../__generated__/gql.ts';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { signIn } from './sign-in.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the Today page's browser tests: ${missing}`);

const InvoiceBalance = graphql(`
  query TodayTestInvoiceBalance($id: ID!) {
    invoice(id: $id) {
      version
      balance {
        amount
        currencyCode
      }
    }
  }
`);

/** The region of one list on Today, by its heading. */
const region = (page: Page, name: string) => page.getByRole('region', { name });

/** The ids the rows of a list carry (`data-invoice`, `data-project`, `data-deal`). */
async function rowIds(page: Page, list: string, attribute: string): Promise<string[]> {
  return region(page, list)
    .locator(`tr[${attribute}]`)
    .evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name) ?? ''), attribute);
}

/** Every client link in a list points at that client's page under /app/clients/. */
async function clientLinks(page: Page, list: string): Promise<string[]> {
  return region(page, list)
    .locator('tbody a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe.skipIf(missing !== null && !requireChromium)('Today (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    origin = new URL(stack.gatewayUrl).origin;
  });
  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  it('lists renewals at risk, overdue invoices, red projects and deals won this month, each row linking to its client', async () => {
    const { page } = await signIn(browser, origin, 'alex');
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/?$/);
    for (const list of ['Renewals at risk', 'Overdue invoices', 'Red projects', 'Deals won this month']) {
      await expect.poll(() => clientLinks(page, list), { timeout: 20_000 }).not.toEqual([]);
      for (const path of await clientLinks(page, list)) expect(path).toMatch(/^\/app\/clients\/cli_[0-9a-z]+$/);
    }
    // The lists are the owners' answers: the overdue invoices are accounting's, in its order.
    const overdue = await stack.query(
      graphql(`
        query TodayTestOverdue {
          invoices(overdue: true, first: 25) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    expect(await rowIds(page, 'Overdue invoices', 'data-invoice')).toEqual(overdue.data?.invoices.edges.map((edge) => edge.node.id));
    await expect
      .poll(() => region(page, 'Renewals at risk').locator('tbody tr').first().textContent())
      .toMatch(/overdue|Contract|Delivery/);
    await page.getByRole('link', { name: 'Today' }).waitFor();
    await screenshot(page, 'today');
    await page.context().close();
  }, 120_000);

  it('changes without a reload when another session records a payment', async () => {
    const alex = await signIn(browser, origin, 'alex');
    const [invoiceId] = await (async () => {
      await expect.poll(() => rowIds(alex.page, 'Overdue invoices', 'data-invoice'), { timeout: 20_000 }).not.toEqual([]);
      return rowIds(alex.page, 'Overdue invoices', 'data-invoice');
    })();
    if (!invoiceId) throw new Error('no overdue invoice on Today');
    await alex.subscribed;
    await alex.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const before = (await stack.query(InvoiceBalance, { id: invoiceId })).data?.invoice;
    if (!before) throw new Error(`invoice ${invoiceId} not found`);
    const balanceCell = alex.page.locator(`tr[data-invoice="${invoiceId}"]`).getByTestId('balance');
    expect(await balanceCell.textContent()).toBe(`${before.balance.currencyCode} ${before.balance.amount}`);

    // Another person, in another browser session, records a payment of 1.00 on the same invoice.
    const sam = await signIn(browser, origin, 'sam');
    const row = sam.page.locator(`tr[data-invoice="${invoiceId}"]`);
    await row.getByRole('button', { name: 'Record payment' }).click();
    await row.getByLabel(/^Amount/).fill('1.00');
    await row.getByRole('button', { name: 'Record', exact: true }).click();
    await row.getByRole('status').filter({ hasText: 'Payment recorded' }).waitFor();

    const after = (await stack.query(InvoiceBalance, { id: invoiceId })).data?.invoice;
    expect(after?.version).toBe(before.version + 1);
    await expect.poll(() => balanceCell.textContent(), { timeout: 20_000 }).toBe(`${after?.balance.currencyCode} ${after?.balance.amount}`);
    expect(await alex.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await screenshot(alex.page, 'live-update');
    await Promise.all([alex.page.context().close(), sam.page.context().close()]);
  }, 120_000);
});

describe.skipIf(missing !== null && !requireChromium)('Today with a domain down (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // The gateway's entity cache would go on answering the projects lists it has already seen
    // (nothing changed them): without it, the page asks Projects again and learns it is down.
    [stack, browser] = await Promise.all([startStack({ env: { ENTITY_CACHE: 'off' } }), launchChromium()]);
    origin = new URL(stack.gatewayUrl).origin;
  });
  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  it('shows what the other domains have and says Projects is unavailable when it stops mid-session', async () => {
    const { page } = await signIn(browser, origin, 'alex');
    await expect.poll(() => rowIds(page, 'Red projects', 'data-project'), { timeout: 20_000 }).not.toEqual([]);
    await stack.stopSubgraph('projects');
    await page.reload();

    await expect
      .poll(() => region(page, 'Red projects').getByRole('alert').textContent(), { timeout: 20_000 })
      .toBe('Projects is unavailable: red projects cannot be shown right now.');
    await expect
      .poll(() => region(page, 'Renewals at risk').getByRole('alert').textContent())
      .toBe('Projects is unavailable: renewal outlooks cannot be shown right now.');
    await expect.poll(() => rowIds(page, 'Overdue invoices', 'data-invoice')).not.toEqual([]);
    await expect.poll(() => rowIds(page, 'Deals won this month', 'data-deal')).not.toEqual([]);
    expect(await rowIds(page, 'Red projects', 'data-project')).toEqual([]);
    expect(await page.getByTestId('session').textContent()).toBe('Signed in as alex');
    await screenshot(page, 'today-projects-down');
  }, 120_000);
});
