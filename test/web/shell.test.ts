import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium, requireChromium, screenshot } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the web app's browser tests: ${missing}`);

/** The web app's frame: served by the gateway, signed in through the demo, no CDN anywhere. */
describe.skipIf(missing !== null && !requireChromium)('web app shell (Chromium)', () => {
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

  it('loads from the gateway with nothing from another origin, and signs in with a demo token', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    await page.goto(`${origin}/`);
    expect(new URL(page.url()).pathname).toBe('/app/');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Name').fill('alex');
    await page.getByRole('button', { name: 'Issue a demo token' }).click();
    await expect.poll(() => page.getByTestId('session').textContent()).toBe('Signed in as alex');
    await screenshot(page, 'sign-in');
    expect(elsewhere).toEqual([]);
  });
});
