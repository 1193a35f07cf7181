import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceAccess } from '../../../lib/auth/authorise.ts';
import type { Caller } from '../../../lib/auth/scopes.ts';

/**
 * The access rules every subgraph's schema gets from defineSubgraph, on a schema of their own.
 * A mutation's write scope is the write path's first step (test/lib/writes/mutation.test.ts).
 */

function schema() {
  const built = buildSchema(/* GraphQL */ `
    type Query {
      employee: Employee
    }
    type Employee {
      name: String!
      salary: Int
    }
  `);
  enforceAccess(built, { domain: 'hr', fieldScopes: { Employee: { salary: 'hr:salary:read' } } });
  return built;
}

const employee = { name: 'Ada', salary: 100 };
const rootValue = { employee };
const caller = (...scopes: string[]): Caller => ({ subject: 'tester', scopes: new Set(scopes), anonymous: false });
const run = (source: string, contextValue: unknown) => graphql({ schema: schema(), source, rootValue, contextValue });

describe('enforceAccess', () => {
  it('lets a caller with the scopes read', async () => {
    expect(await run('{ employee { name salary } }', { caller: caller('read', 'hr:salary:read') })).toEqual({
      data: { employee: employee },
    });
  });

  it('refuses a query without read, before its resolver runs', async () => {
    let ran = false;
    const result = await graphql({
      schema: schema(),
      source: '{ employee { name } }',
      rootValue: { employee: () => ((ran = true), employee) },
      contextValue: { caller: caller('hr:write') },
    });
    expect(ran).toBe(false);
    expect(result.errors?.map((error) => [error.message, error.extensions])).toEqual([
      ['Query.employee needs the read scope, which the caller tester does not have', { code: 'FORBIDDEN', requiredScope: 'read' }],
    ]);
  });

  it('nulls a field needing its own scope, with one FORBIDDEN error at its path', async () => {
    const result = await run('{ employee { name salary } }', { caller: caller('read') });
    expect(result.data).toEqual({ employee: { name: 'Ada', salary: null } });
    expect(result.errors?.map((error) => [error.path, error.extensions.code])).toEqual([[['employee', 'salary'], 'FORBIDDEN']]);
  });

  it('treats a context without a verified caller as one with no scopes', async () => {
    for (const context of [{}, null, { caller: { subject: 'forged', scopes: ['read'] } }]) {
      const result = await run('{ employee { name } }', context);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('guards the queries of a system of record read with a scope of its own: webhooks needs webhooks:manage', async () => {
    const webhooks = buildSchema(/* GraphQL */ `
      type Query {
        webhookEndpoints: Int
      }
    `);
    enforceAccess(webhooks, { domain: 'webhooks' });
    const ask = (...scopes: string[]) =>
      graphql({
        schema: webhooks,
        source: '{ webhookEndpoints }',
        rootValue: { webhookEndpoints: 2 },
        contextValue: { caller: caller(...scopes) },
      });
    expect((await ask('read')).errors?.map((error) => [error.message, error.extensions])).toEqual([
      [
        'Query.webhookEndpoints needs the webhooks:manage scope, which the caller tester does not have',
        { code: 'FORBIDDEN', requiredScope: 'webhooks:manage' },
      ],
    ]);
    expect(await ask('webhooks:manage')).toEqual({ data: { webhookEndpoints: 2 } });
  });
});
