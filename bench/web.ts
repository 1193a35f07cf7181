/**
 * Page-load benchmark of what a person opens: starts the product in-process on the default demo
 * company (SQLite in a temporary directory, development mode, signed in with a demo token) and
 * loads the web app's Today (/app/), Clients (/app/clients), one Client 360 (/app/clients/<id>)
 * and GraphiQL (/graphiql) in Debian's Chromium over 127.0.0.1, each cold (a new browser context:
 * empty HTTP cache) then warm (the same page again in that context), BENCH_WEB_RUNS times
 * (default 5). The table shows medians from navigation start to the load event and to the first
 * data shown (two frames after the page's first GraphQL answer arrived; for GraphiQL that answer is
 * its schema), the bytes transferred (Resource Timing's transferSize, cache hits counting 0, until
 * the network is idle) and the requests made.
 * Run: npm run bench:web   (builds first: the gateway serves dist/web)
 */
import { startServices } from '../cli/services.ts';
import { loadConfig } from '../lib/config.ts';
import { mintToken } from '../lib/auth/tokens.ts';
import { SCOPES } from '../lib/auth/scope-names.ts';
import { chromiumMissing, launchChromium } from '../test/support/browser.ts';
import { ANY_FREE_PORT, createTestStores } from '../test/support/stores.ts';
import type { BrowserContext, Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);

/** The key the web app keeps its token under (web/app/src/session.tsx). */
const TOKEN_KEY = 'recordgraph.token';

interface Sample {
  loadMs: number;
  firstDataMs: number | null;
  bytes: number;
  requests: number;
}

interface Row {
  page: string;
  cache: 'cold' | 'warm';
  'load p50 ms': string;
  'load max ms': string;
  'first data p50 ms': string;
  'first data max ms': string;
  'KiB transferred': string;
  requests: number;
}

/**
 * Runs in the page before its own scripts: notes when the first GraphQL answer has been read and
 * two frames have passed (React has committed and the browser painted what it shows).
 */
function watchFirstData({ tokenKey, token }: { tokenKey: string; token: string }): void {
  sessionStorage.setItem(tokenKey, token);
  const marks = window as unknown as { firstDataAt?: number };
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (marks.firstDataAt === undefined && new URL(url, location.href).pathname === '/graphql') {
      void response
        .clone()
        .text()
        .then(() =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              marks.firstDataAt ??= performance.now();
            }),
          ),
        );
    }
    return response;
  };
}

/**
 * Until the page has started no new request for a second (at most 15 s): Playwright's
 * `networkidle` never comes for a page that keeps a connection busy, such as a retrying socket.
 */
async function settled(page: Page): Promise<void> {
  let seen = -1;
  let quietSince = performance.now();
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    const count = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (count !== seen) [seen, quietSince] = [count, performance.now()];
    else if (performance.now() - quietSince >= 1_000) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function measure(page: Page, url: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  await page
    .waitForFunction(() => (window as unknown as { firstDataAt?: number }).firstDataAt !== undefined, null, { timeout: 15_000 })
    .catch(() => null);
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      loadMs: navigation?.loadEventEnd ?? NaN,
      firstDataMs: (window as unknown as { firstDataAt?: number }).firstDataAt ?? null,
      bytes: (navigation?.transferSize ?? 0) + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
      requests: 1 + resources.length,
    };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '—');

const missing = chromiumMissing();
if (missing) throw new Error(`bench:web needs Chromium: ${missing}`);

const stores = await createTestStores('sqlite');
const config = loadConfig({
  ...process.env,
  ...ANY_FREE_PORT,
  ...stores.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ENABLED: 'false',
});
const startedAt = performance.now();
const running = await startServices({ config });
const startMs = performance.now() - startedAt;
const browser = await launchChromium();
try {
  const origin = new URL(running.gatewayUrl ?? '').origin;
  const token = await mintToken(config.auth, { scopes: SCOPES, subject: 'bench', ttl: '1h' });
  const answer = (await (
    await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ clients(first: 1, status: ACTIVE) { edges { node { id } } } }' }),
    })
  ).json()) as { data?: { clients: { edges: { node: { id: string } }[] } } };
  const clientId = answer.data?.clients.edges[0]?.node.id ?? 'cli_…';
  const pages: [string, string][] = [
    ['Today', '/app/'],
    ['Clients', '/app/clients'],
    ['Client 360', `/app/clients/${clientId}`],
    ['GraphiQL', '/graphiql'],
  ];
  const rows: Row[] = [];
  for (const [name, path] of pages) {
    console.log(`  ${name}: ${RUNS} runs…`);
    const samples = { cold: [] as Sample[], warm: [] as Sample[] };
    for (let run = 0; run < RUNS; run++) {
      const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(watchFirstData, { tokenKey: TOKEN_KEY, token });
      const page = await context.newPage();
      samples.cold.push(await measure(page, `${origin}${path}`));
      samples.warm.push(await measure(page, `${origin}${path}`));
      await context.close();
    }
    for (const cache of ['cold', 'warm'] as const) {
      const taken = samples[cache];
      const firstData = taken.map((sample) => sample.firstDataMs ?? NaN);
      rows.push({
        page: `${name} (${path.replace(clientId, '<id>')})`,
        cache,
        'load p50 ms': ms(median(taken.map((sample) => sample.loadMs))),
        'load max ms': ms(Math.max(...taken.map((sample) => sample.loadMs))),
        'first data p50 ms': ms(median(firstData)),
        'first data max ms': ms(Math.max(...firstData)),
        'KiB transferred': (median(taken.map((sample) => sample.bytes)) / 1024).toFixed(1),
        requests: median(taken.map((sample) => sample.requests)),
      });
    }
  }
  console.log(`\nrecordgraph web pages — default demo company, Chromium over 127.0.0.1, ${RUNS} runs each (medians)`);
  console.log(`  start-up incl. migrations and seeding ${startMs.toFixed(0)} ms\n`);
  console.table(rows);
} finally {
  await browser.close();
  await running.stop();
  await stores.drop();
}
