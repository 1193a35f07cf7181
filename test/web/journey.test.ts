import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphql } from '../__generated__/gql.ts';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { signIn } from './sign-in.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the web app's journey test: ${missing}`);

/** A client with an issued invoice that still has a balance: somewhere a payment can be recorded. */
const ClientWithBalance = graphql(`
  query WebJourneyClientWithBalance {
    invoices(first: 1, status: SENT) {
      edges {
        node {
          id
          number
          client {
            id
            name
          }
        }
      }
    }
  }
`);

const Outstanding = graphql(`
  query WebJourneyOutstanding($id: ID!) {
    client(id: $id) {
      outstanding {
        amount
      }
    }
  }
`);

/**
 * Issue 13's "done when", as a person does it: find the client from the list, see its numbers with
 * their owners, record a payment on its page, and watch the outstanding amount change in a second
 * window that nobody reloads.
 */
describe.skipIf(missing !== null && !requireChromium)('a person records a payment and a second window follows (Chromium)', () => {
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

  it('finds the client, records a payment, and the other window shows the new outstanding amount without a reload', async () => {
    const invoice = (await stack.query(ClientWithBalance)).data?.invoices.edges[0]?.node;
    if (!invoice) throw new Error('the demo company has no SENT invoice');
    const { client } = invoice;

    // The watcher opens the client's page and leaves it open.
    const watcher = await signIn(browser, origin, 'finance-lead');
    await watcher.page.goto(`${origin}/app/clients/${client.id}`);
    await watcher.subscribed;
    const outstanding = watcher.page.getByRole('group', { name: 'Outstanding', exact: true });
    await expect.poll(() => outstanding.textContent(), { timeout: 20_000 }).toContain('Accounting');
    const before = await outstanding.textContent();
    await watcher.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // The account manager finds the client from the list and records 1.00 against the invoice.
    const manager = await signIn(browser, origin, 'account-manager');
    await manager.page.goto(`${origin}/app/clients?q=${encodeURIComponent(client.name)}`);
    await manager.page.getByRole('link', { name: client.name, exact: true }).first().click();
    await expect.poll(() => manager.page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe(client.name);
    const row = manager.page.getByRole('table', { name: 'Invoices' }).locator('tbody tr', { hasText: invoice.number });
    await row.getByRole('button', { name: 'Record payment' }).click();
    await row.getByLabel(/^Amount/).fill('1.00');
    await row.getByRole('button', { name: 'Record', exact: true }).click();
    await row.getByRole('status').filter({ hasText: 'Payment recorded' }).waitFor();

    // The owner's new figure reaches the untouched window through the subscription.
    const after = (await stack.query(Outstanding, { id: client.id })).data?.client?.outstanding?.amount;
    if (!after) throw new Error('no outstanding amount after the payment');
    await expect.poll(() => outstanding.textContent(), { timeout: 30_000 }).not.toBe(before);
    expect(await outstanding.textContent()).toContain(Number(after).toLocaleString('en-US', { minimumFractionDigits: 2 }));
    expect(await watcher.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await screenshot(watcher.page, 'client-360-live-outstanding');
    await Promise.all([watcher.page.context().close(), manager.page.context().close()]);
  }, 120_000);
});
