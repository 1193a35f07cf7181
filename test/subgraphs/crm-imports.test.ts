import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { importMutation, reportOf, type ImportReport } from '../support/imports.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/** importClients and the clients' external ids, on the CRM alone (with HR for account managers). */

let crm: TestSubgraph;
let hr: TestSubgraph;

beforeAll(async () => {
  hr = await openTestSubgraph(hrSubgraph);
  crm = await openTestSubgraph(crmSubgraph, { owners: { hr } });
});
afterAll(async () => {
  await crm.close();
  await hr.close();
});

const IMPORT = importMutation('importClients', 'ClientImportRow');

const BY_EXTERNAL_ID = /* GraphQL */ `
  query ($system: String!, $id: String!) {
    clientByExternalId(system: $system, id: $id) {
      id
      name
      domain
      status
      version
      externalIds {
        system
        id
      }
    }
  }
`;

async function importClients(system: string, rows: Record<string, unknown>[], dryRun = false): Promise<ImportReport> {
  return reportOf(await crm.execute(IMPORT, { system, rows, dryRun }), 'importClients');
}

async function byExternalId(system: string, id: string) {
  const response = await crm.execute(BY_EXTERNAL_ID, { system, id });
  expect(response.errors).toBeUndefined();
  return (
    response.data as {
      clientByExternalId: {
        id: string;
        name: string;
        domain: string | null;
        status: string;
        version: number;
        externalIds: unknown[];
      } | null;
    }
  ).clientByExternalId;
}

/** Rows of the stores' tables that a write leaves: clients, external ids, audit rows and events. */
async function written() {
  const snapshot = await crm.snapshot();
  return {
    clients: snapshot.clients?.length ?? 0,
    externalIds: snapshot.external_ids?.length ?? 0,
    audit: snapshot.audit_log?.length ?? 0,
    outbox: snapshot.outbox?.length ?? 0,
  };
}

async function hireEmployee(email: string): Promise<string> {
  const response = await hr.execute(
    /* GraphQL */ `
      mutation ($email: String!) {
        hireEmployee(input: { name: "Ann Manager", email: $email }) {
          id
        }
      }
    `,
    { email },
  );
  expect(response.errors).toBeUndefined();
  return (response.data as { hireEmployee: { id: string } }).hireEmployee.id;
}

