import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { tokenFor } from '../support/auth.ts';
import { importMutation, reportOf, rowCounts, type ImportReport } from '../support/imports.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/** importEmployees on HR alone: managers and departments are HR's own. */

let hr: TestSubgraph;

beforeAll(async () => {
  hr = await openTestSubgraph(hrSubgraph);
});
afterAll(async () => {
  await hr.close();
});

const IMPORT = importMutation('importEmployees', 'EmployeeImportRow');

async function importEmployees(system: string, rows: Record<string, unknown>[], dryRun = false): Promise<ImportReport> {
  return reportOf(await hr.execute(IMPORT, { system, rows, dryRun }), 'importEmployees');
}

async function byExternalId(system: string, id: string) {
  const response = await hr.execute(
    /* GraphQL */ `
      query ($system: String!, $id: String!) {
        employeeByExternalId(system: $system, id: $id) {
          id
          name
          email
          status
          version
          startDate
          capacityHoursPerWeek
          salary {
            amount
            currencyCode
          }
          manager {
            id
          }
          externalIds {
            system
            id
          }
        }
      }
    `,
    { system, id },
  );
  expect(response.errors).toBeUndefined();
  return (response.data as { employeeByExternalId: Record<string, unknown> | null }).employeeByExternalId;
}

const written = async () => rowCounts(await hr.snapshot(), ['employees', 'external_ids', 'audit_log', 'outbox'] as const);

