import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../lib/dates.ts';
import { createDemoPlan } from '../../lib/demo/plan.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { HireEmployeeInput } from '../__generated__/graphql.ts';
import { entitiesQuery } from '../support/entities.ts';
import { anyString, containing } from '../support/matchers.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph, type TypedResponse } from '../support/subgraphs.ts';

let hr: TestSubgraph;

beforeAll(async () => {
  hr = await openTestSubgraph(hrSubgraph);
});
afterAll(async () => {
  await hr.close();
});

const HireEmployee = graphql(`
  mutation HrHireEmployee($input: HireEmployeeInput!) {
    hireEmployee(input: $input) {
      id
      name
      email
      title
      status
      version
      capacityHoursPerWeek
      startDate
      department {
        id
        name
      }
      manager {
        id
        name
      }
    }
  }
`);
const ChangeStatus = graphql(`
  mutation HrChangeEmployeeStatus($id: ID!, $status: EmployeeStatus!, $v: Int) {
    changeEmployeeStatus(id: $id, status: $status, expectedVersion: $v) {
      status
      version
    }
  }
`);
const UpdateEmployee = graphql(`
  mutation HrUpdateEmployee($id: ID!, $input: UpdateEmployeeInput!, $v: Int) {
    updateEmployee(id: $id, input: $input, expectedVersion: $v) {
      name
      email
      title
      version
      capacityHoursPerWeek
      department {
        id
      }
      manager {
        id
      }
    }
  }
`);
const Count = graphql(`
  query HrCount {
    employees {
      totalCount
    }
    departments {
      id
    }
  }
`);
const CreateDepartment = graphql(`
  mutation HrCreateDepartment($name: String!) {
    createDepartment(input: { name: $name }) {
      id
      name
      version
    }
  }
`);
const DepartmentNames = graphql(`
  query HrDepartmentNames {
    departments {
      name
    }
  }
`);

let emails = 0;
async function hire(input: Partial<HireEmployeeInput> = {}) {
  emails += 1;
  const response = await hr.execute(HireEmployee, { input: { name: `Person ${emails}`, email: `person${emails}@example.com`, ...input } });
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('hireEmployee answered no data');
  return response.data.hireEmployee;
}

async function createDepartment(name: string): Promise<string> {
  const response = await hr.execute(CreateDepartment, { name });
  expect(response.errors).toBeUndefined();
  const created = response.data?.createDepartment;
  expect(created).toMatchObject({ name, version: 1 });
  if (!created) throw new Error('createDepartment answered no department');
  return created.id;
}

