import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadManifest, PRODUCT_MANIFEST_PATH, WEB_MANIFEST_PATH } from '../../lib/operations/manifest.ts';
import { chromiumMissing, launchChromium, requireChromium } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * The web app sends its operations by id (web/app/src/persisted-documents.ts): its manifest is
 * registered with the gateway by default, so the id alone runs with TRUSTED_DOCUMENTS off and on;
 * a gateway that does not know the ids gets the documents as text instead.
 */

const WEB_MANIFEST = JSON.parse(readFileSync(WEB_MANIFEST_PATH, 'utf8')) as Record<string, string>;
const [FIRST_ID = '', FIRST_TEXT = ''] = Object.entries(WEB_MANIFEST)[0] ?? [];
const hex = (id: string) => id.replace(/^sha256:/, '');

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function byHash(stack: Stack, sha256Hash: string): Promise<{ status: number; body: Answer }> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

describe("the web app's manifest", () => {
  it('is registered by default, each id the sha256 of its text, with the __typenames Apollo Client asks for', () => {
    const registered = loadManifest();
    expect(Object.keys(WEB_MANIFEST).length).toBeGreaterThan(0);
    for (const [id, text] of Object.entries(WEB_MANIFEST)) {
      expect(registered.get(id)).toBe(text);
      expect(hex(id)).toBe(createHash('sha256').update(text).digest('hex'));
      expect(text).toContain('__typename');
    }
  });
});

describe.each<[string, Record<string, string>]>([
  ['off (the default)', {}],
  ['on', { TRUSTED_DOCUMENTS: 'true' }],
])('with TRUSTED_DOCUMENTS %s, an id of the web app runs over HTTP', (_mode, env) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seed: null, env });
  });
  afterAll(async () => stack.stop());

  it('answers the registered document for the id alone', async () => {
    const answer = await byHash(stack, hex(FIRST_ID));
    expect(answer.body.errors, FIRST_TEXT).toBeUndefined();
    expect([answer.status, typeof answer.body.data]).toEqual([200, 'object']);
  });

  it('still refuses an id nobody registered, with the code of the mode', async () => {
    const answer = await byHash(stack, '0'.repeat(64));
    const code = env.TRUSTED_DOCUMENTS ? 'PERSISTED_QUERY_NOT_IN_LIST' : 'PERSISTED_QUERY_NOT_FOUND';
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  });
});

const missing = chromiumMissing();
if (missing && !requireChromium) console.warn(`Skipping the persisted-documents browser tests: ${missing}`);

/** One POST to /graphql the page made: what it sent and what came back. */
interface Exchange {
  sent: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
  answer: Answer;
}

/** Opens /app/ and records the page's GraphQL POSTs, answered ones only (bodies still readable). */
async function openApp(browser: Browser, stack: Stack): Promise<{ page: Page; exchanges: Exchange[] }> {
  const page = await browser.newPage();
  const exchanges: Exchange[] = [];
  page.on('requestfinished', (request) => {
    if (request.method() !== 'POST' || request.url() !== stack.gatewayUrl) return;
    void request
      .response()
      .then(async (response) => ({ sent: request.postDataJSON() as Exchange['sent'], answer: (await response?.json()) as Answer }))
      .then(
        (exchange) => exchanges.push(exchange),
        // The page closed before the body was read (the test had what it waited for): not an exchange.
        () => undefined,
      );
  });
  await page.goto(`${new URL(stack.gatewayUrl).origin}/app/`);
  return { page, exchanges };
}

describe.skipIf(missing !== null && !requireChromium)('the web app in Chromium sends ids', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser.close());

  describe.each<[string, Record<string, string>]>([
    ['off', {}],
    ['on', { TRUSTED_DOCUMENTS: 'true' }],
  ])('with TRUSTED_DOCUMENTS %s', (_mode, env) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ seed: null, env });
    });
    afterAll(async () => stack.stop());

    it('sends every query as its registered id, never as text, and gets its answer', async () => {
      const { page, exchanges } = await openApp(browser, stack);
      await expect.poll(() => exchanges.length, { timeout: 20_000 }).toBeGreaterThan(0);
      for (const { sent, answer } of exchanges) {
        expect(sent.query).toBeUndefined();
        expect(Object.keys(WEB_MANIFEST)).toContain(`sha256:${sent.extensions?.persistedQuery?.sha256Hash ?? ''}`);
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(expect.any(Object));
      }
      await page.close();
    });
  });

  describe('against a gateway that registers only the product manifest', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ seed: null, env: { TRUSTED_DOCUMENTS_PATH: PRODUCT_MANIFEST_PATH } });
    });
    afterAll(async () => stack.stop());

    it('falls back to sending the document when the id is not found', async () => {
      const { page, exchanges } = await openApp(browser, stack);
      await expect.poll(() => exchanges.some(({ answer }) => answer.data), { timeout: 20_000 }).toBe(true);
      const refused = exchanges.find(({ answer }) => answer.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
      expect(refused?.sent.query).toBeUndefined();
      expect(refused?.sent.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      const resent = exchanges.find(({ answer }) => answer.data);
      expect(resent?.sent.query).toMatch(/^query \w+/);
      expect(resent?.sent.extensions?.persistedQuery).toBeUndefined();
      expect(resent?.answer.errors).toBeUndefined();
      await page.close();
    });
  });
});
