import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { createDemoPlan } from '../../lib/demo/plan.ts';
import type { GraphQLResponse } from '../../lib/references.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { CreateProjectInput, CreateTaskInput, Health, ProjectPhase } from '../__generated__/graphql.ts';
import { entitiesQuery } from '../support/entities.ts';
import { anyString, containing, matching } from '../support/matchers.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

let crm: TestSubgraph;
let hr: TestSubgraph;
let projects: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  hr = await openTestSubgraph(hrSubgraph);
  projects = await openTestSubgraph(projectsSubgraph, { owners: { crm, hr } });
});
afterAll(async () => {
  await projects.close();
  await hr.close();
  await crm.close();
});

/** The data of an operation that must succeed. */
async function ok<TResult, TVariables>(
  subgraph: TestSubgraph,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const response = await subgraph.execute(operation, variables);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('the operation answered no data');
  return response.data;
}

const CreateClient = graphql(`
  mutation ProjectsCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

async function newClient(name = 'Acme'): Promise<string> {
  return (await ok(crm, CreateClient, { name })).createClient.id;
}

const HireEmployee = graphql(`
  mutation ProjectsHireEmployee($name: String!, $email: String!) {
    hireEmployee(input: { name: $name, email: $email }) {
      id
    }
  }
`);

let hires = 0;
async function hire(name = 'Ada Lovelace'): Promise<string> {
  hires += 1;
  return (await ok(hr, HireEmployee, { name, email: `person${hires}@recordgraph.example` })).hireEmployee.id;
}

const TerminateEmployee = graphql(`
  mutation ProjectsTerminateEmployee($id: ID!) {
    changeEmployeeStatus(id: $id, status: TERMINATED) {
      status
    }
  }
`);

async function terminate(id: string): Promise<void> {
  await ok(hr, TerminateEmployee, { id });
}

const CreateProject = graphql(`
  mutation ProjectsCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
      phase
      health
      budgetHours
      hoursLogged
      startDate
      endDate
      version
      client {
        id
      }
      lead {
        id
      }
    }
  }
`);

/** A project with a budget of 100 hours unless `input` says otherwise. */
async function createProject(input: Omit<CreateProjectInput, 'budgetHours'> & Partial<Pick<CreateProjectInput, 'budgetHours'>>) {
  return (await ok(projects, CreateProject, { input: { budgetHours: '100', ...input } })).createProject;
}

const AdvanceProject = graphql(`
  mutation ProjectsAdvanceProject($id: ID!, $phase: ProjectPhase!, $v: Int) {
    advanceProject(id: $id, phase: $phase, expectedVersion: $v) {
      phase
      version
    }
  }
`);

async function advanceTo(id: string, target: ProjectPhase): Promise<void> {
  const order: ProjectPhase[] = ['PROPOSAL', 'KICKOFF', 'DELIVERY', 'REVIEW', 'CLOSED'];
  for (const phase of order.slice(1, order.indexOf(target) + 1)) await ok(projects, AdvanceProject, { id, phase });
}

const SetHealth = graphql(`
  mutation ProjectsSetHealth($id: ID!, $h: Health!, $note: String, $v: Int) {
    setProjectHealth(id: $id, health: $h, note: $note, expectedVersion: $v) {
      health
      healthNote
      version
    }
  }
`);

const CreateTask = graphql(`
  mutation ProjectsCreateTask($p: ID!, $input: CreateTaskInput!) {
    createTask(projectId: $p, input: $input) {
      id
      title
      status
      estimateHours
      version
      assignee {
        id
      }
      project {
        id
      }
    }
  }
`);

const NewTask = graphql(`
  mutation ProjectsNewTask($p: ID!, $input: CreateTaskInput!) {
    createTask(projectId: $p, input: $input) {
      id
    }
  }
`);

async function newTask(projectId: string, input: CreateTaskInput): Promise<string> {
  return (await ok(projects, NewTask, { p: projectId, input })).createTask.id;
}

const LogTime = graphql(`
  mutation ProjectsLogTime($input: LogTimeInput!) {
    logTime(input: $input) {
      id
      hours
      billable
      date
      note
      task {
        id
      }
      employee {
        id
      }
      project {
        id
      }
      createdAt
    }
  }