describe('hr subgraph: writes', () => {
  it('hires an employee with defaults and reads them back with department, manager and reports', async () => {
    const departmentId = await createDepartment('Engineering');
    const boss = await hire({ name: 'Ada Boss', departmentId });
    const hired = await hire({
      name: 'Grace Hopper',
      email: 'Grace.Hopper@Example.COM',
      title: 'Engineer',
      departmentId,
      managerId: boss.id,
    });
    expect(hired.id).toMatch(/^emp_[0-9a-z]{16}$/);
    expect(hired).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace.hopper@example.com',
      title: 'Engineer',
      status: 'ACTIVE',
      version: 1,
      capacityHoursPerWeek: 40,
      startDate: today(),
      department: { id: departmentId, name: 'Engineering' },
      manager: { id: boss.id, name: 'Ada Boss' },
    });

    const read = await hr.execute(
      graphql(`
        query HrEmployeeTeam($id: ID!) {
          employee(id: $id) {
            name
            reports {
              id
            }
            department {
              employees {
                name
              }
            }
          }
        }
      `),
      { id: boss.id },
    );
    expect(read.data).toEqual({
      employee: {
        name: 'Ada Boss',
        reports: [{ id: hired.id }],
        department: { employees: [{ name: 'Ada Boss' }, { name: 'Grace Hopper' }] },
      },
    });
    const missing = graphql(`
      query HrMissingEmployee {
        employee(id: "emp_doesnotexist00") {
          id
        }
      }
    `);
    expect((await hr.execute(missing)).data).toEqual({ employee: null });
  });

  it('refuses a duplicate department name, ignoring case, storing nothing', async () => {
    await createDepartment('Finance');
    const before = await hr.execute(Count);
    const duplicate = await hr.execute(CreateDepartment, { name: 'FINANCE' });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'name'], message: anyString() }]);
    expect(await hr.execute(Count)).toEqual(before);
  });

  it('folds case beyond ASCII the same on every store, and matches composed with decomposed accents', async () => {
    const id = await createDepartment('Équipe Été');
    const before = await hr.execute(Count);
    for (const name of ['ÉQUIPE ÉTÉ', 'équipe été', 'E\u0301quipe E\u0301te\u0301']) {
      const duplicate = await hr.execute(CreateDepartment, { name });
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      expect(duplicate.errors?.[0]?.extensions).toMatchObject({ id });
    }
    expect(await hr.execute(Count)).toEqual(before);
    // Different letters are different names, even where a locale-aware comparison would merge them.
    await createDepartment('Straße');
    await createDepartment('Strasse');
  });

  it('refuses a duplicate email, ignoring case, with CONFLICT and stores nothing', async () => {
    const taken = await hire({ email: 'taken@example.com' });
    const before = await hr.execute(Count);
    const duplicate = await hr.execute(HireEmployee, { input: { name: 'Someone Else', email: 'TAKEN@example.com' } });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ id: taken.id, fields: [{ path: ['input', 'email'] }] });
    expect(await hr.execute(Count)).toEqual(before);

    const other = await hire();
    const update = await hr.execute(UpdateEmployee, { id: other.id, input: { email: 'Taken@Example.com' } });
    expect(errorCodes(update)).toEqual(['CONFLICT']);
    const read = await hr.execute(
      graphql(`
        query HrEmployeeEmail($id: ID!) {
          employee(id: $id) {
            email
            version
          }
        }
      `),
      { id: other.id },
    );
    expect(read.data).toEqual({ employee: { email: `person${emails}@example.com`, version: 1 } });
  });

  it('refuses malformed input with BAD_USER_INPUT naming each field, storing nothing', async () => {
    const before = await hr.execute(Count);
    const bad = await hr.execute(HireEmployee, {
      input: { name: 'Bad', email: 'not-an-email', departmentId: 'cli_123', managerId: 'dep_123', capacityHoursPerWeek: 81 },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'email'], message: anyString() },
      { path: ['input', 'departmentId'], message: containing('dep_') },
      { path: ['input', 'managerId'], message: containing('emp_') },
      { path: ['input', 'capacityHoursPerWeek'], message: anyString() },
    ]);
    const negative = await hr.execute(HireEmployee, { input: { name: 'Bad', email: 'ok@example.com', capacityHoursPerWeek: -1 } });
    expect(negative.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'capacityHoursPerWeek'], message: anyString() }]);
    const badDate = await hr.execute(HireEmployee, { input: { name: 'Bad', email: 'ok@example.com', startDate: '2025-02-30' } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(await hr.execute(Count)).toEqual(before);
  });

  it('refuses a missing department or manager with NOT_FOUND and a terminated manager with BAD_USER_INPUT', async () => {
    const before = await hr.execute(Count);
    const noDepartment = await hr.execute(HireEmployee, {
      input: { name: 'Lost', email: 'lost@example.com', departmentId: 'dep_doesnotexist00' },
    });
    expect(errorCodes(noDepartment)).toEqual(['NOT_FOUND']);
    expect(noDepartment.errors?.[0]?.message).toContain('Department dep_doesnotexist00');
    expect(noDepartment.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'departmentId'], message: anyString() }]);

    const noManager = await hr.execute(HireEmployee, {
      input: { name: 'Lost', email: 'lost@example.com', managerId: 'emp_doesnotexist00' },
    });
    expect(errorCodes(noManager)).toEqual(['NOT_FOUND']);
    expect(noManager.errors?.[0]?.extensions).toMatchObject({ entity: 'Employee', fields: [{ path: ['input', 'managerId'] }] });

    expect(await hr.execute(Count)).toEqual(before);

    const gone = await hire();
    await hr.execute(ChangeStatus, { id: gone.id, status: 'TERMINATED' });
    const beforeTerminated = await hr.execute(Count);
    const terminated = await hr.execute(HireEmployee, { input: { name: 'Lost', email: 'lost@example.com', managerId: gone.id } });
    expect(errorCodes(terminated)).toEqual(['BAD_USER_INPUT']);
    expect(terminated.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'managerId'], message: containing('TERMINATED') }]);
    expect(await hr.execute(Count)).toEqual(beforeTerminated);
  });

  it('moves status only through the lifecycle; TERMINATED is final', async () => {
    const { id } = await hire();
    expect((await hr.execute(ChangeStatus, { id, status: 'ON_LEAVE', v: 1 })).data).toEqual({
      changeEmployeeStatus: { status: 'ON_LEAVE', version: 2 },
    });
    expect((await hr.execute(ChangeStatus, { id, status: 'ACTIVE' })).data).toEqual({
      changeEmployeeStatus: { status: 'ACTIVE', version: 3 },
    });
    const same = await hr.execute(ChangeStatus, { id, status: 'ACTIVE' });
    expect(errorCodes(same)).toEqual(['INVALID_TRANSITION']);
    expect((await hr.execute(ChangeStatus, { id, status: 'ON_LEAVE' })).data).toEqual({
      changeEmployeeStatus: { status: 'ON_LEAVE', version: 4 },
    });
    expect((await hr.execute(ChangeStatus, { id, status: 'TERMINATED' })).data).toEqual({
      changeEmployeeStatus: { status: 'TERMINATED', version: 5 },
    });
    for (const status of ['ACTIVE', 'ON_LEAVE', 'TERMINATED'] as const) {
      const refused = await hr.execute(ChangeStatus, { id, status });
      expect(errorCodes(refused)).toEqual(['INVALID_TRANSITION']);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ entity: 'Employee', id, from: 'TERMINATED', to: status });
      expect(refused.errors?.[0]?.message).toContain('TERMINATED is final');
    }
    const direct = await hire();
    expect((await hr.execute(ChangeStatus, { id: direct.id, status: 'TERMINATED' })).data).toEqual({
      changeEmployeeStatus: { status: 'TERMINATED', version: 2 },
    });
    const missing = await hr.execute(ChangeStatus, { id: 'emp_doesnotexist00', status: 'ACTIVE' });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
  });

  it('refuses a malformed id or expectedVersion on a status change with BAD_USER_INPUT, changing nothing', async () => {
    const { id } = await hire();
    const cases: [VariablesOf<typeof ChangeStatus>, string[]][] = [
      [{ id, status: 'ON_LEAVE', v: 0 }, ['expectedVersion']],
      [{ id, status: 'ON_LEAVE', v: -3 }, ['expectedVersion']],
      // The wrong kind of id is a malformed argument, not a missing employee.
      [{ id: 'inv_0000000000000000', status: 'ON_LEAVE' }, ['id']],
    ];
    for (const [variables, path] of cases) {
      const response = await hr.execute(ChangeStatus, variables);
      expect(errorCodes(response), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path, message: anyString() }]);
    }
    const read = await hr.execute(
      graphql(`
        query HrEmployeeStatus($id: ID!) {
          employee(id: $id) {
            status
            version
          }
        }
      `),
      { id },
    );
    expect(read.data).toEqual({ employee: { status: 'ACTIVE', version: 1 } });
  });

  it('refuses a stale expectedVersion with CONFLICT, changing nothing', async () => {
    const { id } = await hire({ title: 'Analyst' });
    expect((await hr.execute(UpdateEmployee, { id, input: { title: 'Senior Analyst' }, v: 1 })).data).toMatchObject({
      updateEmployee: { title: 'Senior Analyst', version: 2 },
    });
    const stale = await hr.execute(UpdateEmployee, { id, input: { title: 'Principal' }, v: 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    const staleStatus = await hr.execute(ChangeStatus, { id, status: 'ON_LEAVE', v: 1 });
    expect(errorCodes(staleStatus)).toEqual(['CONFLICT']);
    const read = await hr.execute(
      graphql(`
        query HrEmployeeTitle($id: ID!) {
          employee(id: $id) {
            title
            status
            version
          }
        }
      `),
      { id },
    );
    expect(read.data).toEqual({ employee: { title: 'Senior Analyst', status: 'ACTIVE', version: 2 } });
  });

  it('leaves absent fields as they are and clears optional ones given as null', async () => {
    const departmentId = await createDepartment('Design');
    const manager = await hire();
    const { id } = await hire({ title: 'Designer', departmentId, managerId: manager.id, capacityHoursPerWeek: 32 });
    const renamed = await hr.execute(UpdateEmployee, { id, input: { name: 'Renamed' } });
    expect(renamed.data).toMatchObject({
      updateEmployee: {
        name: 'Renamed',
        title: 'Designer',
        capacityHoursPerWeek: 32,
        department: { id: departmentId },
        manager: { id: manager.id },
        version: 2,
      },
    });
    const cleared = await hr.execute(UpdateEmployee, {
      id,
      input: { title: null, departmentId: null, managerId: null, capacityHoursPerWeek: 0 },
    });
    expect(cleared.data).toMatchObject({
      updateEmployee: { name: 'Renamed', title: null, capacityHoursPerWeek: 0, department: null, manager: null, version: 3 },
    });
    const noName = await hr.execute(UpdateEmployee, { id, input: { name: null, email: null } });
    expect(errorCodes(noName)).toEqual(['BAD_USER_INPUT']);
    expect(noName.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'name'], message: 'name cannot be cleared' },
      { path: ['input', 'email'], message: 'email cannot be cleared' },
    ]);
    const noDepartment = await hr.execute(UpdateEmployee, { id, input: { departmentId: 'dep_doesnotexist00' } });
    expect(errorCodes(noDepartment)).toEqual(['NOT_FOUND']);
    const read = await hr.execute(
      graphql(`
        query HrEmployeeVersion($id: ID!) {
          employee(id: $id) {
            version
          }
        }
      `),
      { id },
    );
    expect(read.data).toEqual({ employee: { version: 3 } });
  });

  it('refuses a manager change that makes an employee their own manager or closes a cycle', async () => {
    const top = await hire();
    const middle = await hire({ managerId: top.id });
    const bottom = await hire({ managerId: middle.id });
    const self = await hr.execute(UpdateEmployee, { id: top.id, input: { managerId: top.id } });
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    expect(self.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'managerId'], message: containing('own manager') }]);
    for (const report of [middle, bottom]) {
      const cycle = await hr.execute(UpdateEmployee, { id: top.id, input: { managerId: report.id } });
      expect(errorCodes(cycle)).toEqual(['BAD_USER_INPUT']);
      expect(cycle.errors?.[0]?.message).toContain('cycle');
    }
    const read = await hr.execute(
      graphql(`
        query HrEmployeeManager($id: ID!) {
          employee(id: $id) {
            version
            manager {
              id
            }
          }
        }
      `),
      { id: top.id },
    );
    expect(read.data).toEqual({ employee: { version: 1, manager: null } });
    // Moving someone sideways, away from their own reports, is fine.
    const moved = await hr.execute(UpdateEmployee, { id: bottom.id, input: { managerId: top.id } });
    expect(moved.data).toMatchObject({ updateEmployee: { manager: { id: top.id }, version: 2 } });
  });
});

