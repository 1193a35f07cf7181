import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, writeScope, type Scope } from '../../lib/auth/scopes.ts';
import { DOMAINS, type Domain } from '../../lib/domains.ts';
import { money } from '../../lib/money.ts';
import { graphql } from '../__generated__/gql.ts';
import { craftToken, tokenFor } from '../support/auth.ts';
import { mutationProbes, type MutationProbe } from '../support/probes.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Who may write what, proved end to end: a token for one domain cannot write another, whether
 * the request goes through the gateway or straight to the subgraph (bypassing the gateway);
 * a refused write stores nothing; salaries need their own scope; reads need `read`.
 */

type Route = 'gateway' | 'direct';
const ROUTES: Route[] = ['gateway', 'direct'];

/** Every scope with `read` beside it (so reading never helps writing), and a caller with no token at all. */
const CALLERS: { name: string; scopes: Scope[] | null }[] = [
  ...SCOPES.map((scope) => ({ name: scope === 'read' ? 'read' : `${scope} read`, scopes: [...new Set<Scope>([scope, 'read'])] })),
  { name: 'anonymous', scopes: null },
];

let stack: Stack;
const tokens = new Map<string, string | null>();
let clientId = '';
let leadId = '';
let unique = 0;

beforeAll(async () => {
  stack = await startStack({ seed: { clients: 8, employees: 8, invoices: 10, projects: 4 } });
  for (const caller of CALLERS) tokens.set(caller.name, caller.scopes ? await tokenFor(caller.scopes, { subject: caller.name }) : null);
  clientId = stack.plan?.clients.find((client) => client.status === 'ACTIVE')?.id ?? '';
  leadId = stack.plan?.employees.find((employee) => employee.status === 'ACTIVE')?.id ?? '';
  expect(clientId).toMatch(/^cli_/);
  expect(leadId).toMatch(/^emp_/);
});
// afterAll, not a teardown returned by beforeAll: vitest runs none of those when set-up throws part-way.
afterAll(() => stack.stop());

/** Any string or number, for an assertion's expected value (`expect.any` is typed `any`). */
const ANY_STRING: unknown = expect.any(String);
const ANY_NUMBER: unknown = expect.any(Number);

/** Where a request for `domain` goes: the gateway, or the domain's subgraph itself. */
function urlOf(route: Route, domain: Domain): string {
  return route === 'gateway' ? stack.gatewayUrl : stack.urls[domain];
}

function send<TResult, TVariables>(
  route: Route,
  domain: Domain,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string | null,
) {
  return stack.queryAt(urlOf(route, domain), operation, variables, { token });
}

/** Probes are built from each subgraph's schema at run time (test/support/probes.ts): strings. */
function sendProbe(route: Route, probe: MutationProbe, token: string | null) {
  return stack.queryAt(urlOf(route, probe.domain), probe.query, probe.variables, { token });
}

const CreateClient = graphql(`
  mutation AuthorisationCreateClient($n: String!) {
    createClient(input: { name: $n }) {
      id
      name
    }
  }
`);

const CreateInvoice = graphql(`
  mutation AuthorisationCreateInvoice($c: ID!) {
    createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Matrix", quantity: "1", unitPrice: "10" }] }) {
      id
      status
    }
  }
`);

const CreateDepartment = graphql(`
  mutation AuthorisationCreateDepartment($n: String!) {
    createDepartment(input: { name: $n }) {
      id
      name
    }
  }
`);

const CreateProject = graphql(`
  mutation AuthorisationCreateProject($n: String!, $c: ID!, $l: ID!) {
    createProject(input: { name: $n, clientId: $c, leadId: $l, budgetHours: "10" }) {
      id
      name
    }
  }
`);

/**
 * One valid write per domain: it would succeed for the owner, so a refusal is the scope's doing.
 * Answers the response and the id of the entity written, if one was.
 */
async function writeRepresentative(
  domain: Domain,
  route: Route,
  token: string | null,
): Promise<{ result: GraphQLResult<unknown>; id: string | undefined }> {
  const name = `Matrix ${domain} ${++unique}`;
  switch (domain) {
    case 'crm': {
      const result = await send(route, domain, CreateClient, { n: name }, token);
      return { result, id: result.data?.createClient.id };
    }
    case 'accounting': {
      const result = await send(route, domain, CreateInvoice, { c: clientId }, token);
      return { result, id: result.data?.createInvoice.id };
    }
    case 'hr': {
      const result = await send(route, domain, CreateDepartment, { n: name }, token);
      return { result, id: result.data?.createDepartment.id };
    }
    case 'projects': {
      const result = await send(route, domain, CreateProject, { n: name, c: clientId, l: leadId }, token);
      return { result, id: result.data?.createProject.id };
    }
  }
}

