import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping GraphiQL's browser tests: ${missing}`);

/**
 * GraphiQL at /graphiql, bundled (no CDN): it opens on the headline query with a demo token in
 * its headers editor, and the query runs with that token (anonymous reads are off here, so the
 * answer proves the token was sent). Subscriptions reach the gateway over graphql-ws.
 */
describe.skipIf(missing !== null && !requireChromium)('GraphiQL (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ env: { ANONYMOUS_READS: 'false' } }), launchChromium()]);
    origin = new URL(stack.gatewayUrl).origin;
  });
  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  /** A page that records every request to another origin and everything the browser refused. */
  async function openGraphiQL(): Promise<{ page: Page; elsewhere: string[]; refused: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const elsewhere: string[] = [];
    const refused: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith(origin.replace(/^http/, 'ws')) && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    page.on('pageerror', (error) => refused.push(error.message));
    await page.goto(`${origin}/graphiql`);
    return { page, elsewhere, refused };
  }

  it('opens on the headline query with the demo token, runs it and shows the data, loading nothing from elsewhere', async () => {
    const { page, elsewhere, refused } = await openGraphiQL();
    const client = await firstActiveClient();
    await expect
      .poll(() => editorText(page.locator('.graphiql-query-editor .view-lines')), { timeout: 20_000 })
      .toContain('query ClientOverview');
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect
      .poll(() => editorText(page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines')))
      .toContain('Bearer ey');
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const response = page.locator('.result-window .view-lines');
    await expect.poll(() => editorText(response), { timeout: 20_000 }).toContain(client.name);
    expect(await editorText(response)).not.toContain('UNAUTHENTICATED');
    await screenshot(page, 'graphiql');
    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  }, 90_000);

  it('runs a subscription over graphql-ws and shows the change another caller makes', async () => {
    const { page, refused } = await openGraphiQL();
    await expect.poll(() => editorText(page.locator('.graphiql-query-editor .view-lines')), { timeout: 20_000 }).toContain('query');
    // Replace the operation: Monaco takes typed text as a paste when it arrives in one input.
    await page.locator('.graphiql-query-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('subscription Changes { entityChanged(types: ["Client.*"]) { type entityId } }');
    // GraphiQL reads the operation's name from the editor a moment later (its tab takes the name):
    // run before that and it sends the old name, which names no operation of the new document.
    await expect.poll(() => page.locator('#graphiql-session-tab-0').getAttribute('title'), { timeout: 20_000 }).toBe('Changes');
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const client = await firstActiveClient();
    // The subscription is live once the gateway has it; until then a change could pass unseen, so keep changing.
    const response = page.locator('.result-window .view-lines');
    await expect
      .poll(
        async () => {
          await renameClient(client.id, `${client.name} (renamed ${Date.now()})`);
          return editorText(response);
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toContain(client.id);
    expect(await editorText(response)).toContain('Client.updated');
    expect(refused).toEqual([]);
    await page.close();
  }, 90_000);

  /** What a Monaco editor shows (its visible lines), with its non-breaking spaces as spaces. */
  async function editorText(editor: Locator): Promise<string> {
    return ((await editor.textContent()) ?? '').replace(/\u00a0/g, ' ');
  }

  async function firstActiveClient(): Promise<{ id: string; name: string }> {
    const result = await stack.query('{ clients(first: 1, status: ACTIVE) { edges { node { id name } } } }');
    const node = (result.data as { clients: { edges: { node: { id: string; name: string } }[] } }).clients.edges[0]?.node;
    if (!node) throw new Error('the demo company has no active client');
    return node;
  }

  async function renameClient(id: string, name: string): Promise<void> {
    const result = await stack.query(
      'mutation GraphiQLRename($id: ID!, $name: String!) { updateClient(id: $id, input: { name: $name }) { id } }',
      { id, name },
    );
    expect(result.errors).toBeUndefined();
  }
});
