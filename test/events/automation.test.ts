import { createServer } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { join } from 'node:path';
import type { Kysely, Migration } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../lib/dates.ts';
import type { Domain } from '../../lib/domains.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { startReactions, type Reaction } from '../../lib/events/reactions.ts';
import { httpExecutor, ReferenceChecker, type SubgraphExecutor } from '../../lib/references.ts';
import { openDatabase } from '../../lib/store/database.ts';
import type { EventsDeps, SubgraphDeps } from '../../lib/subgraph.ts';
import { accountingReactions, INVOICE_CLOSED_PROJECT } from '../../subgraphs/accounting/automation.ts';
import { migrations as accountingMigrations } from '../../subgraphs/accounting/store/migrations.ts';
import { budgetHoursFor, OPEN_PROJECT_FOR_WON_DEAL, projectsReactions } from '../../subgraphs/projects/automation.ts';
import { migrations as projectsMigrations } from '../../subgraphs/projects/store/migrations.ts';
import { graphql } from '../__generated__/gql.ts';
import { tokenFor } from '../support/auth.ts';
import { eventually } from '../support/nats.ts';
import { withTeardown } from '../support/processes.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';
import { tempDir } from '../support/stores.ts';

/**
 * Automation on stable states (issue 5 § 4), through the whole stack on the embedded bus: a won
 * deal opens a project in KICKOFF, a closed project drafts an invoice for its unbilled billable
 * time. Each is the owning domain's own write (audited as `automation:<rule>`, announced on the
 * bus), and a second delivery of the same event writes nothing.
 */

let stack: Stack;
let bus: LocalBus;
let employeeId: string;
const dir = tempDir('recordgraph-automation-');

const HireEmployee = graphql(`
  mutation AutomationHireEmployee {
    hireEmployee(input: { name: "Ada Builder", email: "ada@example.com" }) {
      id
    }
  }
`);

beforeAll(() =>
  withTeardown(async (defer) => {
    defer(() => dir.remove());
    stack = await startStack({ seed: null, env: { OUTBOX_POLL_MS: '50', EVENT_POLL_MS: '20' } });
    defer(() => stack.stop());
    // A reader of the stack's own event log, as any other process on the machine could open it.
    bus = new LocalBus({ path: stack.config.events.logPath, pollMs: 20 });
    defer(() => bus.close());
    employeeId = (await write('hr', HireEmployee)).hireEmployee.id;
  }),
);

/** The data of a result that must have no errors. */
function dataOf<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error(`no data (status ${result.status})`);
  return result.data;
}

/** A mutation through the gateway with a token that may write `domain` only. */
async function write<TResult, TVariables>(
  domain: Domain,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const token = await tokenFor(['read', `${domain}:write`], { subject: 'test-writer', auth: stack.config.auth });
  return dataOf(await stack.query(operation, variables, { token }));
}

async function read<TResult, TVariables>(operation: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  return dataOf(await stack.query(operation, variables));
}

