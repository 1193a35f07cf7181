import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import { importMutation, reportOf, rowCounts, type ImportReport } from '../support/imports.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/** importProjects, its clients (CRM) and leads (HR) given by id or by external id and confirmed by their owners. */

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

const IMPORT = importMutation('importProjects', 'ProjectImportRow');

async function importProjects(system: string, rows: Record<string, unknown>[], dryRun = false): Promise<ImportReport> {
  return reportOf(await projects.execute(IMPORT, { system, rows, dryRun }), 'importProjects');
}

async function byExternalId(system: string, id: string) {
  const response = await projects.execute(
    /* GraphQL */ `
      query ($system: String!, $id: String!) {
        projectByExternalId(system: $system, id: $id) {
          id
          name
          phase
          budgetHours
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
    `,
    { system, id },
  );
  expect(response.errors).toBeUndefined();
  return (response.data as { projectByExternalId: Record<string, unknown> | null }).projectByExternalId;
}

const written = async () => rowCounts(await projects.snapshot(), ['projects', 'external_ids', 'audit_log', 'outbox'] as const);

let clientId: string;
let leadId: string;

describe('importProjects', () => {
  beforeAll(async () => {
    const clients = reportOf(
      await crm.execute(importMutation('importClients', 'ClientImportRow'), {
        system: 'hubspot',
        rows: [{ externalId: 'c1', name: 'Acme' }],
      }),
      'importClients',
    );
    clientId = clients.rows[0]?.id ?? '';
    const people = reportOf(
      await hr.execute(importMutation('importEmployees', 'EmployeeImportRow'), {
        system: 'bamboohr',
        rows: [
          { externalId: 'e1', name: 'Lee Lead', email: 'lee@example.com' },
          { externalId: 'e2', name: 'Gone Person', email: 'gone@example.com', status: 'TERMINATED' },
        ],
      }),
      'importEmployees',
    );
    leadId = people.rows[0]?.id ?? '';
  });

  it('creates with references by id or external id, then changes nothing, then updates only what differs', async () => {
    const rows = [
      {
        externalId: 'p1',
        name: 'Website',
        clientExternalId: { system: 'hubspot', id: 'c1' },
        leadExternalId: { system: 'bamboohr', id: 'e1' },
        budgetHours: '120',
      },
      { externalId: 'p2', name: 'Audit', clientId, leadId, budgetHours: '40.5', startDate: '2026-01-05', endDate: '2026-03-31' },
    ];
    const first = await importProjects('sheet', rows);
    expect(first).toMatchObject({ created: 2, refused: 0 });
    expect(first.rows[0]).toMatchObject({ outcome: 'CREATED', changedFields: ['name', 'clientId', 'leadId', 'budgetHours'] });
    expect(await byExternalId('sheet', 'p1')).toMatchObject({
      phase: 'PROPOSAL',
      budgetHours: '120.00',
      client: { id: clientId },
      lead: { id: leadId },
      version: 1,
    });

    const before = await written();
    expect(await importProjects('sheet', rows)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await written()).toEqual(before);

    const changed = await importProjects('sheet', [{ ...rows[1], budgetHours: '60', endDate: '2026-04-30' }]);
    expect(changed.rows[0]).toMatchObject({ outcome: 'UPDATED', changedFields: ['budgetHours', 'endDate'] });
    expect(await byExternalId('sheet', 'p2')).toMatchObject({ budgetHours: '60.00', endDate: '2026-04-30', version: 2 });
    expect(await written()).toEqual({ ...before, audit_log: before.audit_log + 1, outbox: before.outbox + 1 });
  });

  it('refuses rows whose client or lead their owner does not confirm, and bad rows, writing nothing for them', async () => {
    const before = await written();
    const report = await importProjects('sheet', [
      { externalId: 'r1', name: 'Ghost client', clientExternalId: { system: 'hubspot', id: 'nope' }, budgetHours: '1' },
      { externalId: 'r2', name: 'Ghost client by id', clientId: 'cli_doesnotexist', budgetHours: '1' },
      { externalId: 'r3', name: 'Left lead', clientId, leadExternalId: { system: 'bamboohr', id: 'e2' }, budgetHours: '1' },
      { externalId: 'r4', name: 'No client', budgetHours: '1' },
      { externalId: 'r5', name: 'Backwards', clientId, budgetHours: '1', startDate: '2026-02-01', endDate: '2026-01-01' },
      { externalId: 'r6', name: 'Fine', clientId, budgetHours: '1' },
    ]);
    expect(report.rows.map((row) => [row.outcome, row.refusal?.code ?? null, row.refusal?.fields ?? []])).toEqual([
      ['REFUSED', 'REFERENCE_NOT_FOUND', ['clientExternalId']],
      ['REFUSED', 'REFERENCE_NOT_FOUND', ['clientId']],
      ['REFUSED', 'REFERENCE_NOT_FOUND', ['leadExternalId']],
      ['REFUSED', 'BAD_USER_INPUT', ['clientId']],
      ['REFUSED', 'BAD_USER_INPUT', ['endDate']],
      ['CREATED', null, []],
    ]);
    expect(report.rows[0]?.refusal?.message).toContain('hubspot:nope');
    expect(await written()).toEqual({
      projects: before.projects + 1,
      external_ids: before.external_ids + 1,
      audit_log: before.audit_log + 1,
      outbox: before.outbox + 1,
    });
  });

  it('refuses a change to a closed project, and a change of client, leaving the project as it was', async () => {
    await importProjects('done', [{ externalId: 'z1', name: 'Old', clientId, budgetHours: '10' }]);
    const id = (await byExternalId('done', 'z1'))?.id as string;
    for (const phase of ['KICKOFF', 'DELIVERY', 'REVIEW', 'CLOSED']) {
      const moved = await projects.execute(
        /* GraphQL */ `
          mutation ($id: ID!, $phase: ProjectPhase!) {
            advanceProject(id: $id, phase: $phase) {
              phase
            }
          }
        `,
        { id, phase },
      );
      expect(moved.errors).toBeUndefined();
    }
    const other = reportOf(
      await crm.execute(importMutation('importClients', 'ClientImportRow'), {
        system: 'hubspot',
        rows: [{ externalId: 'c2', name: 'Other' }],
      }),
      'importClients',
    );
    const before = await written();
    const report = await importProjects('done', [
      { externalId: 'z1', name: 'Old, renamed', clientId, budgetHours: '10' },
      { externalId: 'z1', name: 'Old', clientId: other.rows[0]?.id, budgetHours: '10' },
    ]);
    expect(report.rows.map((row) => [row.outcome, row.refusal?.code ?? null, row.refusal?.fields ?? []])).toEqual([
      ['REFUSED', 'INVALID_TRANSITION', ['name']],
      ['REFUSED', 'BAD_USER_INPUT', ['clientId']],
    ]);
    expect(await byExternalId('done', 'z1')).toMatchObject({ name: 'Old', phase: 'CLOSED', version: 5 });
    expect(await written()).toEqual(before);
  });

  it('writes nothing in a dry run, and reports what a real run then does', async () => {
    const before = await written();
    const rows = [
      { externalId: 'p1', name: 'Website relaunch', clientId, budgetHours: '120' },
      { externalId: 'd1', name: 'New', clientExternalId: { system: 'hubspot', id: 'c1' }, budgetHours: '5' },
    ];
    const dry = await importProjects('sheet', rows, true);
    expect(dry).toMatchObject({ dryRun: true, created: 1, updated: 1, refused: 0 });
    expect(await written()).toEqual(before);
    const real = await importProjects('sheet', rows);
    expect(real.rows.map((row) => [row.outcome, row.changedFields])).toEqual(dry.rows.map((row) => [row.outcome, row.changedFields]));
  });
});