`);

const ProjectCount = graphql(`
  query ProjectsCount {
    projects {
      totalCount
    }
  }
`);

async function projectCount(): Promise<number> {
  return (await ok(projects, ProjectCount)).projects.totalCount;
}

const TimeOf = graphql(`
  query ProjectsTimeOf($id: ID!) {
    project(id: $id) {
      hoursLogged
      timeEntries {
        totalCount
      }
    }
  }
`);

async function timeOf(id: string) {
  return (await ok(projects, TimeOf, { id })).project;
}

describe('projects subgraph: creating projects', () => {
  it('creates a GREEN proposal with version 1 for a client and lead that exist', async () => {
    const clientId = await newClient();
    const leadId = await hire();
    const data = await ok(projects, CreateProject, {
      input: { name: 'Platform rollout', clientId, leadId, budgetHours: '120.5', startDate: '2026-01-01', endDate: '2026-01-01' },
    });
    const project = data.createProject;
    expect(project).toEqual({
      id: matching(/^prj_[0-9a-z]{16}$/),
      name: 'Platform rollout',
      phase: 'PROPOSAL',
      health: 'GREEN',
      budgetHours: '120.50',
      hoursLogged: '0.00',
      startDate: '2026-01-01',
      endDate: '2026-01-01',
      version: 1,
      client: { id: clientId },
      lead: { id: leadId },
    });
    const projectName = graphql(`
      fragment ProjectsProjectName on Project {
        id
        name
      }
    `);
    const entities = await ok(projects, entitiesQuery(projectName), {
      representations: [
        { __typename: 'Project', id: project.id },
        { __typename: 'Project', id: 'prj_doesnotexist00' },
      ],
    });
    expect(entities).toEqual({ _entities: [{ id: project.id, name: 'Platform rollout' }, null] });
  });

  it('refuses a client the CRM does not know with REFERENCE_NOT_FOUND, storing nothing', async () => {
    const before = await projectCount();
    const response = await projects.execute(CreateProject, {
      input: { name: 'Ghost', clientId: 'cli_doesnotexist00', budgetHours: '10' },
    });
    expect(errorCodes(response)).toEqual(['REFERENCE_NOT_FOUND']);
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'clientId'], message: containing('does not exist') }]);
    expect(await projectCount()).toBe(before);
  });

  it('refuses a terminated lead, storing nothing', async () => {
    const clientId = await newClient();
    const leadId = await hire('Gone Soon');
    await terminate(leadId);
    const before = await projectCount();
    const response = await projects.execute(CreateProject, { input: { name: 'Orphan', clientId, leadId, budgetHours: '10' } });
    expect(errorCodes(response)).toEqual(['REFERENCE_NOT_FOUND']);
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'leadId'], message: containing('TERMINATED') }]);
    expect(await projectCount()).toBe(before);
  });

  it('refuses malformed input with BAD_USER_INPUT naming each field, storing nothing', async () => {
    const before = await projectCount();
    const response = await projects.execute(CreateProject, {
      input: {
        name: ' ',
        clientId: 'emp_wrongkind0000',
        leadId: 'cli_wrongkind0000',
        budgetHours: '1.234',
        startDate: '2026-02-01',
        endDate: '2026-01-31',
      },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'name'], message: anyString() },
      { path: ['input', 'clientId'], message: anyString() },
      { path: ['input', 'leadId'], message: anyString() },
      { path: ['input', 'budgetHours'], message: anyString() },
    ]);
    const negative = await projects.execute(CreateProject, { input: { name: 'Neg', clientId: await newClient(), budgetHours: '-1' } });
    expect(negative.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'budgetHours'], message: anyString() }]);
    const backwards = await projects.execute(CreateProject, {
      input: { name: 'Back', clientId: await newClient(), budgetHours: '1', startDate: '2026-02-01', endDate: '2026-01-31' },
    });
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'endDate'], message: 'must not be before startDate' }]);
    expect(await projectCount()).toBe(before);
  });
});

describe('projects subgraph: lifecycle', () => {
  it('moves through every phase one step at a time and refuses skips, reversals and stale versions', async () => {
    const { id } = await createProject({ name: 'Lifecycle', clientId: await newClient() });
    const skip = await projects.execute(AdvanceProject, { id, phase: 'DELIVERY' });
    expect(errorCodes(skip)).toEqual(['INVALID_TRANSITION']);
    expect(skip.errors?.[0]?.extensions).toMatchObject({ from: 'PROPOSAL', to: 'DELIVERY' });
    expect(skip.errors?.[0]?.message).toMatch(/Project .* is PROPOSAL and cannot become DELIVERY/);

    let version = 1;
    for (const phase of ['KICKOFF', 'DELIVERY', 'REVIEW', 'CLOSED'] as const) {
      const data = await ok(projects, AdvanceProject, { id, phase, v: version });
      version += 1;
      expect(data.advanceProject).toEqual({ phase, version });
    }
    const stale = await projects.execute(AdvanceProject, { id, phase: 'CLOSED', v: 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const reopen = await projects.execute(AdvanceProject, { id, phase: 'DELIVERY' });
    expect(errorCodes(reopen)).toEqual(['INVALID_TRANSITION']);
    expect(reopen.errors?.[0]?.extensions).toMatchObject({ from: 'CLOSED', to: 'DELIVERY' });
    const state = graphql(`
      query ProjectsPhaseVersion($id: ID!) {
        project(id: $id) {
          phase
          version
        }
      }
    `);
    expect((await ok(projects, state, { id })).project).toEqual({
      phase: 'CLOSED',
      version: 5,
    });
  });

  it('refuses a malformed id or expectedVersion with BAD_USER_INPUT, changing nothing', async () => {
    const { id } = await createProject({ name: 'Malformed', clientId: await newClient() });
    const setRed = graphql(`
      mutation ProjectsSetRed($id: ID!, $v: Int) {
        setProjectHealth(id: $id, health: RED, expectedVersion: $v) {
          id
        }
      }
    `);
    const advance = (variables: VariablesOf<typeof AdvanceProject>) => () => projects.execute(AdvanceProject, variables);
    const health = (variables: VariablesOf<typeof setRed>) => () => projects.execute(setRed, variables);
    const cases: [string, () => Promise<GraphQLResponse>, string[]][] = [
      ['advance at version 0', advance({ id, phase: 'KICKOFF', v: 0 }), ['expectedVersion']],
      ['advance at version -3', advance({ id, phase: 'KICKOFF', v: -3 }), ['expectedVersion']],
      // The wrong kind of id is a malformed argument, not a missing project.
      ['advance an invoice id', advance({ id: 'inv_0000000000000000', phase: 'KICKOFF' }), ['id']],
      ['health at version 0', health({ id, v: 0 }), ['expectedVersion']],
      ['health of an invoice id', health({ id: 'inv_0000000000000000' }), ['id']],
    ];
    for (const [label, run, path] of cases) {
      const response = await run();
      expect(errorCodes(response), label).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path, message: anyString() }]);
    }
    const state = graphql(`
      query ProjectsState($id: ID!) {
        project(id: $id) {
          phase
          health
          version
        }
      }
    `);
    expect((await ok(projects, state, { id })).project).toEqual({
      phase: 'PROPOSAL',
      health: 'GREEN',
      version: 1,
    });
  });

  it('sets health with a note while open and refuses it once CLOSED', async () => {
    const { id } = await createProject({ name: 'Health', clientId: await newClient() });
    expect((await ok(projects, SetHealth, { id, h: 'AMBER', note: 'Scope creep', v: 1 })).setProjectHealth).toEqual({
      health: 'AMBER',
      healthNote: 'Scope creep',
      version: 2,
    });
    expect(errorCodes(await projects.execute(SetHealth, { id, h: 'RED', v: 1 }))).toEqual(['CONFLICT']);
    await advanceTo(id, 'CLOSED');
    const closed = await projects.execute(SetHealth, { id, h: 'GREEN' });
    expect(errorCodes(closed)).toEqual(['INVALID_TRANSITION']);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ from: 'CLOSED' });
    const health = graphql(`
      query ProjectsHealth($id: ID!) {
        project(id: $id) {
          health
          healthNote
        }
      }
    `);
    expect((await ok(projects, health, { id })).project).toEqual({
      health: 'AMBER',
      healthNote: 'Scope creep',
    });
  });
});

describe('projects subgraph: tasks and time', () => {
  it('creates tasks for assignees HR confirms, and none on a closed project', async () => {
    const { id } = await createProject({ name: 'Tasks', clientId: await newClient() });
    const assigneeId = await hire();
    const data = await ok(projects, CreateTask, { p: id, input: { title: 'Build', assigneeId, estimateHours: '8.25' } });
    expect(data.createTask).toEqual({
      id: matching(/^tsk_/),
      title: 'Build',
      status: 'TODO',
      estimateHours: '8.25',
      version: 1,
      assignee: { id: assigneeId },
      project: { id },
    });
    await terminate(assigneeId);
    expect(errorCodes(await projects.execute(CreateTask, { p: id, input: { title: 'More', assigneeId } }))).toEqual([
      'REFERENCE_NOT_FOUND',
    ]);
    await advanceTo(id, 'CLOSED');
    const closed = await projects.execute(CreateTask, { p: id, input: { title: 'Late' } });
    expect(errorCodes(closed)).toEqual(['BAD_USER_INPUT']);
    expect(closed.errors?.[0]?.extensions?.fields).toEqual([{ path: ['projectId'], message: containing('CLOSED') }]);
    const titles = graphql(`
      query ProjectsTaskTitles($id: ID!) {
        project(id: $id) {
          tasks {
            title
          }
        }
      }
    `);
    const tasks = await ok(projects, titles, { id });
    expect(tasks.project).toEqual({ tasks: [{ title: 'Build' }] });
  });

  it('logs time only within the rules and sums it to the hundredth', async () => {
    const clientId = await newClient();
    const { id } = await createProject({ name: 'Timesheets', clientId });
    const { id: otherId } = await createProject({ name: 'Other', clientId });
    const employeeId = await hire();
    const base = { projectId: id, employeeId, date: today(), hours: '7.5' };

    const early = await projects.execute(LogTime, { input: base });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'projectId'], message: containing('only in KICKOFF, DELIVERY, REVIEW') },
    ]);
    await advanceTo(id, 'DELIVERY');
    await advanceTo(otherId, 'KICKOFF');

    const otherTaskId = await newTask(otherId, { title: 'Elsewhere' });
    const taskId = await newTask(id, { title: 'Here' });
    for (const hours of ['0', '-1', '24.25', '1.1', '0.30']) {
      const response = await projects.execute(LogTime, { input: { ...base, hours } });
      expect(response.errors?.[0]?.extensions?.fields, hours).toEqual([{ path: ['input', 'hours'], message: containing('0.25') }]);
    }
    const tomorrow = await projects.execute(LogTime, { input: { ...base, date: addDays(today(), 1) } });
    expect(tomorrow.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'date'], message: 'must not be after today' }]);
    const foreignTask = await projects.execute(LogTime, { input: { ...base, taskId: otherTaskId } });
    expect(foreignTask.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'taskId'], message: containing('belongs to') }]);
    const missing = await projects.execute(LogTime, { input: { ...base, projectId: 'prj_doesnotexist00' } });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const leaver = await hire('Leaver');
    await terminate(leaver);
    expect(errorCodes(await projects.execute(LogTime, { input: { ...base, employeeId: leaver } }))).toEqual(['REFERENCE_NOT_FOUND']);
    expect(await timeOf(id)).toEqual({ hoursLogged: '0.00', timeEntries: { totalCount: 0 } });

    const logged = await ok(projects, LogTime, { input: { ...base, taskId, note: 'Sprint 1' } });
    expect(logged.logTime).toEqual({
      id: matching(/^tim_/),
      hours: '7.50',
      billable: true,
      date: today(),
      note: 'Sprint 1',
      task: { id: taskId },
      employee: { id: employeeId },
      project: { id },
      createdAt: anyString(),
    });
    await ok(projects, LogTime, { input: { ...base, hours: '0.25', billable: false } });
    await ok(projects, LogTime, { input: { ...base, hours: '24', date: addDays(today(), -1) } });
    expect(await timeOf(id)).toEqual({ hoursLogged: '31.75', timeEntries: { totalCount: 3 } });
    expect(await timeOf(otherId)).toEqual({ hoursLogged: '0.00', timeEntries: { totalCount: 0 } });
  });
});

describe('projects subgraph: time and the project start', () => {
  it('refuses time dated before the project starts, storing nothing', async () => {
    const clientId = await newClient();
    const employeeId = await hire();
    const started = await createProject({ name: 'Started', clientId, startDate: addDays(today(), -3) });
    const upcoming = await createProject({ name: 'Upcoming', clientId, startDate: addDays(today(), 7) });
    await advanceTo(started.id, 'KICKOFF');
    await advanceTo(upcoming.id, 'KICKOFF');
    const log = (projectId: string, date: string) => projects.execute(LogTime, { input: { projectId, employeeId, date, hours: '2' } });

    for (const [projectId, date] of [
      [started.id, addDays(today(), -4)],
      [upcoming.id, today()],
    ] as const) {
      const refused = await log(projectId, date);
      expect(errorCodes(refused), date).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'date'], message: containing('start date') }]);
    }
    expect(await timeOf(started.id)).toEqual({ hoursLogged: '0.00', timeEntries: { totalCount: 0 } });
    expect(await timeOf(upcoming.id)).toEqual({ hoursLogged: '0.00', timeEntries: { totalCount: 0 } });

    const onStart = await log(started.id, addDays(today(), -3));
    expect(onStart.errors).toBeUndefined();
    expect(await timeOf(started.id)).toEqual({ hoursLogged: '2.00', timeEntries: { totalCount: 1 } });
  });
});

describe('projects subgraph: what it adds to clients and employees', () => {
  const CLIENT = entitiesQuery(
    graphql(`
      fragment ProjectsClientDelivery on Client {
        id
        deliveryHealth
        projects {
          name
        }
        open: projects(includeClosed: false) {
          name
        }
      }
    `),
  );
  const setHealth = (id: string, health: Health) => ok(projects, SetHealth, { id, h: health });
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('reports the worst health of open projects, newest project first', async () => {
    const clientId = await newClient();
    const quietId = await newClient('Quiet');
    const red = await createProject({ name: 'Red but closed', clientId });
    await setHealth(red.id, 'RED');
    await advanceTo(red.id, 'CLOSED');
    await pause();
    const green = await createProject({ name: 'Green', clientId });
    await pause();
    const amber = await createProject({ name: 'Amber', clientId });
    await setHealth(amber.id, 'AMBER');
    const closedOnly = await createProject({ name: 'Done', clientId: quietId });
    await advanceTo(closedOnly.id, 'CLOSED');

    const data = await ok(projects, CLIENT, {
      representations: [
        { __typename: 'Client', id: clientId },
        { __typename: 'Client', id: quietId },
        { __typename: 'Client', id: 'cli_noprojects000' },
      ],
    });
    expect(data._entities).toEqual([
      {
        id: clientId,
        deliveryHealth: 'AMBER',
        projects: [{ name: 'Amber' }, { name: 'Green' }, { name: 'Red but closed' }],
        open: [{ name: 'Amber' }, { name: 'Green' }],
      },
      { id: quietId, deliveryHealth: null, projects: [{ name: 'Done' }], open: [] },
      { id: 'cli_noprojects000', deliveryHealth: null, projects: [], open: [] },
    ]);
    await setHealth(green.id, 'RED');
    const worse = await ok(projects, CLIENT, { representations: [{ __typename: 'Client', id: clientId }] });
    expect(worse._entities).toMatchObject([{ deliveryHealth: 'RED' }]);
  });

  it('lists the open projects an employee leads or has tasks on', async () => {
    const clientId = await newClient();
    const employeeId = await hire();
    const idle = await hire('Idle Person');
    const led = await createProject({ name: 'B led', clientId, leadId: employeeId });
    const tasked = await createProject({ name: 'A tasked', clientId });
    const closed = await createProject({ name: 'C closed', clientId, leadId: employeeId });
    await newTask(tasked.id, { title: 'Work', assigneeId: employeeId });
    await newTask(led.id, { title: 'Work', assigneeId: employeeId });
    await advanceTo(closed.id, 'CLOSED');

    const assignments = graphql(`
      fragment ProjectsEmployeeAssignments on Employee {
        id
        assignments {
          id
          name
        }
      }
    `);
    const data = await ok(projects, entitiesQuery(assignments), {
      representations: [
        { __typename: 'Employee', id: employeeId },
        { __typename: 'Employee', id: idle },
      ],
    });
    expect(data._entities).toEqual([
      {
        id: employeeId,
        assignments: [
          { id: tasked.id, name: 'A tasked' },
          { id: led.id, name: 'B led' },
        ],
      },
      { id: idle, assignments: [] },
    ]);
  });

  it('computes utilisation from the capacity the gateway supplies, per window of weeks', async () => {
    const employeeId = await hire();
    const { id } = await createProject({ name: 'Utilisation', clientId: await newClient() });
    await advanceTo(id, 'DELIVERY');
    const log = (daysAgo: number, hours: string) =>
      ok(projects, LogTime, { input: { projectId: id, employeeId, date: addDays(today(), -daysAgo), hours } });
    // Inside one week: 8 + 8; inside four weeks also 4 (27 days ago); 28 and 40 days ago fall outside both.
    await log(0, '8');
    await log(6, '8');
    await log(27, '4');
    await log(28, '6');
    await log(40, '10');

    const utilisation = graphql(`
      fragment ProjectsEmployeeUtilisation on Employee {
        id
        utilisation
        four: utilisation(weeks: 4)
        one: utilisation(weeks: 1)
      }
    `);
    const data = await ok(projects, entitiesQuery(utilisation), {
      representations: [
        { __typename: 'Employee', id: employeeId, capacityHoursPerWeek: 40 },
        { __typename: 'Employee', id: employeeId, capacityHoursPerWeek: 0 },
        { __typename: 'Employee', id: employeeId },
        { __typename: 'Employee', id: 'emp_nothinglogged0', capacityHoursPerWeek: 32 },
      ],
    });
    expect(data._entities).toEqual([
      // 20 h over 160 h = 0.125, rounded half away from zero; 16 h over 40 h = 0.4.
      { id: employeeId, utilisation: 0.13, four: 0.13, one: 0.4 },
      { id: employeeId, utilisation: null, four: null, one: null },
      { id: employeeId, utilisation: null, four: null, one: null },
      { id: 'emp_nothinglogged0', utilisation: 0, four: 0, one: 0 },
    ]);
    const overWeeks = graphql(`
      fragment ProjectsEmployeeUtilisationOverWeeks on Employee {
        utilisation(weeks: $w)
      }
    `);
    for (const weeks of [0, 53]) {
      const response = await projects.execute(entitiesQuery(overWeeks, '$w: Int'), {
        representations: [{ __typename: 'Employee', id: employeeId, capacityHoursPerWeek: 40 }],
        w: weeks,
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: ['weeks'], message: 'must be between 1 and 52' }]);
    }
  });
});

describe('projects subgraph: lists', () => {
  it('pages projects by name then id with a total, filtered by client and phase', async () => {
    const clientId = await newClient();
    for (const name of ['Page C', 'Page A', 'Page B']) await createProject({ name, clientId });
    const query = graphql(`
      query ProjectsPage($c: ID, $after: String, $phase: ProjectPhase) {
        projects(first: 2, after: $after, clientId: $c, phase: $phase) {
          edges {
            cursor
            node {
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
    const first = (await ok(projects, query, { c: clientId })).projects;
    expect(first.edges.map((edge) => edge.node.name)).toEqual(['Page A', 'Page B']);
    expect(first).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: 3 });
    const second = (await ok(projects, query, { c: clientId, after: first.pageInfo.endCursor })).projects;
    expect(second).toMatchObject({ edges: [{ node: { name: 'Page C' } }], pageInfo: { hasNextPage: false }, totalCount: 3 });
    expect((await ok(projects, query, { c: clientId, phase: 'CLOSED' })).projects).toMatchObject({ edges: [], totalCount: 0 });
    expect(errorCodes(await projects.execute(query, { c: clientId, after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('pages each project’s time entries newest first, in a constant number of statements', async () => {
    const clientId = await newClient();
    const employeeId = await hire();
    const ids: string[] = [];
    for (const [index, name] of ['Batch A', 'Batch B', 'Batch C'].entries()) {
      const { id } = await createProject({ name, clientId, leadId: employeeId });
      await advanceTo(id, 'DELIVERY');
      await newTask(id, { title: 'Work' });
      for (let day = 0; day <= index + 1; day++) {
        await ok(projects, LogTime, { input: { projectId: id, employeeId, date: addDays(today(), -day), hours: '1.25' } });
      }
      ids.push(id);
    }
    const query = graphql(`
      query ProjectsWithTimeEntries($c: ID, $after: String) {
        projects(clientId: $c) {
          edges {
            node {
              name
              hoursLogged
              tasks {
                title
              }
              lead {
                id
              }
              client {
                id
              }
              timeEntries(first: 2, after: $after) {
                edges {
                  node {
                    date
                    hours
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
                totalCount
              }
            }
          }
        }
      }
    `);
    const before = projects.subgraph.statementCount;
    const data = await ok(projects, query, { c: clientId });
    // One page of projects and its count, then one statement each for tasks, totals and pages of entries.
    expect(projects.subgraph.statementCount - before).toBe(5);
    const nodes = data.projects.edges.map((edge) => edge.node);
    expect(nodes.map((node) => [node.name, node.hoursLogged, node.timeEntries.totalCount, node.timeEntries.pageInfo.hasNextPage])).toEqual([
      ['Batch A', '2.50', 2, false],
      ['Batch B', '3.75', 3, true],
      ['Batch C', '5.00', 4, true],
    ]);
    expect(nodes[2]?.timeEntries.edges.map((edge) => edge.node.date)).toEqual([today(), addDays(today(), -1)]);

    const single = graphql(`
      query ProjectsProjectTimeEntries($id: ID!, $after: String) {
        project(id: $id) {
          timeEntries(first: 2, after: $after) {
            edges {
              node {
                date
              }
            }
            pageInfo {
              hasNextPage
            }
            totalCount
          }
        }
      }
    `);
    const cursor = nodes[2]?.timeEntries.pageInfo.endCursor;
    const batchC = ids[2];
    if (!batchC) throw new Error('Batch C was not created');
    expect((await ok(projects, single, { id: batchC, after: cursor })).project).toEqual({
      timeEntries: {
        edges: [{ node: { date: addDays(today(), -2) } }, { node: { date: addDays(today(), -3) } }],
        pageInfo: { hasNextPage: false },
        totalCount: 4,
      },
    });
  });
});

describe('projects subgraph: demo data', () => {
  it('seeds projects, tasks and time entries from the plan', async () => {
    const plan = createDemoPlan({ seed: 11, size: { clients: 12, employees: 20, invoices: 0, projects: 10 }, reportingCurrency: 'USD' });
    const seeded = await openTestSubgraph(projectsSubgraph);
    try {
      expect(await seeded.subgraph.isEmpty()).toBe(true);
      await seeded.subgraph.seed(plan);
      expect(await seeded.subgraph.isEmpty()).toBe(false);
      const data = await ok(
        seeded,
        graphql(`
          query ProjectsSeeded {
            projects(first: 500) {
              totalCount
              edges {
                node {
                  id
                  hoursLogged
                  tasks {
                    id
                  }
                  timeEntries {
                    totalCount
                  }
                }
              }
            }
          }
        `),
      );
      const result = data.projects;
      expect(result.totalCount).toBe(plan.projects.length);
      const byId = new Map(result.edges.map((edge) => [edge.node.id, edge.node]));
      for (const project of plan.projects) {
        const hundredths = project.timeEntries.reduce((sum, entry) => sum + entry.hundredths, 0);
        expect(byId.get(project.id)).toMatchObject({
          hoursLogged: (hundredths / 100).toFixed(2),
          timeEntries: { totalCount: project.timeEntries.length },
        });
        expect(byId.get(project.id)?.tasks).toHaveLength(project.tasks.length);
      }
    } finally {
      await seeded.close();
    }
  });
});