const CreateClient = graphql(`
  mutation AutomationCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

async function createClient(name: string): Promise<string> {
  return (await write('crm', CreateClient, { name })).createClient.id;
}

const CreateDeal = graphql(`
  mutation AutomationCreateDeal($clientId: ID!, $title: String!, $amount: MoneyInput!) {
    createDeal(clientId: $clientId, input: { title: $title, amount: $amount }) {
      id
    }
  }
`);

const MoveDeal = graphql(`
  mutation AutomationMoveDeal($id: ID!, $stage: DealStage!) {
    moveDeal(id: $id, stage: $stage) {
      id
    }
  }
`);

async function winDeal(clientId: string, title: string, amount: { amount: string; currencyCode: string }): Promise<string> {
  const { createDeal } = await write('crm', CreateDeal, { clientId, title, amount });
  for (const stage of ['QUALIFIED', 'PROPOSAL', 'WON'] as const) {
    await write('crm', MoveDeal, { id: createDeal.id, stage });
  }
  return createDeal.id;
}

async function eventsOf(entityId: string, types: string[]): Promise<ChangeEvent[]> {
  const all = await bus.read({ after: 0, types, limit: 10_000 });
  return all.map(({ event }) => event).filter((event) => event.entityId === entityId);
}

const ProjectsOfClient = graphql(`
  query AutomationProjectsOfClient($clientId: ID!) {
    projects(clientId: $clientId) {
      edges {
        node {
          id
          name
          phase
          budgetHours
          lead {
            id
          }
          history {
            edges {
              node {
                version
                mutation
                actor {
                  subject
                }
              }
            }
          }
        }
      }
    }
  }
`);

async function projectsOf(clientId: string) {
  const data = await read(ProjectsOfClient, { clientId });
  return data.projects.edges.map((edge) => edge.node);
}

const InvoicesOfClient = graphql(`
  query AutomationInvoicesOfClient($clientId: ID!) {
    invoices(clientId: $clientId) {
      edges {
        node {
          id
          status
          total {
            amount
            currencyCode
          }
          lines {
            description
            quantity
            unitPrice {
              amount
            }
            amount {
              amount
            }
          }
          history {
            edges {
              node {
                actor {
                  subject
                }
              }
            }
          }
        }
      }
    }
  }
`);

async function invoicesOf(clientId: string) {
  const data = await read(InvoicesOfClient, { clientId });
  return data.invoices.edges.map((edge) => edge.node);
}

const CreateProject = graphql(`
  mutation AutomationCreateProject($name: String!, $clientId: ID!) {
    createProject(input: { name: $name, clientId: $clientId, budgetHours: "100" }) {
      id
    }
  }
`);

const AdvanceProject = graphql(`
  mutation AutomationAdvanceProject($id: ID!, $phase: ProjectPhase!) {
    advanceProject(id: $id, phase: $phase) {
      id
    }
  }
`);

const CreateTask = graphql(`
  mutation AutomationCreateTask($projectId: ID!, $title: String!) {
    createTask(projectId: $projectId, input: { title: $title }) {
      id
    }
  }
`);

const LogTime = graphql(`
  mutation AutomationLogTime($input: LogTimeInput!) {
    logTime(input: $input) {
      id
    }
  }
`);

/** A project in KICKOFF with tasks, time logged as given, then moved phase by phase to CLOSED. */
async function closedProject(
  name: string,
  clientId: string,
  time: { task: string | null; hours: string; billable: boolean }[],
): Promise<string> {
  const { createProject } = await write('projects', CreateProject, { name, clientId });
  const projectId = createProject.id;
  await write('projects', AdvanceProject, { id: projectId, phase: 'KICKOFF' });
  const tasks = new Map<string, string>();
  for (const title of new Set(time.flatMap((entry) => (entry.task ? [entry.task] : [])))) {
    const { createTask } = await write('projects', CreateTask, { projectId, title });
    tasks.set(title, createTask.id);
  }
  for (const entry of time) {
    await write('projects', LogTime, {
      input: {
        projectId,
        taskId: entry.task ? tasks.get(entry.task) : null,
        employeeId,
        date: today(),
        hours: entry.hours,
        billable: entry.billable,
      },
    });
  }
  for (const phase of ['DELIVERY', 'REVIEW', 'CLOSED'] as const) {
    await write('projects', AdvanceProject, { id: projectId, phase });
  }
  return projectId;
}

/**
 * Delivers `events` once more to a domain's reactions, as a restarted consumer would: on a bus of
 * its own, against the domain's store at `databaseUrl`. Resolves when every event was handled.
 */
async function deliverAgain<DB extends PlatformTables>(options: {
  databaseUrl: string;
  migrations: Record<string, Migration>;
  reactions: (db: Kysely<DB>, events: EventsDeps, deps: SubgraphDeps) => Reaction<DB>[];
  events: ChangeEvent[];
  executors?: Partial<Record<Domain, SubgraphExecutor>>;
}): Promise<void> {
  const store = await openDatabase<DB>({ url: options.databaseUrl, migrations: options.migrations });
  const again = new LocalBus({ path: join(dir.path, `again-${Math.random().toString(36).slice(2)}.sqlite`), pollMs: 20 });
  const executors = options.executors ?? {
    crm: httpExecutor(stack.urls.crm, 5_000),
    projects: httpExecutor(stack.urls.projects, 5_000),
  };
  const events: EventsDeps = {
    bus: again,
    outboxPollMs: 50,
    executors,
    serviceToken: () => tokenFor(['read'], { subject: 'automation:test', auth: stack.config.auth }),
    billingHourlyRate: stack.config.billingHourlyRate,
  };
  const deps: SubgraphDeps = {
    databaseUrl: options.databaseUrl,
    references: new ReferenceChecker(executors),
    reportingCurrency: stack.config.reportingCurrency,
  };
  const handled: string[] = [];
  const reactions = options.reactions(store.db, events, deps).map((reaction) => ({
    ...reaction,
    react: async (...args: Parameters<Reaction<DB>['react']>) => {
      await reaction.react(...args);
      handled.push(args[0].id);
    },
  }));
  const consumers = startReactions({ db: store.db, bus: again, reactions, committed: () => {} });
  try {
    for (const event of options.events) await again.publish(event);
    await eventually(() => options.events.every((event) => handled.includes(event.id)), 'the events were delivered again');
  } finally {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await again.close();
    await store.close();
  }
}

describe('a won deal', () => {
  let clientId: string;
  let dealId: string;

  beforeAll(async () => {
    clientId = await createClient('Wonderful Widgets');
    dealId = await winDeal(clientId, 'Website relaunch', { amount: '12000.50', currencyCode: 'EUR' });
  });

  it('opens exactly one project in KICKOFF for its client, written and announced by projects', async () => {
    await eventually(async () => (await projectsOf(clientId)).length > 0, 'projects opened a project');
    const [project] = await projectsOf(clientId);
    if (!project) throw new Error('projects opened no project');
    // 12000.50 EUR is 12960.54 USD at the reference rate; at 150.00 an hour that is 86 whole hours.
    expect(project).toMatchObject({ name: 'Website relaunch', phase: 'KICKOFF', budgetHours: '86.00', lead: null });
    const rule = OPEN_PROJECT_FOR_WON_DEAL;
    expect(project.history.edges.map((edge) => edge.node)).toEqual([
      { version: 2, mutation: rule, actor: { subject: `automation:${rule}` } },
      { version: 1, mutation: rule, actor: { subject: `automation:${rule}` } },
    ]);

    await eventually(async () => (await eventsOf(project.id, ['Project.*'])).length === 2, "the project's events reached the bus");
    const announced = await eventsOf(project.id, ['Project.*']);
    expect(announced.map((event) => [event.type, event.entityVersion, event.changes.phase, event.actor.subject])).toEqual([
      ['Project.created', 1, 'PROPOSAL', `automation:${rule}`],
      ['Project.phaseChanged', 2, 'KICKOFF', `automation:${rule}`],
    ]);
    expect(announced[0]?.changes).toMatchObject({ client_id: clientId, name: 'Website relaunch' });
    expect(await projectsOf(clientId)).toHaveLength(1);
  });

  it('opens no second project when the same Deal.won event is delivered again', async () => {
    await eventually(async () => (await projectsOf(clientId)).length > 0, 'projects opened a project');
    const won = await eventsOf(dealId, ['Deal.won']);
    expect(won).toHaveLength(1);
    await deliverAgain({
      databaseUrl: stack.config.databaseUrls.projects,
      migrations: projectsMigrations,
      reactions: projectsReactions,
      events: won,
    });
    expect(await projectsOf(clientId)).toHaveLength(1);
  });

  it('is retried while crm is unreachable and opens the project once crm answers', async () => {
    const otherClient = await createClient('Patient Partners');
    const otherDeal = await winDeal(otherClient, 'Data migration', { amount: '100.00', currencyCode: 'USD' });
    await eventually(async () => (await eventsOf(otherDeal, ['Deal.won'])).length === 1, 'the deal was announced');
    const won = await eventsOf(otherDeal, ['Deal.won']);
    // A store of its own that has not acted on the event yet, whose way to crm is cut at first.
    const fresh = join(dir.path, 'projects-retry.sqlite');
    const closedPort = await unusedPort();
    let attempts = 0;
    const flakyCrm: SubgraphExecutor = (request, token) => {
      attempts += 1;
      return httpExecutor(attempts <= 3 ? `http://127.0.0.1:${closedPort}/graphql` : stack.urls.crm, 5_000)(request, token);
    };
    await deliverAgain({
      databaseUrl: fresh,
      migrations: projectsMigrations,
      reactions: projectsReactions,
      events: won,
      executors: { crm: flakyCrm },
    });
    expect(attempts).toBeGreaterThan(3);
    const store = await openDatabase<{ projects: { client_id: string; phase: string; budget_hundredths: number } }>({
      url: fresh,
      migrations: projectsMigrations,
    });
    try {
      // 100.00 USD buys less than an hour at 150.00; a project always gets at least one.
      expect(await store.db.selectFrom('projects').select(['client_id', 'phase', 'budget_hundredths']).execute()).toEqual([
        { client_id: otherClient, phase: 'KICKOFF', budget_hundredths: 100 },
      ]);
    } finally {
      await store.close();
    }
  });
});

