import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordSystem } from '../../lib/domains.ts';
import { graphql } from '../__generated__/gql.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Text no store keeps faithfully, a NUL character (PostgreSQL refuses it mid-write) or a lone
 * UTF-16 surrogate (stored as U+FFFD), is refused in every create mutation as BAD_USER_INPUT
 * naming the field, before anything runs: through the gateway and at the owning subgraph, in a
 * variable or written inline, however deep, and nothing is written. The same input without the
 * bad character is then accepted, so the refusal is the character's doing.
 */

const BadBytesHire = graphql(`
  mutation BadBytesHire {
    hireEmployee(input: { name: "Grace Hopper", email: "grace@bad-bytes.example" }) {
      id
    }
  }
`);

const BadBytesClient = graphql(`
  mutation BadBytesClient {
    createClient(input: { name: "Bytes Ltd", country: "GB" }) {
      id
    }
  }
`);

const BadBytesProject = graphql(`
  mutation BadBytesProject($clientId: ID!) {
    createProject(input: { name: "Bytes rollout", clientId: $clientId, budgetHours: "40" }) {
      id
    }
  }
`);

/** Time can be logged only once a project is under way. */
const BadBytesKickoff = graphql(`
  mutation BadBytesKickoff($id: ID!) {
    advanceProject(id: $id, phase: KICKOFF) {
      phase
    }
  }
`);

interface Ids {
  client: string;
  employee: string;
  project: string;
}

interface CreateCase {
  mutation: string;
  owner: RecordSystem;
  /** A raw document: the bad text travels in `$t`, wherever the case puts it. */
  document: string;
  variables: (t: string, ids: Ids) => Record<string, unknown>;
  /** The text a successful create would store. */
  clean: string;
  /** The argument path the refusal must name. */
  path: string[];
}

const CASES: CreateCase[] = [
  {
    mutation: 'createClient',
    owner: 'crm',
    document: 'mutation($t: String!) { createClient(input: { name: $t, country: "US" }) { id } }',
    variables: (t) => ({ t }),
    clean: 'Nul Industries',
    path: ['input', 'name'],
  },
  {
    mutation: 'addContact',
    owner: 'crm',
    document:
      'mutation($c: ID!, $t: String!) { addContact(clientId: $c, input: { name: "Ann", email: "ann@bytes.example", title: $t }) { id } }',
    variables: (t, ids) => ({ c: ids.client, t }),
    clean: 'Buyer',
    path: ['input', 'title'],
  },
  {
    mutation: 'createContract',
    owner: 'crm',
    document:
      'mutation($c: ID!, $t: Date!) { createContract(clientId: $c, input: { startDate: $t, endDate: "2030-12-31", annualValue: { amount: "1000", currencyCode: "USD" } }) { id } }',
    variables: (t, ids) => ({ c: ids.client, t }),
    clean: '2030-01-01',
    path: ['input', 'startDate'],
  },
  {
    mutation: 'createDeal',
    owner: 'crm',
    document:
      'mutation($c: ID!, $t: String!) { createDeal(clientId: $c, input: { title: $t, amount: { amount: "500", currencyCode: "USD" } }) { id } }',
    variables: (t, ids) => ({ c: ids.client, t }),
    clean: 'Upsell',
    path: ['input', 'title'],
  },
  {
    mutation: 'createDepartment',
    owner: 'hr',
    document: 'mutation($t: String!) { createDepartment(input: { name: $t }) { id } }',
    variables: (t) => ({ t }),
    clean: 'Byte Ops',
    path: ['input', 'name'],
  },
  {
    mutation: 'hireEmployee',
    owner: 'hr',
    // The whole input in one variable: the path is found inside the variable's value.
    document: 'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
    variables: (t) => ({ input: { name: t, email: `${t.length}-hire@bytes.example` } }),
    clean: 'Alan Turing',
    path: ['input', 'name'],
  },
  {
    mutation: 'createProject',
    owner: 'projects',
    document: 'mutation($c: ID!, $t: String!) { createProject(input: { name: $t, clientId: $c, budgetHours: "10" }) { id } }',
    variables: (t, ids) => ({ c: ids.client, t }),
    clean: 'Byte audit',
    path: ['input', 'name'],
  },
  {
    mutation: 'createTask',
    owner: 'projects',
    document: 'mutation($p: ID!, $t: String!) { createTask(projectId: $p, input: { title: $t }) { id } }',
    variables: (t, ids) => ({ p: ids.project, t }),
    clean: 'Scrub input',
    path: ['input', 'title'],
  },
  {
    mutation: 'logTime',
    owner: 'projects',
    document:
      'mutation($p: ID!, $e: ID!, $t: String) { logTime(input: { projectId: $p, employeeId: $e, date: "2026-01-05", hours: "2", note: $t }) { id } }',
    variables: (t, ids) => ({ p: ids.project, e: ids.employee, t }),
    clean: 'Pairing',
    path: ['input', 'note'],
  },
  {
    mutation: 'createInvoice',
    owner: 'accounting',
    // Nested in a list inside the input variable.
    document: 'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }',
    variables: (t, ids) => ({
      input: {
        clientId: ids.client,
        currencyCode: 'USD',
        lines: [
          { description: 'Setup', quantity: '1', unitPrice: '10' },
          { description: t, quantity: '2', unitPrice: '5' },
        ],
      },
    }),
    clean: 'Consulting',
    path: ['input', 'lines', '1', 'description'],
  },
  {
    mutation: 'createWebhookEndpoint',
    owner: 'webhooks',
    document:
      'mutation($t: String!) { createWebhookEndpoint(input: { url: "https://hooks.bytes.example/in", types: [$t] }) { endpoint { id } } }',
    variables: (t) => ({ t }),
    clean: 'Client.*',
    path: ['input', 'types', '0'],
  },
];

