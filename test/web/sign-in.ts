import type { Browser, Page } from 'playwright-core';
import { SCOPES } from '../../lib/auth/scope-names.ts';

export interface Session {
  page: Page;
  /**
   * Resolves once the page has asked the gateway for the change subscription over its socket: a
   * change committed after that reaches it (a subscription without `after` starts from now on).
   */
  subscribed: Promise<void>;
}

/**
 * A new browser session (its own context: its own sessionStorage, its own socket) signed in the
 * way a person does it, on the Sign-in page with the demo issuing a token for the ticked scopes;
 * it lands on Today.
 */
export async function signIn(browser: Browser, origin: string, name: string, scopes: readonly string[] = SCOPES): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('"type":"subscribe"')) resolve();
      });
    });
  });
  await page.goto(`${origin}/app/sign-in`);
  await page.getByLabel('Name').fill(name);
  for (const scope of SCOPES) await page.getByLabel(scope, { exact: true }).setChecked(scopes.includes(scope));
  await page.getByRole('button', { name: 'Issue a demo token' }).click();
  await page
    .getByTestId('session')
    .filter({ hasText: `Signed in as ${name}` })
    .waitFor();
  return { page, subscribed };
}