/** What is wrong with a response that should be exactly one FORBIDDEN naming `scope`, or null. */
function notForbidden(result: GraphQLResult<unknown>, scope: string): string | null {
  const [error, ...more] = result.errors ?? [];
  if (!error || more.length) return `expected one error, got ${JSON.stringify(result)}`;
  if (error.extensions?.code !== 'FORBIDDEN' || error.extensions.requiredScope !== scope || !error.message.includes(scope)) {
    return `expected FORBIDDEN naming ${scope}, got ${JSON.stringify(error)}`;
  }
  return result.data == null ? null : `expected no data, got ${JSON.stringify(result.data)}`;
}

const refusedCells = DOMAINS.flatMap((domain) =>
  CALLERS.filter((caller) => !caller.scopes?.includes(writeScope(domain))).flatMap((caller) =>
    ROUTES.map((route) => ({ domain, caller: caller.name, route })),
  ),
);

describe('a token for one domain cannot write another', () => {
  it('has a matrix of every caller × every domain × both routes', () => {
    // 8 callers (7 scopes, each with read, and no token) × 4 domains × 2 routes; 8 of the 64 own the domain.
    expect(CALLERS).toHaveLength(8);
    expect(refusedCells).toHaveLength(56);
  });

  it.each(refusedCells)('$caller → $domain ($route): FORBIDDEN, nothing stored', async ({ domain, caller, route }) => {
    const before = await snapshotStores(stack);
    const { result } = await writeRepresentative(domain, route, tokens.get(caller) ?? null);
    expect(notForbidden(result, writeScope(domain))).toBeNull();
    expect(await snapshotStores(stack)).toEqual(before);
  });

  it('refuses every mutation of every domain to every caller without its write scope, before looking at the arguments', async () => {
    const before = await snapshotStores(stack);
    const failures: string[] = [];
    let cells = 0;
    for (const domain of DOMAINS) {
      for (const probe of mutationProbes(domain)) {
        for (const caller of CALLERS.filter((c) => !c.scopes?.includes(writeScope(domain)))) {
          for (const route of ROUTES) {
            cells++;
            const result = await sendProbe(route, probe, tokens.get(caller.name) ?? null);
            const problem = notForbidden(result, writeScope(domain));
            if (problem) failures.push(`${caller.name} → ${domain}.${probe.field} (${route}): ${problem}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // 28 mutations, 7 callers without the owning scope each, 2 routes.
    expect(cells).toBe(28 * 7 * 2);
    expect(await snapshotStores(stack)).toEqual(before);
  });

  it('lets the owning scope past authorisation for every mutation (placeholder arguments fail later, never FORBIDDEN)', async () => {
    for (const domain of DOMAINS) {
      const token = tokens.get(`${writeScope(domain)} read`) ?? null;
      for (const probe of mutationProbes(domain)) {
        for (const route of ROUTES) {
          const result = await sendProbe(route, probe, token);
          expect(result.errors?.map((error) => error.extensions?.code) ?? [], `${domain}.${probe.field} (${route})`).not.toContain(
            'FORBIDDEN',
          );
        }
      }
    }
  });

  it.each(DOMAINS.flatMap((domain) => ROUTES.map((route) => ({ domain, route }))))(
    '$domain:write writes $domain ($route)',
    async ({ domain, route }) => {
      const { result, id } = await writeRepresentative(domain, route, tokens.get(`${writeScope(domain)} read`) ?? null);
      expect(result.errors).toBeUndefined();
      expect(id).toEqual(ANY_STRING);
    },
  );

  it.each(ROUTES)(
    'forwards the caller’s token to reference checks: accounting:write without read cannot confirm the client (%s)',
    async (route) => {
      const before = await snapshotStores(stack);
      const { result } = await writeRepresentative('accounting', route, await tokenFor(['accounting:write']));
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.errors?.[0]?.message).toMatch(/Checking Client cli_\w+ \(input\.clientId\) with its owner, crm, needs the read scope/);
      expect(await snapshotStores(stack)).toEqual(before);
    },
  );
});

const ClientCount = graphql(`
  query AuthorisationClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

describe('reads', () => {
  it.each(ROUTES)('need the read scope (%s)', async (route) => {
    const refused = await send(route, 'crm', ClientCount, {}, await tokenFor(['crm:write']));
    expect(notForbidden(refused, 'read')).toBeNull();
    const allowed = await send(route, 'crm', ClientCount, {}, await tokenFor(['read']));
    expect(allowed.data).toEqual({ clients: { totalCount: ANY_NUMBER } });
  });

  it('apply to the _entities lookups a subgraph serves, whoever asks', async () => {
    // A string: _entities is the federation protocol, not part of the API.
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id name } } }';
    const variables = { r: [{ __typename: 'Employee', id: leadId }] };
    expect(notForbidden(await stack.queryAt(stack.urls.hr, query, variables, { token: await tokenFor(['hr:write']) }), 'read')).toBeNull();
    const allowed = await stack.queryAt(stack.urls.hr, query, variables, { token: await tokenFor(['read']) });
    expect(allowed.data).toMatchObject({ _entities: [{ id: leadId }] });
  });

  it.each(ROUTES)(
    'are open to a caller without a token when ANONYMOUS_READS is on, as outside production by default (%s)',
    async (route) => {
      expect(stack.config.auth.anonymousReads).toBe(true);
      const result = await send(route, 'crm', ClientCount, {}, null);
      expect(result).toMatchObject({ status: 200, data: { clients: { totalCount: ANY_NUMBER } } });
      expect(result.errors).toBeUndefined();
    },
  );
});

const EmployeeSalary = graphql(`
  query AuthorisationEmployeeSalary($id: ID!) {
    employee(id: $id) {
      id
      name
      salary {
        amount
        currencyCode
      }
    }
  }
`);

const EmployeeSalaries = graphql(`
  query AuthorisationEmployeeSalaries {
    employees(first: 3) {
      edges {
        node {
          name
          salary {
            amount
          }
        }
      }
    }
  }
`);

const ProjectLeadSalaries = graphql(`
  query AuthorisationProjectLeadSalaries {
    projects(first: 2) {
      edges {
        node {
          lead {
            name
            salary {
              amount
            }
          }
        }
      }
    }
  }
`);

const HirePaidPerson = graphql(`
  mutation AuthorisationHirePaidPerson($e: String!) {
    hireEmployee(input: { name: "Paid Person", email: $e, salary: { amount: "81000.00", currencyCode: "USD" } }) {
      id
      salary {
        amount
        currencyCode
      }
    }
  }
`);

const UpdateSalary = graphql(`
  mutation AuthorisationUpdateSalary($id: ID!, $s: MoneyInput) {
    updateEmployee(id: $id, input: { title: "Paid", salary: $s }) {
      title
      salary {
        amount
      }
    }
  }
`);

describe('Employee.salary', () => {
  function planned(id: string) {
    const employee = stack.plan?.employees.find((candidate) => candidate.id === id);
    if (!employee || !stack.plan) throw new Error(`no planned employee ${id}`);
    return { name: employee.name, salary: money(employee.salaryMinor, stack.plan.reportingCurrency) };
  }

  it.each(ROUTES)('is null with one FORBIDDEN error without hr:salary:read, and the rest of the employee arrives (%s)', async (route) => {
    const result = await send(route, 'hr', EmployeeSalary, { id: leadId }, await tokenFor(['read', 'hr:write']));
    expect(result.data).toEqual({ employee: { id: leadId, name: planned(leadId).name, salary: null } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['employee', 'salary'],
      extensions: { code: 'FORBIDDEN', requiredScope: 'hr:salary:read' },
    });
  });

  it.each(ROUTES)('is the planned figure with hr:salary:read (%s)', async (route) => {
    const result = await send(route, 'hr', EmployeeSalary, { id: leadId }, await tokenFor(['read', 'hr:salary:read']));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ employee: { id: leadId, ...planned(leadId) } });
  });

  it('gives one error per path in a list, and holds for employees the gateway fetches as entities', async () => {
    const token = await tokenFor(['read']);
    const list = await stack.query(EmployeeSalaries, {}, { token });
    expect(list.data?.employees.edges).toHaveLength(3);
    expect(list.errors?.map((error) => [error.extensions?.code, error.path])).toEqual(
      [0, 1, 2].map((index) => ['FORBIDDEN', ['employees', 'edges', index, 'node', 'salary']]),
    );
    // A project's lead is resolved by the gateway through hr's _entities, with the caller's token.
    const projects = await stack.query(ProjectLeadSalaries, {}, { token });
    const leads = projects.data?.projects.edges.map((edge) => edge.node.lead) ?? [];
    expect(leads.length).toBeGreaterThan(0);
    for (const lead of leads) expect(lead).toEqual({ name: ANY_STRING, salary: null });
    expect(projects.errors?.length).toBe(leads.length);
    const salaryPath: unknown = expect.arrayContaining(['lead', 'salary']);
    for (const error of projects.errors ?? []) expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: salaryPath });
  });

  it('is set only by callers who may read it, and stores nothing otherwise', async () => {
    const before = await snapshotStores(stack);
    const refused = await stack.query(
      HirePaidPerson,
      { e: 'paid.person@recordgraph.example' },
      { token: await tokenFor(['hr:write', 'read']) },
    );
    expect(notForbidden(refused, 'hr:salary:read')).toBeNull();
    expect(await snapshotStores(stack)).toEqual(before);
    const hired = await stack.query(
      HirePaidPerson,
      { e: 'paid.person@recordgraph.example' },
      { token: await tokenFor(['hr:write', 'hr:salary:read', 'read']) },
    );
    expect(hired.errors).toBeUndefined();
    expect(hired.data).toMatchObject({ hireEmployee: { salary: { amount: '81000.00', currencyCode: 'USD' } } });

    const id = hired.data?.hireEmployee.id ?? '';
    const raise = { id, s: { amount: '90000.50', currencyCode: 'USD' } };
    expect(
      notForbidden(await send('direct', 'hr', UpdateSalary, raise, await tokenFor(['hr:write', 'read'])), 'hr:salary:read'),
    ).toBeNull();
    const raised = await send('direct', 'hr', UpdateSalary, raise, await tokenFor(['hr:write', 'hr:salary:read']));
    expect(raised.data).toEqual({ updateEmployee: { title: 'Paid', salary: { amount: '90000.50' } } });
    const cleared = await stack.query(UpdateSalary, { id, s: null }, { token: await tokenFor(['hr:write', 'hr:salary:read']) });
    expect(cleared.data).toEqual({ updateEmployee: { title: 'Paid', salary: null } });
    expect(cleared.errors).toBeUndefined();
  });
});

describe('authentication', () => {
  // Raw requests, to see the HTTP status and headers: the body is the operation's text.
  const COUNT = '{ clients(first: 1) { totalCount } }';
  const now = () => Math.floor(Date.now() / 1000);
  const BAD_TOKENS: [string, () => Promise<string>][] = [
    ['expired', () => craftToken({ expiresAt: now() - 60 })],
    ['signed with another key', () => craftToken({ secret: 'another-secret-of-at-least-thirty-two-characters' })],
    ['for another audience', () => craftToken({ audience: 'someone-else' })],
    ['from another issuer', () => craftToken({ issuer: 'someone-else' })],
    ['not a JWT', async () => 'not-a-jwt'],
  ];

  it.each(BAD_TOKENS.flatMap(([name, make]) => ROUTES.map((route) => ({ name, make, route }))))(
    'refuses a token $name with UNAUTHENTICATED, HTTP 401, for the whole request ($route)',
    async ({ make, route }) => {
      const url = route === 'gateway' ? stack.gatewayUrl : stack.urls.crm;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await make()}` },
        body: JSON.stringify({ query: COUNT }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="recordgraph", error="invalid_token"');
      const body = (await response.json()) as GraphQLResult<unknown>;
      expect(body.data).toBeUndefined();
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(body.errors?.[0]?.message).toMatch(/Invalid bearer token: /);
    },
  );

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWxpY2U6c2VjcmV0' },
      body: JSON.stringify({ query: COUNT }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphQLResult<unknown>).errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MALFORMED_HEADER',
    });
  });
});

describe('in production', () => {
  const JWT_SECRET = 'production-secret-for-this-test-only-0123456789';
  let production: Stack | undefined;

  beforeAll(async () => {
    production = await startStack({ seed: null, env: { NODE_ENV: 'production', JWT_SECRET } });
  });
  afterAll(async () => {
    await production?.stop();
  });

  it.each(ROUTES)('refuses a request without a token (no anonymous reads), and takes one signed with JWT_SECRET (%s)', async (route) => {
    const target = production;
    if (!target) throw new Error('no production stack');
    expect(target.config.auth).toMatchObject({ anonymousReads: false, secret: JWT_SECRET });
    const url = route === 'gateway' ? target.gatewayUrl : target.urls.crm;
    const anonymous = await target.queryAt(url, ClientCount, {}, { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING_TOKEN' });
    // The development key means nothing here.
    const development = await target.queryAt(url, ClientCount, {}, { token: await tokenFor(['read']) });
    expect(development.status).toBe(401);
    const token = await tokenFor(['read'], { auth: target.config.auth });
    const allowed = await target.queryAt(url, ClientCount, {}, { token });
    expect(allowed).toMatchObject({ status: 200, data: { clients: { totalCount: 0 } } });
  });
});
