import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { postGraphQL, rawRequest, startObservedStack, type LogLine, type ObservedStack, type RawResponse } from './support.ts';

/**
 * One id per request, from the caller through the gateway to every subgraph it asks, in each
 * service's JSON log line and in every response's `x-request-id`.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let stack: ObservedStack;
beforeAll(async () => {
  stack = await startObservedStack();
  return () => stack.stop();
});

function activeClient(): string {
  const client = stack.plan.clients.find((c) => c.status === 'ACTIVE' && c.accountManagerId);
  if (!client) throw new Error('no active client in the plan');
  return client.id;
}

function response(outcome: RawResponse | string): RawResponse {
  if (typeof outcome === 'string') throw new Error(`request failed: ${outcome}`);
  return outcome;
}

const ClientCount = graphql(`
  query RequestIdClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

const requestLines = (requestId: string): LogLine[] => stack.logs.filter((line) => line.msg === 'request' && line.requestId === requestId);

describe('x-request-id', () => {
  it("carries the caller's id to every subgraph the headline query asks, and echoes it", async () => {
    const requestId = 'trace-42.a:B_7';
    const answer = response(
      await postGraphQL(
        stack.gatewayUrl,
        { query: ClientOverviewDocument, variables: { id: activeClient() } },
        { 'x-request-id': requestId },
      ),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).not.toHaveProperty('errors');
    expect(answer.headers['x-request-id']).toBe(requestId);

    const lines = requestLines(requestId);
    expect(new Set(lines.map((line) => line.service))).toEqual(new Set(['crm', 'accounting', 'hr', 'projects']));
    for (const line of lines) {
      expect(line).toMatchObject({ level: 'info', status: 200, errorCodes: [], method: 'POST' });
      // The gateway names each fetch after the operation and the subgraph.
      expect(line.operation).toMatch(new RegExp(`^ClientOverview__${line.service}__\\d+$`));
      expect(line.durationMs).toEqual(expect.any(Number));
    }
  });

  it('replaces a missing, too long or unsafe id with a fresh UUID, which the subgraphs then share', async () => {
    for (const given of [undefined, 'x'.repeat(129), 'two words', 'quote"d', '']) {
      const headers: Record<string, string> = given === undefined ? {} : { 'x-request-id': given };
      const answer = response(await postGraphQL(stack.gatewayUrl, { query: ClientCount }, headers));
      expect(answer.status).toBe(200);
      const requestId = String(answer.headers['x-request-id']);
      expect(requestId).toMatch(UUID);
      expect(requestLines(requestId).map((line) => line.service)).toEqual(['crm']);
    }
    const accepted = 'y'.repeat(128);
    const answer = response(await postGraphQL(stack.gatewayUrl, { query: ClientCount }, { 'x-request-id': accepted }));
    expect(answer.headers['x-request-id']).toBe(accepted);
  });

  it('is echoed by a subgraph called directly, on every route, and two requests never share one', async () => {
    const first = response(await rawRequest(stack.urls.crm.replace(/graphql$/, 'healthz')));
    const second = response(await rawRequest(stack.urls.crm.replace(/graphql$/, 'healthz')));
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).toMatch(UUID);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
    const metrics = response(await rawRequest(stack.urls.hr.replace(/graphql$/, 'metrics'), { headers: { 'x-request-id': 'scrape-1' } }));
    expect(metrics.headers['x-request-id']).toBe('scrape-1');
  });

  it("logs a failed request's status and error codes", async () => {
    // Invalid on purpose (no such field, then no closing parenthesis), so strings: codegen would refuse them.
    const answer = response(await postGraphQL(stack.urls.crm, { query: 'query Broken { nope }' }, { 'x-request-id': 'broken-1' }));
    expect(answer.status).toBe(400);
    expect(answer.headers['x-request-id']).toBe('broken-1');
    expect(requestLines('broken-1')).toEqual([
      expect.objectContaining({
        service: 'crm',
        level: 'info',
        operation: 'Broken',
        status: 400,
        errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
      }),
    ]);
    const unparsable = response(await postGraphQL(stack.urls.crm, { query: '{ clients(' }, { 'x-request-id': 'broken-2' }));
    expect(unparsable.status).toBe(400);
    expect(requestLines('broken-2')).toEqual([
      expect.objectContaining({ operation: 'anonymous', status: 400, errorCodes: ['GRAPHQL_PARSE_FAILED'] }),
    ]);
  });
});