describe('importClients', () => {
  it('creates, then changes nothing when the same rows come again, then updates only what differs', async () => {
    const manager = await hireEmployee('ann@example.com');
    const rows = [
      { externalId: '101', name: 'Acme GmbH', domain: 'acme.de', country: 'DE', accountManagerId: manager },
      { externalId: '102', name: 'Globex', status: 'ACTIVE' },
    ];
    const first = await importClients('hubspot', rows);
    expect(first).toMatchObject({ dryRun: false, created: 2, updated: 0, unchanged: 0, refused: 0 });
    expect(first.rows[0]).toMatchObject({
      index: 0,
      externalId: '101',
      outcome: 'CREATED',
      changedFields: ['name', 'domain', 'country', 'accountManagerId'],
    });
    const acme = await byExternalId('hubspot', '101');
    expect(acme).toMatchObject({
      id: first.rows[0]?.id,
      name: 'Acme GmbH',
      domain: 'acme.de',
      version: 1,
      externalIds: [{ system: 'hubspot', id: '101' }],
    });

    const before = await written();
    const again = await importClients('hubspot', rows);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, refused: 0 });
    expect(again.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(await written()).toEqual(before);

    const changed = await importClients(
      'hubspot',
      rows.map((row, index) => (index === 0 ? { ...row, domain: 'acme.com' } : row)),
    );
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(changed.rows[0]).toMatchObject({ outcome: 'UPDATED', changedFields: ['domain'] });
    expect(await byExternalId('hubspot', '101')).toMatchObject({ domain: 'acme.com', version: 2 });
    const after = await written();
    expect(after).toEqual({ ...before, audit: before.audit + 1, outbox: before.outbox + 1 });
  });

  it('refuses bad rows with their code and fields, writes nothing for them, and imports the others', async () => {
    const before = await written();
    const report = await importClients('sheet', [
      { externalId: 'r1', name: 'Initech', country: 'Germany', domain: 'not a domain' },
      { externalId: 'r2', name: 'Umbrella', accountManagerId: 'emp_doesnotexist' },
      { externalId: 'r3', name: 'Hooli' },
    ]);
    expect(report).toMatchObject({ created: 1, refused: 2 });
    expect(report.rows[0]).toMatchObject({
      outcome: 'REFUSED',
      id: null,
      refusal: { code: 'BAD_USER_INPUT', fields: ['domain', 'country'] },
    });
    expect(report.rows[1]).toMatchObject({ outcome: 'REFUSED', refusal: { code: 'REFERENCE_NOT_FOUND', fields: ['accountManagerId'] } });
    expect(report.rows[2]).toMatchObject({ outcome: 'CREATED' });
    expect(await byExternalId('sheet', 'r1')).toBeNull();
    expect(await byExternalId('sheet', 'r2')).toBeNull();
    const after = await written();
    expect(after).toEqual({
      clients: before.clients + 1,
      externalIds: before.externalIds + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
  });

  it('refuses an illegal status change and leaves the client as it was', async () => {
    await importClients('legacy', [{ externalId: 'c1', name: 'Soylent', status: 'ACTIVE' }]);
    const before = await written();
    const report = await importClients('legacy', [{ externalId: 'c1', name: 'Soylent Corp', status: 'PROSPECT' }]);
    expect(report.rows[0]).toMatchObject({ outcome: 'REFUSED', refusal: { code: 'INVALID_TRANSITION', fields: ['status'] } });
    expect(await byExternalId('legacy', 'c1')).toMatchObject({ name: 'Soylent', status: 'ACTIVE', version: 1 });
    expect(await written()).toEqual(before);
  });

  it('writes nothing at all in a dry run, and reports what a real run then does', async () => {
    await importClients('dry', [{ externalId: 'd1', name: 'Wayne' }]);
    const before = await written();
    const rows = [
      { externalId: 'd1', name: 'Wayne Enterprises' },
      { externalId: 'd2', name: 'Stark' },
      { externalId: 'd3', name: '' },
    ];
    const dry = await importClients('dry', rows, true);
    expect(dry).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 0, refused: 1 });
    expect(dry.rows[1]).toMatchObject({ outcome: 'CREATED', id: null });
    expect(await written()).toEqual(before);
    const real = await importClients('dry', rows);
    expect(real.rows.map((row) => [row.outcome, row.changedFields])).toEqual(dry.rows.map((row) => [row.outcome, row.changedFields]));
  });

  it("creates a call's new clients together, each audited and announced as one created alone", async () => {
    const rows = Array.from({ length: 250 }, (_, index) => ({ externalId: `t-${index}`, name: `Together ${index}`, status: 'ACTIVE' }));
    const before = await written();
    const report = await importClients('together', rows);
    expect(report).toMatchObject({ created: 250, refused: 0 });
    expect(await written()).toEqual({
      clients: before.clients + 250,
      externalIds: before.externalIds + 250,
      audit: before.audit + 250,
      outbox: before.outbox + 250,
    });
    const last = report.rows[249];
    expect(await byExternalId('together', 't-249')).toMatchObject({ id: last?.id, name: 'Together 249', status: 'ACTIVE', version: 1 });
    const snapshot = await crm.snapshot();
    const audit = (snapshot.audit_log ?? []) as { id: string; entity_id: string; version: number; mutation: string; changes: string }[];
    const row = audit.find((entry) => entry.entity_id === last?.id);
    expect(row).toMatchObject({ version: 1, mutation: 'importClients' });
    expect(JSON.parse(row?.changes ?? '[]')).toContainEqual({
      field: 'externalIds',
      before: null,
      after: [{ system: 'together', id: 't-249' }],
    });
    const outbox = (snapshot.outbox ?? []) as { audit_id: string; type: string; external_ids: string | null }[];
    expect(outbox.find((event) => event.audit_id === row?.id)).toMatchObject({
      type: 'Client.created',
      external_ids: JSON.stringify([{ system: 'together', id: 't-249' }]),
    });
  });

  it('imports the call again row by row when one row among new ones is refused, writing each new client once', async () => {
    await importClients('mixed', [{ externalId: 'm-old', name: 'Tyrell', status: 'ACTIVE' }]);
    const before = await written();
    const report = await importClients('mixed', [
      { externalId: 'm-1', name: 'Oscorp' },
      { externalId: 'm-old', name: 'Tyrell', status: 'PROSPECT' },
      { externalId: 'm-2', name: 'Pied Piper' },
    ]);
    expect(report.rows.map((row) => row.outcome)).toEqual(['CREATED', 'REFUSED', 'CREATED']);
    expect(report.rows[1]).toMatchObject({ refusal: { code: 'INVALID_TRANSITION', fields: ['status'] } });
    expect(await byExternalId('mixed', 'm-1')).toMatchObject({ id: report.rows[0]?.id, version: 1 });
    expect(await byExternalId('mixed', 'm-2')).toMatchObject({ id: report.rows[2]?.id, version: 1 });
    expect(await written()).toEqual({
      clients: before.clients + 2,
      externalIds: before.externalIds + 2,
      audit: before.audit + 2,
      outbox: before.outbox + 2,
    });
  });

  it('updates, with the row after it, a client an earlier row of the same call created', async () => {
    const report = await importClients('twice', [
      { externalId: 'w-1', name: 'Massive Dynamic' },
      { externalId: 'w-2', name: 'Vandelay' },
      { externalId: 'w-1', name: 'Massive Dynamic', domain: 'massive.example' },
    ]);
    expect(report.rows.map((row) => [row.outcome, row.changedFields])).toEqual([
      ['CREATED', ['name']],
      ['CREATED', ['name']],
      ['UPDATED', ['domain']],
    ]);
    expect(report.rows[2]?.id).toBe(report.rows[0]?.id);
    expect(await byExternalId('twice', 'w-1')).toMatchObject({ domain: 'massive.example', version: 2 });
  });

  it('refuses more than 1,000 rows in one call', async () => {
    const rows = Array.from({ length: 1001 }, (_, index) => ({ externalId: String(index), name: `Client ${index}` }));
    const response = await crm.execute(IMPORT, { system: 'big', rows });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await byExternalId('big', '0')).toBeNull();
  });
});

