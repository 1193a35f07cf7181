import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordSystem } from '../../lib/domains.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Queries and mutations agree on ids: an id argument of the wrong shape (no prefix, another
 * entity's prefix, the prefix alone) is BAD_USER_INPUT naming the argument, in the shape a
 * mutation's validation uses, through the gateway and at the owning subgraph alike; a
 * well-formed id that matches nothing is still null (or an empty list). Raw documents: the same
 * probe runs over every id argument of every subgraph's Query type.
 */

interface IdArgument {
  owner: RecordSystem;
  field: string;
  argument: string;
  prefix: string;
  /** The document, with `$id` in the argument. */
  document: string;
  /** What a well-formed id that matches nothing answers. */
  nothing: unknown;
}

const noneFound = { totalCount: 0 };

const ID_ARGUMENTS: IdArgument[] = [
  { owner: 'crm', field: 'client', argument: 'id', prefix: 'cli', document: 'query($id: ID!) { client(id: $id) { id } }', nothing: null },
  {
    owner: 'crm',
    field: 'contract',
    argument: 'id',
    prefix: 'ctr',
    document: 'query($id: ID!) { contract(id: $id) { id } }',
    nothing: null,
  },
  { owner: 'crm', field: 'deal', argument: 'id', prefix: 'dea', document: 'query($id: ID!) { deal(id: $id) { id } }', nothing: null },
  {
    owner: 'accounting',
    field: 'invoice',
    argument: 'id',
    prefix: 'inv',
    document: 'query($id: ID!) { invoice(id: $id) { id } }',
    nothing: null,
  },
  {
    owner: 'accounting',
    field: 'invoices',
    argument: 'clientId',
    prefix: 'cli',
    document: 'query($id: ID) { invoices(clientId: $id) { totalCount } }',
    nothing: noneFound,
  },
  {
    owner: 'hr',
    field: 'employee',
    argument: 'id',
    prefix: 'emp',
    document: 'query($id: ID!) { employee(id: $id) { id } }',
    nothing: null,
  },
  {
    owner: 'hr',
    field: 'employees',
    argument: 'departmentId',
    prefix: 'dep',
    document: 'query($id: ID) { employees(departmentId: $id) { totalCount } }',
    nothing: noneFound,
  },
  {
    owner: 'projects',
    field: 'project',
    argument: 'id',
    prefix: 'prj',
    document: 'query($id: ID!) { project(id: $id) { id } }',
    nothing: null,
  },
  {
    owner: 'projects',
    field: 'projects',
    argument: 'clientId',
    prefix: 'cli',
    document: 'query($id: ID) { projects(clientId: $id) { totalCount } }',
    nothing: noneFound,
  },
  {
    owner: 'webhooks',
    field: 'webhookEndpoint',
    argument: 'id',
    prefix: 'whe',
    document: 'query($id: ID!) { webhookEndpoint(id: $id) { id } }',
    nothing: null,
  },
  {
    owner: 'webhooks',
    field: 'webhookDeliveries',
    argument: 'endpointId',
    prefix: 'whe',
    document: 'query($id: ID) { webhookDeliveries(endpointId: $id) { totalCount } }',
    nothing: noneFound,
  },
];

const MALFORMED = (prefix: string) => ['12345', prefix === 'emp' ? 'cli_0000000000000000' : 'emp_0000000000000000', `${prefix}_`];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: null });
});
afterAll(async () => stack.stop());

/** What every service's error must agree on (the gateway adds `serviceName`, a subgraph `locations`). */
function shapeOf(answer: GraphQLResult<unknown>) {
  return answer.errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code, fields: extensions?.fields }));
}

describe.each(ID_ARGUMENTS)('$field($argument:)', (query) => {
  it(`a malformed id is BAD_USER_INPUT naming the argument, the same through the gateway and at ${query.owner}`, async () => {
    for (const id of MALFORMED(query.prefix)) {
      const viaGateway = await stack.query(query.document, { id });
      const direct = await stack.queryAt(stack.urls[query.owner], query.document, { id });
      const message = `must be an id starting with ${query.prefix}_`;
      expect(shapeOf(viaGateway), id).toEqual([
        {
          message: `Invalid input: ${query.argument}: ${message}`,
          path: [query.field],
          code: 'BAD_USER_INPUT',
          fields: [{ path: [query.argument], message }],
        },
      ]);
      expect(shapeOf(direct), id).toEqual(shapeOf(viaGateway));
      expect(viaGateway.data?.[query.field] ?? null).toBeNull();
    }
  });

  it('a well-formed id that matches nothing is not an error', async () => {
    const answer = await stack.query(query.document, { id: `${query.prefix}_0000000000000000` });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[query.field]).toEqual(query.nothing);
  });
});

it('a mutation says the same about the same id', async () => {
  const mutation = await stack.query('mutation { changeClientStatus(id: "12345", status: ACTIVE) { id } }');
  const query = await stack.query('query { client(id: "12345") { id } }');
  expect(mutation.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ path: ['id'], message: 'must be an id starting with cli_' }],
  });
  expect(query.errors?.[0]?.extensions?.fields).toEqual((mutation.errors?.[0]?.extensions as { fields: unknown }).fields);
});