describe('hr subgraph: reads', () => {
  it('pages employees by name then id, with status and department filters and totalCount', async () => {
    const departmentId = await createDepartment('Paging');
    const names = ['Eve', 'Bob', 'Dan', 'Alice', 'Carol', 'Bob'];
    const ids: string[] = [];
    for (const name of names) ids.push((await hire({ name, departmentId })).id);
    const dan = ids[2];
    if (!dan) throw new Error('Dan was not hired');
    await hr.execute(ChangeStatus, { id: dan, status: 'ON_LEAVE' });

    const Page = graphql(`
      query HrEmployeePage($first: Int, $after: String, $status: EmployeeStatus, $dep: ID) {
        employees(first: $first, after: $after, status: $status, departmentId: $dep) {
          edges {
            cursor
            node {
              id
              name
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          totalCount
        }
      }
    `);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages++) {
      // Annotated: the loop feeds `after` back in, which TypeScript cannot infer through.
      const response: TypedResponse<ResultOf<typeof Page>> = await hr.execute(Page, { first: 2, after, dep: departmentId });
      const page = response.data?.employees;
      expect(page?.totalCount).toBe(6);
      seen.push(...(page?.edges.map((edge) => edge.node.name) ?? []));
      expect(page?.pageInfo.hasNextPage).toBe(pages < 2);
      after = page?.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(['Alice', 'Bob', 'Bob', 'Carol', 'Dan', 'Eve']);

    const active = (await hr.execute(Page, { first: 10, status: 'ACTIVE', dep: departmentId })).data?.employees;
    expect(active?.totalCount).toBe(5);
    expect(active?.edges.map((edge) => edge.node.name)).toEqual(['Alice', 'Bob', 'Bob', 'Carol', 'Eve']);
    const onLeave = (await hr.execute(Page, { first: 10, status: 'ON_LEAVE', dep: departmentId })).data?.employees;
    expect(onLeave).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: dan, name: 'Dan' } }],
      pageInfo: { hasNextPage: false },
    });

    const empty = (await hr.execute(Page, { first: 0, dep: departmentId })).data?.employees;
    expect(empty).toMatchObject({ edges: [], totalCount: 6, pageInfo: { hasNextPage: true, endCursor: null } });
    expect(errorCodes(await hr.execute(Page, { first: 2, after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists departments by name', async () => {
    const response = await hr.execute(DepartmentNames);
    const names = response.data?.departments.map((department) => department.name) ?? [];
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Design', 'Engineering', 'Finance', 'Paging']));
  });

  it('resolves Employee entities with status and capacity, and null for an unknown id', async () => {
    const employee = await hire({ capacityHoursPerWeek: 24 });
    await hr.execute(ChangeStatus, { id: employee.id, status: 'ON_LEAVE' });
    const capacity = graphql(`
      fragment HrEmployeeCapacity on Employee {
        id
        status
        capacityHoursPerWeek
      }
    `);
    const response = await hr.execute(entitiesQuery(capacity), {
      representations: [
        { __typename: 'Employee', id: employee.id },
        { __typename: 'Employee', id: 'emp_doesnotexist00' },
      ],
    });
    expect(response).toEqual({ data: { _entities: [{ id: employee.id, status: 'ON_LEAVE', capacityHoursPerWeek: 24 }, null] } });
  });

  it('answers CRM reference checks: a terminated account manager is refused', async () => {
    const crm = await openTestSubgraph(crmSubgraph, { owners: { hr } });
    try {
      const active = await hire();
      const gone = await hire();
      await hr.execute(ChangeStatus, { id: gone.id, status: 'TERMINATED' });
      const CREATE = graphql(`
        mutation HrCreateManagedClient($m: ID) {
          createClient(input: { name: "Acme", accountManagerId: $m }) {
            accountManager {
              id
            }
          }
        }
      `);
      expect((await crm.execute(CREATE, { m: active.id })).data).toEqual({ createClient: { accountManager: { id: active.id } } });
      expect(errorCodes(await crm.execute(CREATE, { m: gone.id }))).toEqual(['REFERENCE_NOT_FOUND']);
    } finally {
      await crm.close();
    }
  });
});

