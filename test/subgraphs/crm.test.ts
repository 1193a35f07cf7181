import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

let crm: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
});
afterAll(async () => {
  await crm.close();
});

const CREATE = /* GraphQL */ `
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      name
      status
      version
      domain
      country
    }
  }
`;

async function createClient(name: string) {
  const response = await crm.execute(CREATE, { input: { name, domain: `${name.toLowerCase()}.com`, country: 'DE' } });
  expect(response.errors).toBeUndefined();
  return (response.data as { createClient: { id: string; version: number } }).createClient;
}

describe('crm subgraph', () => {
  it('creates a prospect with version 1 and reads it back', async () => {
    const created = await createClient('Acme');
    expect(created).toMatchObject({ name: 'Acme', status: 'PROSPECT', version: 1, domain: 'acme.com', country: 'DE' });
    expect(created.id).toMatch(/^cli_[0-9a-z]{16}$/);
    const read = await crm.execute(`query ($id: ID!) { client(id: $id) { id name } }`, { id: created.id });
    expect(read.data).toEqual({ client: { id: created.id, name: 'Acme' } });
  });

  it('grows the version with each write and refuses a stale expectedVersion, changing nothing', async () => {
    const { id } = await createClient('Globex');
    const update = `mutation ($id: ID!, $v: Int) { updateClient(id: $id, input: { industry: "Energy" }, expectedVersion: $v) { version industry } }`;
    expect((await crm.execute(update, { id, v: 1 })).data).toEqual({ updateClient: { version: 2, industry: 'Energy' } });
    const stale = await crm.execute(update.replace('Energy', 'Retail'), { id, v: 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const read = await crm.execute(`query ($id: ID!) { client(id: $id) { version industry } }`, { id });
    expect(read.data).toEqual({ client: { version: 2, industry: 'Energy' } });
  });

  it('moves clients and deals only through their named transitions', async () => {
    const { id } = await createClient('Initech');
    const status = `mutation ($id: ID!, $s: ClientStatus!) { changeClientStatus(id: $id, status: $s) { status } }`;
    expect((await crm.execute(status, { id, s: 'ACTIVE' })).data).toEqual({ changeClientStatus: { status: 'ACTIVE' } });
    const illegal = await crm.execute(status, { id, s: 'PROSPECT' });
    expect(errorCodes(illegal)).toEqual(['INVALID_TRANSITION']);
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ from: 'ACTIVE', to: 'PROSPECT' });

    const deal = await crm.execute(
      `mutation ($id: ID!) { createDeal(clientId: $id, input: { title: "Pilot", amount: { amount: "12000.50", currencyCode: "EUR" } }) { id stage amount { amount currencyCode } } }`,
      { id },
    );
    const { createDeal } = deal.data as { createDeal: { id: string; stage: string; amount: unknown } };
    expect(createDeal).toMatchObject({ stage: 'LEAD', amount: { amount: '12000.50', currencyCode: 'EUR' } });
    const skip = await crm.execute(`mutation ($id: ID!) { moveDeal(id: $id, stage: WON) { stage } }`, { id: createDeal.id });
    expect(skip.errors?.[0]?.message).toMatch(/Deal .* is LEAD and cannot become WON/);
  });

  it('renews an active contract into a new term and reports renewal risks from required facts', async () => {
    const { id } = await createClient('Umbrella');
    await crm.execute(`mutation ($id: ID!) { changeClientStatus(id: $id, status: ACTIVE) { id } }`, { id });
    const created = await crm.execute(
      `mutation ($id: ID!) { createContract(clientId: $id, input: { startDate: "2025-01-01", endDate: "2025-12-31", annualValue: { amount: "50000", currencyCode: "USD" } }) { id status } }`,
      { id },
    );
    const contractId = (created.data as { createContract: { id: string } }).createContract.id;
    await crm.execute(`mutation ($id: ID!) { activateContract(id: $id) { status } }`, { id: contractId });
    const renewed = await crm.execute(`mutation ($id: ID!) { renewContract(id: $id) { status startDate endDate renews { id status } } }`, {
      id: contractId,
    });
    expect(renewed.data).toEqual({
      renewContract: { status: 'ACTIVE', startDate: '2026-01-01', endDate: '2026-12-31', renews: { id: contractId, status: 'RENEWED' } },
    });

    const entities = await crm.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id renewal { date onTrack risks } } } }`,
      {
        r: [
          { __typename: 'Client', id, overdue: { amount: '120.00', currencyCode: 'USD' }, deliveryHealth: 'AMBER' },
          { __typename: 'Client', id: 'cli_doesnotexist00' },
        ],
      },
    );
    expect(entities.data).toEqual({
      _entities: [
        {
          id,
          renewal: {
            date: '2026-12-31',
            onTrack: false,
            risks: expect.arrayContaining(['USD 120.00 overdue', 'Delivery health is AMBER']),
          },
        },
        null,
      ],
    });
  });

  it('refuses malformed input with BAD_USER_INPUT naming each field, storing nothing', async () => {
    const before = await crm.snapshot();
    const bad = await crm.execute(CREATE, { input: { name: ' ', domain: 'not a domain', country: 'XX' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'name'], message: expect.any(String) },
      { path: ['input', 'domain'], message: expect.any(String) },
      { path: ['input', 'country'], message: expect.any(String) },
    ]);
    expect(await crm.snapshot()).toEqual(before);
  });

  it('checks ids, versions and amounts before touching the store', async () => {
    const { id } = await createClient('Hooli');
    const before = await crm.snapshot();
    const cases = [
      [`mutation { changeClientStatus(id: "emp_0000000000000000", status: ACTIVE) { id } }`, ['id']],
      [`mutation ($id: ID!) { changeClientStatus(id: $id, status: ACTIVE, expectedVersion: 0) { id } }`, ['expectedVersion']],
      [
        `mutation ($id: ID!) { createDeal(clientId: $id, input: { title: "Huge", amount: { amount: "123456789012345678.99", currencyCode: "USD" } }) { id } }`,
        ['input', 'amount', 'amount'],
      ],
      [`mutation { activateContract(id: "cli_0000000000000000") { id } }`, ['id']],
    ] as const;
    for (const [operation, path] of cases) {
      const result = await crm.execute(operation, { id });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ path, message: expect.any(String) }]);
    }
    expect(await crm.snapshot()).toEqual(before);
  });

  it('keeps one ACTIVE contract per client', async () => {
    const { id } = await createClient('Soylent');
    const draft = async () => {
      const created = await crm.execute(
        `mutation ($id: ID!) { createContract(clientId: $id, input: { startDate: "2026-01-01", endDate: "2026-12-31", annualValue: { amount: "100", currencyCode: "USD" } }) { id } }`,
        { id },
      );
      return (created.data as { createContract: { id: string } }).createContract.id;
    };
    const [first, second] = [await draft(), await draft()];
    const activate = `mutation ($id: ID!) { activateContract(id: $id) { status } }`;
    expect((await crm.execute(activate, { id: first })).data).toEqual({ activateContract: { status: 'ACTIVE' } });
    const refused = await crm.execute(activate, { id: second });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    const read = await crm.execute(`query ($id: ID!) { contract(id: $id) { status version } }`, { id: second });
    expect(read.data).toEqual({ contract: { status: 'DRAFT', version: 1 } });
  });
});