describe('importEmployees', () => {
  it('hires, then changes nothing when the same rows come again, then updates only what differs', async () => {
    const rows = [
      {
        externalId: 'b1',
        name: 'Ada Boss',
        email: 'ada@example.com',
        startDate: '2020-01-06',
        salary: { amount: '90000', currencyCode: 'EUR' },
      },
      // Her manager is found by external id: hired by the row before, in the same call.
      {
        externalId: 'b2',
        name: 'Bo Report',
        email: 'Bo@Example.com',
        managerExternalId: { system: 'bamboohr', id: 'b1' },
        capacityHoursPerWeek: 32,
      },
    ];
    const first = await importEmployees('bamboohr', rows);
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, refused: 0 });
    expect(first.rows[1]).toMatchObject({ outcome: 'CREATED', changedFields: ['name', 'email', 'managerId', 'capacityHoursPerWeek'] });
    expect(await byExternalId('bamboohr', 'b2')).toMatchObject({
      email: 'bo@example.com',
      status: 'ACTIVE',
      capacityHoursPerWeek: 32,
      manager: { id: first.rows[0]?.id },
      externalIds: [{ system: 'bamboohr', id: 'b2' }],
    });
    expect(await byExternalId('bamboohr', 'b1')).toMatchObject({
      startDate: '2020-01-06',
      salary: { amount: '90000.00', currencyCode: 'EUR' },
    });

    const before = await written();
    const again = await importEmployees('bamboohr', rows);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await written()).toEqual(before);

    const changed = await importEmployees('bamboohr', [{ ...rows[1], status: 'ON_LEAVE', title: 'Engineer' }]);
    expect(changed.rows[0]).toMatchObject({ outcome: 'UPDATED', changedFields: ['title', 'status'] });
    expect(await byExternalId('bamboohr', 'b2')).toMatchObject({ status: 'ON_LEAVE', version: 2 });
    expect(await written()).toEqual({ ...before, audit_log: before.audit_log + 1, outbox: before.outbox + 1 });
    const outbox = (await hr.snapshot()).outbox as { type: string }[];
    expect(outbox.at(-1)?.type).toBe('Employee.statusChanged');
  });

  it('hires a leaver through the lifecycle, announced as terminated', async () => {
    const report = await importEmployees('bamboohr', [
      { externalId: 'l1', name: 'Cy Gone', email: 'cy@example.com', status: 'TERMINATED' },
    ]);
    expect(report.rows[0]).toMatchObject({ outcome: 'CREATED' });
    expect(await byExternalId('bamboohr', 'l1')).toMatchObject({ status: 'TERMINATED', version: 2 });
    const outbox = (await hr.snapshot()).outbox as { type: string }[];
    expect(outbox.slice(-2).map((row) => row.type)).toEqual(['Employee.created', 'Employee.terminated']);
  });

  it('refuses bad rows with their code and fields, writes nothing for them, and imports the others', async () => {
    const before = await written();
    const report = await importEmployees('sheet', [
      { externalId: 'x1', name: 'No Mail', email: 'not an email' },
      { externalId: 'x2', name: 'Lost', email: 'lost@example.com', departmentId: 'dep_doesnotexist' },
      { externalId: 'x3', name: 'Orphan', email: 'orphan@example.com', managerExternalId: { system: 'sheet', id: 'nobody' } },
      { externalId: 'x4', name: 'Twin', email: 'ada@example.com' },
      { externalId: 'x5', name: 'Fine', email: 'fine@example.com' },
      { externalId: 'x6', name: 'Boss Gone', email: 'bg@example.com', managerExternalId: { system: 'bamboohr', id: 'l1' } },
    ]);
    expect(report.rows.map((row) => [row.outcome, row.refusal?.code ?? null, row.refusal?.fields ?? []])).toEqual([
      ['REFUSED', 'BAD_USER_INPUT', ['email']],
      ['REFUSED', 'NOT_FOUND', ['departmentId']],
      ['REFUSED', 'NOT_FOUND', ['managerExternalId']],
      ['REFUSED', 'CONFLICT', ['email']],
      ['CREATED', null, []],
      ['REFUSED', 'BAD_USER_INPUT', ['managerExternalId']],
    ]);
    expect(await byExternalId('sheet', 'x2')).toBeNull();
    expect(await written()).toEqual({
      employees: before.employees + 1,
      external_ids: before.external_ids + 1,
      audit_log: before.audit_log + 1,
      outbox: before.outbox + 1,
    });
  });

  it('refuses an illegal status change and leaves the employee as they were', async () => {
    const before = await written();
    const report = await importEmployees('bamboohr', [{ externalId: 'l1', name: 'Cy Back', email: 'cy@example.com', status: 'ACTIVE' }]);
    expect(report.rows[0]).toMatchObject({ outcome: 'REFUSED', refusal: { code: 'INVALID_TRANSITION', fields: ['status'] } });
    expect(await byExternalId('bamboohr', 'l1')).toMatchObject({ name: 'Cy Gone', status: 'TERMINATED', version: 2 });
    expect(await written()).toEqual(before);
  });

  it('writes nothing in a dry run, and reports what a real run then does', async () => {
    const before = await written();
    const rows = [
      { externalId: 'b1', name: 'Ada Boss', email: 'ada@example.com', title: 'CTO' },
      { externalId: 'd1', name: 'Dee New', email: 'dee@example.com' },
    ];
    const dry = await importEmployees('bamboohr', rows, true);
    expect(dry).toMatchObject({ dryRun: true, created: 1, updated: 1, refused: 0 });
    expect(dry.rows[1]).toMatchObject({ outcome: 'CREATED', id: null });
    expect(await written()).toEqual(before);
    const real = await importEmployees('bamboohr', rows);
    expect(real.rows.map((row) => [row.outcome, row.changedFields])).toEqual(dry.rows.map((row) => [row.outcome, row.changedFields]));
  });

  it('refuses the whole call, before reading anything, when a row sets a salary without hr:salary:read', async () => {
    const token = await tokenFor(['read', 'hr:write']);
    const response = await hr.execute(
      IMPORT,
      {
        system: 'sheet',
        rows: [{ externalId: 's1', name: 'Sal Ary', email: 'sal@example.com', salary: { amount: '1', currencyCode: 'EUR' } }],
      },
      { token },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await byExternalId('sheet', 's1')).toBeNull();
  });
});