describe('hr subgraph: demo data', () => {
  it('seeds the plan and reads a page of employees with related rows in a constant number of statements', async () => {
    const seeded = await openTestSubgraph(hrSubgraph);
    try {
      const plan = createDemoPlan({ seed: 7, size: { clients: 5, employees: 120, invoices: 0, projects: 0 }, reportingCurrency: 'USD' });
      expect(await seeded.subgraph.isEmpty()).toBe(true);
      await seeded.subgraph.seed(plan);
      expect(await seeded.subgraph.isEmpty()).toBe(false);

      const QUERY = graphql(`
        query HrEmployeesWithRelations($first: Int) {
          employees(first: $first) {
            totalCount
            edges {
              node {
                id
                email
                createdAt
                manager {
                  id
                  reports {
                    id
                  }
                }
                department {
                  name
                  employees {
                    id
                  }
                }
                reports {
                  id
                }
              }
            }
          }
        }
      `);
      const statementsFor = async (first: number) => {
        const before = seeded.subgraph.statementCount;
        const response = await seeded.execute(QUERY, { first });
        expect(response.errors).toBeUndefined();
        return { statements: seeded.subgraph.statementCount - before, employees: response.data?.employees };
      };
      // Page + count, then one batch per loader per level: employee, department, reports,
      // the managers' reports, the departments' employees. Fewer when DataLoader already has them.
      const small = await statementsFor(5);
      const large = await statementsFor(100);
      expect(small.statements).toBeLessThanOrEqual(7);
      expect(large.statements).toBeLessThanOrEqual(7);
      expect(large.employees?.totalCount).toBe(120);

      const planned = new Map(plan.employees.map((employee) => [employee.id, employee]));
      for (const { node } of large.employees?.edges ?? []) {
        expect(node.manager?.id ?? null).toBe(planned.get(node.id)?.managerId);
        expect(node.email).toBe(node.email.toLowerCase());
        expect(node.createdAt).toBe(plan.createdAt);
      }
      const departments = await seeded.execute(DepartmentNames);
      expect(departments.data?.departments).toHaveLength(plan.departments.length);
    } finally {
      await seeded.close();
    }
  });
});