const BAD_TEXT = {
  NUL: { spoil: (clean: string) => `${clean.slice(0, 2)}\u0000${clean.slice(2)}`, message: /NUL/ },
  'lone surrogate': { spoil: (clean: string) => `${clean.slice(0, 2)}\uD800${clean.slice(2)}`, message: /lone surrogate/ },
  'lone low surrogate': { spoil: (clean: string) => `${clean}\uDC00`, message: /lone surrogate/ },
} as const;

let stack: Stack;
let ids: Ids;

beforeAll(async () => {
  stack = await startStack({ seed: null });
  const employee = (await stack.query(BadBytesHire)).data?.hireEmployee.id ?? '';
  const client = (await stack.query(BadBytesClient)).data?.createClient.id ?? '';
  const project = (await stack.query(BadBytesProject, { clientId: client })).data?.createProject.id ?? '';
  await stack.query(BadBytesKickoff, { id: project });
  ids = { client, employee, project };
  expect([client, employee, project].map((id) => id.slice(0, 4))).toEqual(['cli_', 'emp_', 'prj_']);
});
afterAll(async () => stack.stop());

function expectRefused(answer: GraphQLResult<unknown>, path: string[], message: RegExp, what = path.join('.')) {
  expect(answer.status, what).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  const extensions = answer.errors?.[0]?.extensions as { code?: string; fields?: { path: string[]; message: string }[] } | undefined;
  expect(extensions?.code, what).toBe('BAD_USER_INPUT');
  expect(
    extensions?.fields?.map((field) => field.path),
    what,
  ).toEqual([path]);
  expect(extensions?.fields?.[0]?.message, what).toMatch(message);
  expect(answer.errors?.[0]?.message).toContain(path.join('.'));
}

describe('every create mutation', () => {
  it('refuses NUL and lone surrogates naming the field, through the gateway and at the owner, and writes nothing', async () => {
    const before = await snapshotStores(stack);
    const webhooksBefore = await stack.queryAt(stack.urls.webhooks, '{ webhookEndpoints { totalCount } }');
    for (const create of CASES) {
      for (const [kind, bad] of Object.entries(BAD_TEXT)) {
        for (const url of [stack.gatewayUrl, stack.urls[create.owner]]) {
          const answer = await stack.queryAt(url, create.document, create.variables(bad.spoil(create.clean), ids));
          expectRefused(answer, create.path, bad.message, `${create.mutation} with a ${kind} at ${url}`);
        }
      }
    }
    expect(await snapshotStores(stack)).toEqual(before);
    expect(await stack.queryAt(stack.urls.webhooks, '{ webhookEndpoints { totalCount } }')).toEqual(webhooksBefore);
  });

  it('accepts the same input without the bad character (the refusal is the character’s doing)', async () => {
    for (const create of CASES) {
      const answer = await stack.query(create.document, create.variables(create.clean, ids));
      expect(answer.errors, create.mutation).toBeUndefined();
      expect(answer.data?.[create.mutation], create.mutation).toBeTruthy();
    }
  });
});

describe('written inline', () => {
  it('a NUL escape in a literal is refused with the path through input objects and lists', async () => {
    const before = await snapshotStores(stack);
    const client = await stack.query('mutation { createClient(input: { name: "Nul\\u0000Corp", country: "US" }) { id } }');
    expectRefused(client, ['input', 'name'], /NUL/);
    const invoice = await stack.query(
      `mutation { createInvoice(input: { clientId: "${ids.client}", currencyCode: "USD", lines: [{ description: "ok", quantity: "1", unitPrice: "1" }, { description: "bad\\u0000", quantity: "1", unitPrice: "1" }] }) { id } }`,
    );
    expectRefused(invoice, ['input', 'lines', '1', 'description'], /NUL/);
    // A variable's default is checked where it is used.
    const byDefault = await stack.query('mutation($t: String = "x\\u0000y") { createDepartment(input: { name: $t }) { id } }');
    expectRefused(byDefault, ['input', 'name'], /NUL/);
    expect(await snapshotStores(stack)).toEqual(before);
  });

  it('a lone surrogate escape is not valid GraphQL at all', async () => {
    const answer = await stack.query('mutation { createDepartment(input: { name: "x\\uD800y" }) { id } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('bad text in a query argument is refused too, before anything is looked up', async () => {
    const answer = await stack.query('query($a: String!) { crmAuditLog(actor: $a) { totalCount } }', { a: 'user\u0000' });
    expectRefused(answer, ['actor'], /NUL/);
  });
});

describe('an Idempotency-Key', () => {
  it('is not spent by a request refused at the owner: the corrected retry with the same key runs', async () => {
    const headers = { 'idempotency-key': 'bad-bytes-retry-1' };
    const document = 'mutation($t: String!) { createDepartment(input: { name: $t }) { id name } }';
    // At hr itself: through the gateway the refusal comes before hr (and its key store) is asked at all.
    const refused = await stack.queryAt(stack.urls.hr, document, { t: 'Re\u0000try' }, { headers });
    expectRefused(refused, ['input', 'name'], /NUL/);
    const retried = await stack.queryAt(stack.urls.hr, document, { t: 'Retry' }, { headers });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toMatchObject({ createDepartment: { name: 'Retry' } });
  });
});
