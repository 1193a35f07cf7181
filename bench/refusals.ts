/**
 * Refusal benchmark (issue 10): the product as separate `recordgraph serve` processes (five
 * subgraphs and the gateway, development mode, SQLite in a temporary directory, the default demo
 * company), then each hostile query of the issue, sent alone. For each: the time until the answer,
 * its status and code, and the worst /healthz latency of every process, each polled every ~20 ms
 * from 200 ms before the request until 500 ms after the answer (work a refused request left behind
 * would show there). Each case runs BENCH_REFUSALS_RUNS times (default 3): the median time, the
 * worst /healthz. The headline query is the control. Traffic to 127.0.0.1 only.
 * Run: npm run bench:refusals   (builds first: the processes run what `npm run build` compiled)
 */
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../lib/domains.ts';
import { loadConfig } from '../lib/config.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { tokenFor } from '../test/support/auth.ts';
import {
  aliasedClientPages,
  aliasedClients,
  aliasedWidePages,
  manyShortAliases,
  nestedClientProjects,
} from '../test/support/hostile-operations.ts';
import { freePort, runRecordgraph, waitUntilReady, type ServiceProcess } from '../test/support/processes.ts';
import { tempDir } from '../test/support/stores.ts';

const RUNS = Number(process.env.BENCH_REFUSALS_RUNS ?? 3);
const SAMPLE_EVERY_MS = 20;

type ProcessName = RecordSystem | 'gateway';

interface Case {
  name: string;
  /** Which process the request goes to. */
  target: ProcessName;
  body: string;
}

async function main() {
  const data = tempDir('recordgraph-refusals-');
  const ports = Object.fromEntries(
    await Promise.all([...SYSTEMS_OF_RECORD, 'gateway' as const].map(async (name) => [name, await freePort()] as const)),
  ) as Record<ProcessName, number>;
  const base = (name: ProcessName) => `http://127.0.0.1:${ports[name]}`;
  const common: Record<string, string> = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    DATA_DIR: data.path,
    ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, `${base(name)}/graphql`])),
  };
  const services: ServiceProcess[] = [];
  try {
    // One at a time: each seeds its part of the demo company into the shared event log's directory.
    for (const name of SYSTEMS_OF_RECORD) {
      const service = runRecordgraph(name, ['serve', name], { ...common, [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
      services.push(service);
      await waitUntilReady(`${base(name)}/readyz`, service);
    }
    const gateway = runRecordgraph('gateway', ['serve', 'gateway'], { ...common, GATEWAY_PORT: String(ports.gateway) });
    services.push(gateway);
    await waitUntilReady(`${base('gateway')}/readyz`, gateway);

    const token = await tokenFor(['read'], { subject: 'bench-refusals', auth: loadConfig({ NODE_ENV: 'development' }).auth });
    const post = (name: ProcessName, body: string) =>
      fetch(`${base(name)}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    const list = (await (await post('gateway', JSON.stringify({ query: '{ clients(first: 1) { edges { node { id } } } }' }))).json()) as {
      data: { clients: { edges: { node: { id: string } }[] } };
    };
    const clientId = list.data.clients.edges[0]?.node.id ?? '';
    const json = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
    let deepAtProjects = 'id';
    for (let level = 50; level >= 1; level--) deepAtProjects = `${level % 2 === 1 ? 'projects' : 'client'} { ${deepAtProjects} }`;
    const representation = { r: [{ __typename: 'Client', id: clientId }] };

    const cases: Case[] = [
      { name: 'headline query (control)', target: 'gateway', body: json(CLIENT_OVERVIEW, { id: clientId }) },
      { name: 'depth 50: client → projects → client …', target: 'gateway', body: json(nestedClientProjects(clientId, 50)) },
      { name: 'depth 10 of the same shape', target: 'gateway', body: json(nestedClientProjects(clientId, 10)) },
      { name: '10,000 aliases of client(id)', target: 'gateway', body: json(aliasedClients(clientId, 10_000)) },
      { name: '50,000 aliases of client(id)', target: 'gateway', body: json(manyShortAliases(50_000), { id: clientId }) },
      { name: '1,000 × clients(first: 50) { … revenue }', target: 'gateway', body: json(aliasedClientPages(1_000)) },
      { name: '20 × clients(first: 200) + projects, invoices', target: 'gateway', body: json(aliasedWidePages(20)) },
      {
        name: 'depth 50 at projects directly (_entities)',
        target: 'projects',
        body: json(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { ${deepAtProjects} } } }`, representation),
      },
      { name: '10,000 aliases at crm directly', target: 'crm', body: json(aliasedClients(clientId, 10_000)) },
    ];

    const names: ProcessName[] = ['gateway', ...SYSTEMS_OF_RECORD];
    const rows: Record<string, string | number>[] = [];
    for (const testCase of cases) {
      const times: number[] = [];
      const worst: Record<string, number> = {};
      let outcome = '';
      for (let run = 0; run < RUNS; run++) {
        const sampling = { on: true };
        const samplers = names.map((name) => sampleHealth(`${base(name)}/healthz`, sampling));
        await sleep(200);
        const began = performance.now();
        const response = await post(testCase.target, testCase.body);
        const text = await response.text();
        times.push(performance.now() - began);
        outcome = `${response.status} ${codeOf(text)}`;
        await sleep(500);
        sampling.on = false;
        const maxima = await Promise.all(samplers);
        names.forEach((name, index) => (worst[name] = Math.max(worst[name] ?? 0, maxima[index] ?? 0)));
      }
      rows.push({
        case: testCase.name,
        to: testCase.target,
        body: `${Math.round(Buffer.byteLength(testCase.body) / 1024)} KB`,
        answer: outcome,
        'median ms': times.sort((a, b) => a - b)[Math.floor(times.length / 2)]?.toFixed(1) ?? '',
        ...Object.fromEntries(names.map((name) => [`${name} /healthz worst ms`, worst[name]?.toFixed(1) ?? ''])),
      });
    }
    console.log(`Refusals: ${RUNS} runs each, /healthz of every process polled every ${SAMPLE_EVERY_MS} ms while each ran`);
    console.table(rows);
  } finally {
    await Promise.all(services.map((service) => service.kill('SIGTERM')));
    data.remove();
  }
}

/** Polls `url` every ~20 ms while `sampling.on`; resolves to the slowest answer (a failed poll counts its time). */
async function sampleHealth(url: string, sampling: { on: boolean }): Promise<number> {
  let worst = 0;
  while (sampling.on) {
    const began = performance.now();
    await fetch(url, { signal: AbortSignal.timeout(60_000) })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
    const took = performance.now() - began;
    worst = Math.max(worst, took);
    await sleep(Math.max(0, SAMPLE_EVERY_MS - took));
  }
  return worst;
}

function codeOf(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string; limit?: string; value?: number; max?: number } }[] };
    const extensions = body.errors?.[0]?.extensions;
    if (!extensions) return 'data';
    return [extensions.code, extensions.limit && `${extensions.limit} ${extensions.value}>${extensions.max}`].filter(Boolean).join(' ');
  } catch {
    return 'not JSON';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

await main();
