import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceAccess } from '../../lib/auth/authorise.ts';
import type { Caller } from '../../lib/auth/scopes.ts';

/** The access rules every subgraph's schema gets from defineSubgraph, on a schema of their own. */

function schema() {
  const built = buildSchema(/* GraphQL */ `
    type Query { employee: Employee }
    type Mutation { hire(name: String!): Employee }
    type Employee { name: String! salary: Int }
  `);
  enforceAccess(built, { domain: 'hr', fieldScopes: { Employee: { salary: 'hr:salary:read' } } });
  return built;
}

const employee = { name: 'Ada', salary: 100 };
const rootValue = { employee, hire: ({ name }: { name: string }) => ({ ...employee, name }) };
const caller = (...scopes: string[]): Caller => ({ subject: 'tester', scopes: new Set(scopes), anonymous: false });
const run = (source: string, contextValue: unknown) => graphql({ schema: schema(), source, rootValue, contextValue });

describe('enforceAccess', () => {
  it('lets a caller with the scopes read and write', async () => {
    expect(await run('{ employee { name salary } }', { caller: caller('read', 'hr:salary:read') })).toEqual({ data: { employee: employee } });
    expect(await run('mutation { hire(name: "Bo") { name } }', { caller: caller('hr:write') })).toEqual({ data: { hire: { name: 'Bo' } } });
  });

  it('refuses a mutation without the domain’s write scope, before its resolver runs', async () => {
    let ran = false;
    const result = await graphql({
      schema: schema(),
      source: 'mutation { hire(name: "Bo") { name } }',
      rootValue: { hire: () => ((ran = true), employee) },
      contextValue: { caller: caller('read', 'crm:write') },
    });
    expect(ran).toBe(false);
    expect(result.errors?.map((error) => [error.message, error.extensions])).toEqual([
      ['Mutation.hire needs the hr:write scope, which the caller tester does not have', { code: 'FORBIDDEN', requiredScope: 'hr:write' }],
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
      type Query { webhookEndpoints: Int }
    `);
    enforceAccess(webhooks, { domain: 'webhooks' });
    const ask = (...scopes: string[]) => graphql({ schema: webhooks, source: '{ webhookEndpoints }', rootValue: { webhookEndpoints: 2 }, contextValue: { caller: caller(...scopes) } });
    expect((await ask('read')).errors?.map((error) => [error.message, error.extensions])).toEqual([
      ['Query.webhookEndpoints needs the webhooks:manage scope, which the caller tester does not have', { code: 'FORBIDDEN', requiredScope: 'webhooks:manage' }],
    ]);
    expect(await ask('webhooks:manage')).toEqual({ data: { webhookEndpoints: 2 } });
  });
});