describe('a closed project', () => {
  it('drafts one invoice for its billable time, a line per task, and nothing more when delivered again', async () => {
    const clientId = await createClient('Closing Costs Ltd');
    const projectId = await closedProject('Audit', clientId, [
      { task: 'Design', hours: '2.5', billable: true },
      { task: 'Design', hours: '4', billable: false },
      { task: 'Build', hours: '3', billable: true },
      { task: 'Build', hours: '1.25', billable: true },
      { task: null, hours: '1', billable: true },
    ]);
    await eventually(async () => (await invoicesOf(clientId)).length > 0, 'accounting drafted an invoice');
    const [invoice] = await invoicesOf(clientId);
    expect(invoice).toMatchObject({
      status: 'DRAFT',
      total: { amount: '1162.50', currencyCode: 'USD' },
      lines: [
        { description: 'Audit: Build', quantity: '4.250', unitPrice: { amount: '150.00' }, amount: { amount: '637.50' } },
        { description: 'Audit: Design', quantity: '2.500', unitPrice: { amount: '150.00' }, amount: { amount: '375.00' } },
        {
          description: 'Audit: time not logged on a task',
          quantity: '1.000',
          unitPrice: { amount: '150.00' },
          amount: { amount: '150.00' },
        },
      ],
      history: { edges: [{ node: { actor: { subject: `automation:${INVOICE_CLOSED_PROJECT}` } } }] },
    });
    await eventually(async () => (await eventsOf(invoice?.id ?? '', ['Invoice.created'])).length === 1, 'the invoice was announced');

    const [closing] = await eventsOf(projectId, ['Project.phaseChanged']).then((events) =>
      events.filter((event) => event.changes.phase === 'CLOSED'),
    );
    expect(closing).toBeDefined();
    const closed = closing as ChangeEvent;
    // The same event again, and a copy under another id: the first is known as processed, the
    // second finds every entry already billed. Neither drafts anything.
    await deliverAgain({
      databaseUrl: stack.config.databaseUrls.accounting,
      migrations: accountingMigrations,
      reactions: accountingReactions,
      events: [closed, { ...closed, id: `${closed.id}x` }],
    });
    expect(await invoicesOf(clientId)).toHaveLength(1);
  });

  it('drafts no invoice when no billable time was logged, and marks the event processed', async () => {
    const clientId = await createClient('Goodwill Gifts');
    const projectId = await closedProject('Pro bono', clientId, [{ task: 'Help', hours: '3', billable: false }]);
    const closings = async () => (await eventsOf(projectId, ['Project.phaseChanged'])).filter((event) => event.changes.phase === 'CLOSED');
    await eventually(async () => (await closings()).length === 1, 'the closing was announced');
    const [closing] = await closings();
    const store = await openDatabase<PlatformTables>({ url: stack.config.databaseUrls.accounting, migrations: accountingMigrations });
    try {
      const marked = () =>
        store.db
          .selectFrom('processed_events')
          .select('event_id')
          .where('rule', '=', INVOICE_CLOSED_PROJECT)
          .where('event_id', '=', closing?.id ?? '')
          .executeTakeFirst();
      await eventually(async () => (await marked()) !== undefined, 'accounting processed the closing');
    } finally {
      await store.close();
    }
    expect(await invoicesOf(clientId)).toEqual([]);
  });
});

describe('a project budget from a deal amount', () => {
  it('converts to the reporting currency, divides by the hourly rate and rounds down to whole hours, at least one', () => {
    expect(budgetHoursFor({ amount: '15000.00', currencyCode: 'USD' }, 'USD', '150.00')).toBe(100n);
    expect(budgetHoursFor({ amount: '15149.99', currencyCode: 'USD' }, 'USD', '150.00')).toBe(100n);
    expect(budgetHoursFor({ amount: '12000.50', currencyCode: 'EUR' }, 'USD', '150.00')).toBe(86n);
    expect(budgetHoursFor({ amount: '1000000', currencyCode: 'JPY' }, 'USD', '150.00')).toBe(44n);
    expect(budgetHoursFor({ amount: '10000', currencyCode: 'USD' }, 'JPY', '15000')).toBe(99n);
    expect(budgetHoursFor({ amount: '0.00', currencyCode: 'USD' }, 'USD', '150.00')).toBe(1n);
  });
});

/** A loopback port nothing listens on (taken, then released). */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