describe('client external ids', () => {
  it('are given on create and update, found both ways, and a taken pair is CONFLICT naming its holder', async () => {
    const created = await crm.execute(/* GraphQL */ `
      mutation {
        createClient(input: { name: "Cyberdyne", externalIds: [{ system: "xero", id: "X-1" }] }) {
          id
          externalIds {
            system
            id
          }
        }
      }
    `);
    expect(created.errors).toBeUndefined();
    const client = (created.data as { createClient: { id: string; externalIds: unknown[] } }).createClient;
    expect(client.externalIds).toEqual([{ system: 'xero', id: 'X-1' }]);
    const updated = await crm.execute(
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateClient(id: $id, input: { externalIds: [{ system: "hubspot", id: "H-1" }] }) {
            version
            externalIds {
              system
              id
            }
          }
        }
      `,
      { id: client.id },
    );
    expect(updated.data).toEqual({
      updateClient: {
        version: 2,
        externalIds: [
          { system: 'hubspot', id: 'H-1' },
          { system: 'xero', id: 'X-1' },
        ],
      },
    });
    expect(await byExternalId('hubspot', 'H-1')).toMatchObject({ id: client.id });

    const before = await written();
    const taken = await crm.execute(/* GraphQL */ `
      mutation {
        createClient(input: { name: "Other", externalIds: [{ system: "xero", id: "X-1" }] }) {
          id
        }
      }
    `);
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ entity: 'Client', id: client.id });
    expect(await written()).toEqual(before);
  });

  it('are looked up many at once, in the order asked, null where no client holds one', async () => {
    const response = await crm.execute(/* GraphQL */ `
      query {
        clientsByExternalIds(system: "hubspot", ids: ["102", "nobody", "101"]) {
          name
        }
      }
    `);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ clientsByExternalIds: [{ name: 'Globex' }, null, { name: 'Acme GmbH' }] });
  });

  it('go with every event of the entity, and their change is audited', async () => {
    const snapshot = await crm.snapshot();
    const outbox = (snapshot.outbox ?? []) as { external_ids: string | null; type: string }[];
    expect(outbox.every((row) => (row.type.startsWith('Client.') ? row.external_ids !== null : true))).toBe(true);
    const audit = (snapshot.audit_log ?? []) as { mutation: string; changes: string }[];
    const update = audit.find((row) => row.mutation === 'updateClient');
    expect(JSON.parse(update?.changes ?? '[]')).toEqual([
      {
        field: 'externalIds',
        before: [{ system: 'xero', id: 'X-1' }],
        after: [
          { system: 'hubspot', id: 'H-1' },
          { system: 'xero', id: 'X-1' },
        ],
      },
    ]);
  });
});
