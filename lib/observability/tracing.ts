import type { IncomingHttpHeaders } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapSetter,
} from '@opentelemetry/api';
// Types only: the SDK and the exporter are loaded by startTracing when an endpoint is set.
import type { ReadableSpan, Span as SdkSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TelemetryConfig } from '../config.ts';

/**
 * OpenTelemetry traces, from the gateway through each subgraph fetch to SQL, so one slow request
 * can be followed across services. W3C `traceparent`: a caller's is continued, the gateway's
 * fetches carry theirs to the subgraphs (injectTraceContext), and each service continues the
 * one it receives (requestSpan). Spans: one per HTTP GraphQL request in every service (here),
 * @apollo/gateway's own (gateway.request, gateway.plan, gateway.execute, one gateway.fetch per
 * subgraph fetch), and one per SQL statement (traceStatement, lib/store/database.ts).
 *
 * Exported by OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set; the
 * exporter reads the other standard variables itself (OTEL_EXPORTER_OTLP_HEADERS, timeouts,
 * OTEL_BSP_*). Unset, no provider is registered and every helper here returns at its first line:
 * no spans, no headers, no cost.
 */

/** Spans go to this processor while tracing runs; the provider stays registered for the process (see startTracing). */
class CurrentProcessor implements SpanProcessor {
  target: SpanProcessor | null = null;
  onStart(span: SdkSpan, parent: Context): void {
    this.target?.onStart(span, parent);
  }
  onEnd(span: ReadableSpan): void {
    this.target?.onEnd(span);
  }
  async forceFlush(): Promise<void> {
    await this.target?.forceFlush();
  }
  async shutdown(): Promise<void> {
    await this.target?.shutdown();
  }
}

const current = new CurrentProcessor();
let registered = false;
let enabled = false;
const tracer = trace.getTracer('recordgraph');

export interface Tracing {
  /** Sends the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Starts exporting traces when an OTLP endpoint is configured (else does nothing). `serviceName`
 * becomes the resource's `service.name` (OTEL_SERVICE_NAME wins): `recordgraph-<service>` for a
 * process serving one service, `recordgraph` for `recordgraph start`. The provider is registered
 * once per process and never replaced, because @apollo/gateway caches the tracer it got from
 * the global one; a later start (tests) only swaps where spans are exported.
 */
export async function startTracing(config: TelemetryConfig | undefined, serviceName: string): Promise<Tracing> {
  const url = config?.otlpTracesEndpoint;
  if (!url) return { shutdown: async () => {} };
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, { BatchSpanProcessor }, { NodeTracerProvider }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/sdk-trace-node'),
  ]);
  if (!registered) {
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': config.serviceName ?? serviceName }),
      spanProcessors: [current],
    });
    // The AsyncLocalStorage context manager and the W3C trace-context propagator.
    provider.register();
    registered = true;
  }
  const processor = new BatchSpanProcessor(new OTLPTraceExporter({ url }));
  current.target = processor;
  enabled = true;
  return {
    async shutdown() {
      if (current.target !== processor) return;
      enabled = false;
      current.target = null;
      await processor.shutdown();
    },
  };
}

/** True while spans are exported (the helpers below do nothing otherwise). */
export function tracingEnabled(): boolean {
  return enabled;
}

/** A server span for one HTTP request, continuing the caller's `traceparent` when it sent one; null when tracing is off. */
export function requestSpan(service: string, method: string, headers: IncomingHttpHeaders): { span: Span; context: Context } | null {
  if (!enabled) return null;
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(
    `${method} /graphql`,
    { kind: SpanKind.SERVER, attributes: { 'recordgraph.service': service, 'http.request.method': method, 'url.path': '/graphql' } },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Ends a request span with what the request turned out to be. */
export function endRequestSpan(span: Span, operation: string | null, status: number): void {
  span.setAttribute('http.response.status_code', status);
  if (operation) {
    span.setAttribute('graphql.operation.name', operation);
    span.updateName(`POST /graphql ${operation}`);
  }
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/** Runs `work` with `ctx` (a request span's) as the active context; as is when tracing is off. */
export function withTraceContext<T>(ctx: Context | undefined, work: () => T): T {
  return ctx ? context.with(ctx, work) : work();
}

const headerSetter: TextMapSetter<{ set(name: string, value: string): unknown }> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

/**
 * Adds `traceparent` (and `tracestate`) for the active span to outgoing request headers: the
 * gateway's fetch from a subgraph (the active span is @apollo/gateway's gateway.fetch), a
 * subgraph's reference check. Takes a Fetch API `Headers` or anything with `set`.
 */
export function injectTraceContext(headers: { set(name: string, value: string): unknown } | undefined): void {
  if (!enabled || !headers) return;
  propagation.inject(context.active(), headers, headerSetter);
}

/** What Kysely's `log` hands over after each statement. */
export interface StatementEvent {
  level: 'query' | 'error';
  query: { sql: string };
  queryDurationMillis: number;
  error?: unknown;
}

/**
 * A span for one SQL statement, child of the active span (the request's), timed by Kysely's own
 * measurement: Kysely calls its `log` after a statement on the statement's async path, so the
 * span is recorded there with the start it reports rather than by wrapping every driver.
 */
export function traceStatement(event: StatementEvent, system: 'sqlite' | 'postgresql'): void {
  if (!enabled || !trace.getSpan(context.active())) return;
  const end = Date.now();
  const operation = /^\s*(\w+)/.exec(event.query.sql)?.[1]?.toUpperCase() ?? 'SQL';
  const span = tracer.startSpan(operation, {
    kind: SpanKind.CLIENT,
    startTime: end - event.queryDurationMillis,
    attributes: { 'db.system.name': system, 'db.operation.name': operation, 'db.query.text': event.query.sql },
  });
  if (event.level === 'error') span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}

/** The active span's `traceparent` as plain headers, to spread into a fetch's (none when tracing is off). */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  if (enabled) propagation.inject(context.active(), headers);
  return headers;
}

/** Exports the spans buffered so far now (tests, and anyone who wants them before the batch delay). */
export async function flushTraces(): Promise<void> {
  await current.forceFlush();
}
