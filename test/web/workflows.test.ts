import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { graphql } from '../__generated__/gql.ts';
import { tokenFor } from '../support/auth.ts';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { signIn } from './sign-in.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the workflows' browser tests: ${missing}`);

const InvoiceState = graphql(`
  query WorkflowTestInvoice($id: ID!) {
    invoice(id: $id) {
      version
      status
      balance {
        amount
        currencyCode
      }
      payments {
        id
        reference
      }
      client {
        id
        outstanding {
          amount
          currencyCode
        }
      }
    }
  }
`);

const ProjectState = graphql(`
  query WorkflowTestProject($id: ID!) {
    project(id: $id) {
      version
      health
      healthNote
      hoursLogged
      timeEntries(first: 1) {
        totalCount
      }
    }
  }
`);

const DealState = graphql(`
  query WorkflowTestDeal($id: ID!) {
    deal(id: $id) {
      version
      stage
    }
  }
`);

const PayDirectly = graphql(`
  mutation WorkflowTestPay($id: ID!) {
    recordPayment(invoiceId: $id, input: { amount: "1.00", reference: "someone else" }) {
      version
    }
  }
`);

/** `a - b` for decimal strings, exactly, at a's number of places. */
function minus(a: string, b: string): string {
  const places = a.split('.')[1]?.length ?? 0;
  const scaled = (value: string) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return BigInt(whole + fraction.padEnd(places, '0'));
  };
  const digits = (scaled(a) - scaled(b)).toString().padStart(places + 1, '0');
  return places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
}

const region = (page: Page, name: string) => page.getByRole('region', { name });

/** The rows of a Today list, once it has loaded some. */
async function rows(page: Page, list: string, attribute: string): Promise<Locator> {
  const found = region(page, list).locator(`tr[${attribute}]`);
  await found.first().waitFor({ timeout: 20_000 });
  return found;
}

/** The overdue invoice rows whose balance is in `currency`, by invoice id. */
async function overdueIn(page: Page, currency: string): Promise<string[]> {
  const found = await rows(page, 'Overdue invoices', 'data-invoice');
  return found.evaluateAll(
    (trs, code) =>
      trs
        .filter((tr) => tr.querySelector('[data-testid="balance"]')?.textContent.startsWith(`${code} `))
        .map((tr) => tr.getAttribute('data-invoice') ?? ''),
    currency,
  );
}

/** The first red project a person can log time on (one in a phase that takes time). */
async function projectTakingTime(page: Page): Promise<{ row: Locator; id: string }> {
  await rows(page, 'Red projects', 'data-project');
  const first = region(page, 'Red projects')
    .locator('tr[data-project]', { has: page.getByRole('button', { name: 'Log time' }) })
    .first();
  const id = (await first.getAttribute('data-project')) ?? '';
  // Anchored on the id: the list changes around it as projects change.
  return { row: page.locator(`tr[data-project="${id}"]`), id };
}

/** The message shown next to the input labelled `label`, inside `scope`. */
const fieldError = (scope: Locator, label: RegExp | string) =>
  scope.locator('.field', { has: scope.page().getByLabel(label) }).locator('.field-error');

describe.skipIf(missing !== null && !requireChromium)('workflows on Today (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let currency: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    origin = new URL(stack.gatewayUrl).origin;
    currency = stack.config.reportingCurrency;
  });
  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  async function invoice(id: string) {
    const state = (await stack.query(InvoiceState, { id })).data?.invoice;
    if (!state) throw new Error(`invoice ${id} not found`);
    return state;
  }

  async function project(id: string) {
    const state = (await stack.query(ProjectState, { id })).data?.project;
    if (!state) throw new Error(`project ${id} not found`);
    return state;
  }

  it('records a payment from Today: the balance shown and the client outstanding change, as accounting says', async () => {
    const { page } = await signIn(browser, origin, 'finance');
    const [id] = await overdueIn(page, currency);
    if (!id) throw new Error(`no overdue invoice in ${currency}`);
    const before = await invoice(id);
    const row = page.locator(`tr[data-invoice="${id}"]`);
    expect(await row.getByTestId('balance').textContent()).toBe(`${currency} ${before.balance.amount}`);

    await row.getByRole('button', { name: 'Record payment' }).click();
    expect(await row.getByLabel(/^Amount/).inputValue()).toBe(before.balance.amount);
    await row.getByLabel(/^Amount/).fill('25.00');
    await row.getByLabel('Reference').fill('wire 4711');
    await row.getByRole('button', { name: 'Record', exact: true }).click();

    const balance = minus(before.balance.amount, '25.00');
    await row
      .getByRole('status')
      .filter({ hasText: `Payment recorded; balance now ${currency} ${balance}` })
      .waitFor();
    await expect.poll(() => row.getByTestId('balance').textContent()).toBe(`${currency} ${balance}`);
    const after = await invoice(id);
    expect(after).toMatchObject({ version: before.version + 1, status: 'SENT', balance: { amount: balance } });
    expect(after.payments.map((payment) => payment.reference)).toEqual([
      ...before.payments.map((payment) => payment.reference),
      'wire 4711',
    ]);
    expect(after.client.outstanding?.amount).toBe(minus(before.client.outstanding?.amount ?? '', '25.00'));
    await screenshot(page, 'workflow-payment');
    await page.context().close();
  }, 120_000);

  it('shows the owner’s validation error next to its field and writes nothing: a payment above the balance, 0 hours', async () => {
    const { page } = await signIn(browser, origin, 'finance');
    const [id] = (await overdueIn(page, currency)).slice(-1);
    if (!id) throw new Error(`no overdue invoice in ${currency}`);
    const before = await invoice(id);
    const row = page.locator(`tr[data-invoice="${id}"]`);
    await row.getByRole('button', { name: 'Record payment' }).click();
    await row.getByLabel(/^Amount/).fill(minus(before.balance.amount, '-1'));
    await row.getByRole('button', { name: 'Record', exact: true }).click();
    await expect
      .poll(() => fieldError(row, /^Amount/).textContent(), { timeout: 20_000 })
      .toBe(`must be at most the balance, ${currency} ${before.balance.amount}`);
    expect(await row.getByLabel(/^Amount/).getAttribute('aria-invalid')).toBe('true');
    expect(await row.locator('.refusal').count()).toBe(0);
    expect(await invoice(id)).toEqual(before);

    const { row: projectRow, id: projectId } = await projectTakingTime(page);
    const projectBefore = await project(projectId);
    await projectRow.getByRole('button', { name: 'Log time' }).click();
    const employee = projectRow.getByLabel('Employee');
    await expect.poll(() => employee.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await employee.selectOption({ index: 1 });
    await projectRow.getByLabel('Hours').fill('0');
    await projectRow.getByRole('button', { name: 'Log', exact: true }).click();
    await expect
      .poll(() => fieldError(projectRow, 'Hours').textContent(), { timeout: 20_000 })
      .toBe('must be more than 0 and at most 24, in steps of 0.25');
    expect(await project(projectId)).toEqual(projectBefore);

    // A value the GraphQL layer refuses before the owner sees it (no date at all) lands by its field too.
    await projectRow.getByLabel('Hours').fill('1.5');
    await projectRow.getByLabel('Date').fill('');
    await projectRow.getByRole('button', { name: 'Log', exact: true }).click();
    await expect.poll(() => fieldError(projectRow, 'Date').textContent()).toMatch(/^Date must be an ISO-8601 date/);
    expect(await project(projectId)).toEqual(projectBefore);
    await screenshot(page, 'validation-error');
    await page.context().close();
  }, 120_000);

  it('logs time, sets a project’s health and moves a deal through their owners, at the version shown', async () => {
    const { page } = await signIn(browser, origin, 'lead');
    const { row: projectRow, id: projectId } = await projectTakingTime(page);
    const projectBefore = await project(projectId);

    await projectRow.getByRole('button', { name: 'Log time' }).click();
    const employee = projectRow.getByLabel('Employee');
    await expect.poll(() => employee.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await employee.selectOption({ index: 1 });
    await projectRow.getByLabel('Hours').fill('1.5');
    await projectRow.getByRole('button', { name: 'Log', exact: true }).click();
    await projectRow.getByRole('status').filter({ hasText: 'Logged 1.50 h' }).waitFor({ timeout: 20_000 });
    const logged = await project(projectId);
    expect(logged.timeEntries.totalCount).toBe(projectBefore.timeEntries.totalCount + 1);
    expect(Number(logged.hoursLogged)).toBeCloseTo(Number(projectBefore.hoursLogged) + 1.5, 2);

    await projectRow.getByRole('button', { name: 'Set health' }).click();
    await projectRow.getByLabel('Health', { exact: true }).selectOption('AMBER');
    await projectRow.getByLabel('Note', { exact: true }).fill('Scope agreed again');
    await projectRow.getByRole('button', { name: 'Save' }).click();
    // No longer red: it leaves the list once Projects answers again.
    await expect.poll(() => page.locator(`tr[data-project="${projectId}"]`).count(), { timeout: 20_000 }).toBe(0);
    expect(await project(projectId)).toMatchObject({ health: 'AMBER', healthNote: 'Scope agreed again', version: logged.version + 1 });

    const dealRow = (await rows(page, 'Proposals waiting for an answer', 'data-deal')).first();
    const dealId = (await dealRow.getAttribute('data-deal')) ?? '';
    const dealBefore = (await stack.query(DealState, { id: dealId })).data?.deal;
    await dealRow.getByRole('button', { name: 'Move deal' }).click();
    await dealRow.getByLabel(/^Move from PROPOSAL to/).selectOption('WON');
    await dealRow.getByRole('button', { name: 'Move', exact: true }).click();
    await region(page, 'Deals won this month').locator(`tr[data-deal="${dealId}"]`).waitFor({ timeout: 20_000 });
    expect((await stack.query(DealState, { id: dealId })).data?.deal).toEqual({ stage: 'WON', version: (dealBefore?.version ?? 0) + 1 });
    await page.context().close();
  }, 120_000);

  it('a token without the write scopes sees every list and no button to change anything', async () => {
    const { page } = await signIn(browser, origin, 'viewer', ['read']);
    await rows(page, 'Overdue invoices', 'data-invoice');
    await rows(page, 'Red projects', 'data-project');
    await rows(page, 'Proposals waiting for an answer', 'data-deal');
    for (const name of ['Record payment', 'Set health', 'Log time', 'Move deal']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
  }, 120_000);

  it('says FORBIDDEN plainly when the scope is gone by the time the write arrives, and writes nothing', async () => {
    const { page } = await signIn(browser, origin, 'finance');
    const [id] = await overdueIn(page, currency);
    if (!id) throw new Error(`no overdue invoice in ${currency}`);
    const before = await invoice(id);
    // The page was opened with accounting:write; from now on the token it presents has only read,
    // as when the identity provider takes a scope away while the page stays open.
    const readOnly = await tokenFor(['read'], { subject: 'finance', auth: stack.config.auth });
    await page.route('**/graphql', (route) => {
      // The app sends its operations by id (persisted documents): the payment is known by its name.
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      const payment = body?.operationName === 'WorkflowRecordPayment';
      return route.continue(payment ? { headers: { ...route.request().headers(), authorization: `Bearer ${readOnly}` } } : {});
    });
    const row = page.locator(`tr[data-invoice="${id}"]`);
    await row.getByRole('button', { name: 'Record payment' }).click();
    await row.getByLabel(/^Amount/).fill('1.00');
    await row.getByRole('button', { name: 'Record', exact: true }).click();
    const refusal = row.locator('.refusal[data-code="FORBIDDEN"]');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toMatch(/^FORBIDDEN Your sign-in may not do this\. .*needs the accounting:write scope/);
    expect(await invoice(id)).toEqual(before);
    await page.context().close();
  }, 120_000);

  it('says CONFLICT plainly when someone else wrote first, shows the new version, and the next try goes through', async () => {
    const { page } = await signIn(browser, origin, 'finance');
    const [id] = await overdueIn(page, currency);
    if (!id) throw new Error(`no overdue invoice in ${currency}`);
    const row = page.locator(`tr[data-invoice="${id}"]`);
    await row.getByRole('button', { name: 'Record payment' }).click();
    await row.getByLabel(/^Amount/).fill('2.00');
    // Someone else pays while this form is on its way: the form's version is stale when it lands.
    let raced = false;
    await page.route('**/graphql', async (route) => {
      if (!raced && route.request().postData()?.includes('WorkflowRecordPayment')) {
        raced = true;
        expect((await stack.query(PayDirectly, { id })).errors).toBeUndefined();
      }
      return route.continue();
    });
    const before = await invoice(id);
    await row.getByRole('button', { name: 'Record', exact: true }).click();
    const refusal = row.locator('.refusal[data-code="CONFLICT"]');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toMatch(/^CONFLICT Someone changed this since it was loaded/);
    const raceWinner = await invoice(id);
    expect(raceWinner.version).toBe(before.version + 1);
    await expect.poll(() => row.getByTestId('balance').textContent()).toBe(`${currency} ${raceWinner.balance.amount}`);

    await row.getByRole('button', { name: 'Record', exact: true }).click();
    const balance = minus(raceWinner.balance.amount, '2.00');
    await expect.poll(() => row.getByTestId('balance').textContent(), { timeout: 20_000 }).toBe(`${currency} ${balance}`);
    expect(await invoice(id)).toMatchObject({ version: raceWinner.version + 1, balance: { amount: balance } });
    await page.context().close();
  }, 120_000);
});
