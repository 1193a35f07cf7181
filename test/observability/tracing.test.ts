import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushTraces } from '../../lib/observability/tracing.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * OpenTelemetry over real HTTP: with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP
 * receiver started here (127.0.0.1, port 0), one headline query arrives as one trace: the
 * gateway's request span, its fetch spans, each subgraph's request span under the fetch that
 * called it (traceparent carried over HTTP), and SQL statement spans under those; a caller's own
 * traceparent is continued.
 */

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  service: string;
  attributes: Record<string, unknown>;
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; boolValue?: boolean };
}
interface OtlpBody {
  resourceSpans?: {
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: OtlpAttribute[] }[] }[];
  }[];
}

const received: ReceivedSpan[] = [];
let receiver: Server;
let stack: Stack;

const attributes = (list: OtlpAttribute[] = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue]));

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type']?.includes('json')) {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpBody;
        for (const resource of body.resourceSpans ?? []) {
          for (const scope of resource.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              const attrs = attributes(span.attributes);
              received.push({
                ...span,
                parentSpanId: span.parentSpanId || undefined,
                attributes: attrs,
                service: String(attrs['recordgraph.service'] ?? ''),
              });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  stack = await startStack({
    seed: { clients: 4, employees: 3, invoices: 6, projects: 3 },
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint },
  });
});

afterAll(async () => {
  await stack.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

/** Every span of the trace `traceId`, once the services have exported what they buffered. */
async function traceOf(traceId: string): Promise<ReceivedSpan[]> {
  await flushTraces();
  return received.filter((span) => span.traceId === traceId);
}

const TRACEPARENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT_PARENT = '00f067aa0ba902b7';

describe('traces', () => {
  it('one trace from the gateway through each subgraph fetch to SQL, with parent links', async () => {
    const client = stack.plan?.clients[0]?.id ?? '';
    const result = await stack.query(ClientOverviewDocument, { id: client });
    expect(result.errors).toBeUndefined();
    await flushTraces();
    const root = received.find(
      (span) =>
        span.service === 'gateway' && span.parentSpanId === undefined && span.attributes['graphql.operation.name'] === 'ClientOverview',
    );
    expect(root).toBeDefined();
    const spans = await traceOf(root?.traceId ?? '');
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    // Every span of the trace hangs from the gateway's request span.
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    for (const span of spans) if (span !== root) expect(ancestors(span).at(-1)).toBe(root);

    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    expect(new Set(fetches.map((span) => span.attributes.service))).toEqual(new Set(['crm', 'accounting', 'hr', 'projects']));
    // Each subgraph's request span is the child of the gateway fetch that called it (traceparent over HTTP).
    const subgraphRequests = spans.filter((span) => span.service !== 'gateway' && span.name.startsWith('POST /graphql'));
    expect(new Set(subgraphRequests.map((span) => span.service))).toEqual(new Set(['crm', 'accounting', 'hr', 'projects']));
    for (const request of subgraphRequests) {
      const parent = byId.get(request.parentSpanId ?? '');
      expect(parent?.name).toBe('gateway.fetch');
      expect(parent?.attributes.service).toBe(request.service);
    }
    // SQL statements under the subgraph requests, with their text and no values.
    const statements = spans.filter(
      (span) => span.attributes['db.system.name'] === 'sqlite' || span.attributes['db.system.name'] === 'postgresql',
    );
    expect(statements.length).toBeGreaterThan(3);
    for (const statement of statements) {
      expect(ancestors(statement).some((span) => subgraphRequests.includes(span))).toBe(true);
      expect(String(statement.attributes['db.query.text'])).toMatch(/^\s*(select|insert|update|delete|with)\b/i);
    }
  });

  it("continues an incoming traceparent: the caller's trace id, its span as the parent", async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACEPARENT_TRACE}-${TRACEPARENT_PARENT}-01` },
      body: JSON.stringify({ query: '{ clients(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    const spans = await traceOf(TRACEPARENT_TRACE);
    const gateway = spans.find((span) => span.service === 'gateway' && span.name.startsWith('POST /graphql'));
    expect(gateway?.parentSpanId).toBe(TRACEPARENT_PARENT);
    // And it goes on into the subgraph that answered.
    expect(spans.some((span) => span.service === 'crm' && span.name.startsWith('POST /graphql'))).toBe(true);
  });
});
