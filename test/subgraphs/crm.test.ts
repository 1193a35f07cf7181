import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { entitiesQuery } from '../support/entities.ts';
import { anyString, including } from '../support/matchers.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';
import type { GraphQLResponse } from '../../lib/references.ts';

let crm: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
});
afterAll(async () => {
  await crm.close();
});

const CreateClient = graphql(`
  mutation CrmCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      name
      status
      version
      domain
      country
    }
  }
`);

async function createClient(name: string) {
  const response = await crm.execute(CreateClient, { input: { name, domain: `${name.toLowerCase()}.com`, country: 'DE' } });
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('createClient answered no data');
  return response.data.createClient;
}

const ClientName = graphql(`
  query CrmClientName($id: ID!) {
    client(id: $id) {
      id
      name
    }
  }
`);

const UpdateIndustry = graphql(`
  mutation CrmUpdateIndustry($id: ID!, $industry: String, $v: Int) {
    updateClient(id: $id, input: { industry: $industry }, expectedVersion: $v) {
      version
      industry
    }
  }
`);

const ClientIndustry = graphql(`
  query CrmClientIndustry($id: ID!) {
    client(id: $id) {
      version
      industry
    }
  }
`);

const ChangeStatus = graphql(`
  mutation CrmChangeClientStatus($id: ID!, $s: ClientStatus!) {
    changeClientStatus(id: $id, status: $s) {
      status
    }
  }
`);

const CreatePilotDeal = graphql(`
  mutation CrmCreatePilotDeal($id: ID!) {
    createDeal(clientId: $id, input: { title: "Pilot", amount: { amount: "12000.50", currencyCode: "EUR" } }) {
      id
      stage
      amount {
        amount
        currencyCode
      }
    }
  }
`);

const WinDeal = graphql(`
  mutation CrmWinDeal($id: ID!) {
    moveDeal(id: $id, stage: WON) {
      stage
    }
  }
`);

const CreateContract = graphql(`
  mutation CrmCreateContract($id: ID!, $input: CreateContractInput!) {
    createContract(clientId: $id, input: $input) {
      id
      status
    }
  }
`);

const ActivateContract = graphql(`
  mutation CrmActivateContract($id: ID!) {
    activateContract(id: $id) {
      status
    }
  }
`);

const RenewContract = graphql(`
  mutation CrmRenewContract($id: ID!) {
    renewContract(id: $id) {
      status
      startDate
      endDate
      renews {
        id
        status
      }
    }
  }
`);

const ClientRenewal = graphql(`
  fragment CrmClientRenewal on Client {
    id
    renewal {
      date
      onTrack
      risks
    }
  }
`);

const ContractState = graphql(`
  query CrmContractState($id: ID!) {
    contract(id: $id) {
      status
      version
    }
  }
`);

async function createContract(id: string, input: { startDate: string; endDate: string; annualValue: string }) {
  const response = await crm.execute(CreateContract, {
    id,
    input: { startDate: input.startDate, endDate: input.endDate, annualValue: { amount: input.annualValue, currencyCode: 'USD' } },
  });
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('createContract answered no data');
  return response.data.createContract.id;
}

describe('crm subgraph', () => {
  it('creates a prospect with version 1 and reads it back', async () => {
    const created = await createClient('Acme');
    expect(created).toMatchObject({ name: 'Acme', status: 'PROSPECT', version: 1, domain: 'acme.com', country: 'DE' });
    expect(created.id).toMatch(/^cli_[0-9a-z]{16}$/);
    const read = await crm.execute(ClientName, { id: created.id });
    expect(read.data).toEqual({ client: { id: created.id, name: 'Acme' } });
  });

  it('grows the version with each write and refuses a stale expectedVersion, changing nothing', async () => {
    const { id } = await createClient('Globex');
    expect((await crm.execute(UpdateIndustry, { id, industry: 'Energy', v: 1 })).data).toEqual({
      updateClient: { version: 2, industry: 'Energy' },
    });
    const stale = await crm.execute(UpdateIndustry, { id, industry: 'Retail', v: 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const read = await crm.execute(ClientIndustry, { id });
    expect(read.data).toEqual({ client: { version: 2, industry: 'Energy' } });
  });

  it('moves clients and deals only through their named transitions', async () => {
    const { id } = await createClient('Initech');
    expect((await crm.execute(ChangeStatus, { id, s: 'ACTIVE' })).data).toEqual({ changeClientStatus: { status: 'ACTIVE' } });
    const illegal = await crm.execute(ChangeStatus, { id, s: 'PROSPECT' });
    expect(errorCodes(illegal)).toEqual(['INVALID_TRANSITION']);
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ from: 'ACTIVE', to: 'PROSPECT' });

    const deal = await crm.execute(CreatePilotDeal, { id });
    expect(deal.errors).toBeUndefined();
    const createDeal = deal.data?.createDeal;
    expect(createDeal).toMatchObject({ stage: 'LEAD', amount: { amount: '12000.50', currencyCode: 'EUR' } });
    if (!createDeal) throw new Error('createDeal answered no deal');
    const skip = await crm.execute(WinDeal, { id: createDeal.id });
    expect(skip.errors?.[0]?.message).toMatch(/Deal .* is LEAD and cannot become WON/);
  });

  it('renews an active contract into a new term and reports renewal risks from required facts', async () => {
    const { id } = await createClient('Umbrella');
    await crm.execute(ChangeStatus, { id, s: 'ACTIVE' });
    const contractId = await createContract(id, { startDate: '2025-01-01', endDate: '2025-12-31', annualValue: '50000' });
    await crm.execute(ActivateContract, { id: contractId });
    const renewed = await crm.execute(RenewContract, { id: contractId });
    expect(renewed.data).toEqual({
      renewContract: { status: 'ACTIVE', startDate: '2026-01-01', endDate: '2026-12-31', renews: { id: contractId, status: 'RENEWED' } },
    });

    const entities = await crm.execute(entitiesQuery(ClientRenewal), {
      representations: [
        { __typename: 'Client', id, overdue: { amount: '120.00', currencyCode: 'USD' }, deliveryHealth: 'AMBER' },
        { __typename: 'Client', id: 'cli_doesnotexist00' },
      ],
    });
    expect(entities.data).toEqual({
      _entities: [
        {
          id,
          renewal: {
            date: '2026-12-31',
            onTrack: false,
            risks: including(['USD 120.00 overdue', 'Delivery health is AMBER']),
          },
        },
        null,
      ],
    });
  });

  it('refuses malformed input with BAD_USER_INPUT naming each field, storing nothing', async () => {
    const before = await crm.snapshot();
    const bad = await crm.execute(CreateClient, { input: { name: ' ', domain: 'not a domain', country: 'XX' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'name'], message: anyString() },
      { path: ['input', 'domain'], message: anyString() },
      { path: ['input', 'country'], message: anyString() },
    ]);
    expect(await crm.snapshot()).toEqual(before);
  });

  it('checks ids, versions and amounts before touching the store', async () => {
    const { id } = await createClient('Hooli');
    const before = await crm.snapshot();
    const cases: [() => Promise<GraphQLResponse>, string[]][] = [
      [
        () =>
          crm.execute(
            graphql(`
              mutation CrmActivateClientOfWrongKind {
                changeClientStatus(id: "emp_0000000000000000", status: ACTIVE) {
                  id
                }
              }
            `),
          ),
        ['id'],
      ],
      [
        () =>
          crm.execute(
            graphql(`
              mutation CrmActivateClientAtVersionZero($id: ID!) {
                changeClientStatus(id: $id, status: ACTIVE, expectedVersion: 0) {
                  id
                }
              }
            `),
            { id },
          ),
        ['expectedVersion'],
      ],
      [
        () =>
          crm.execute(
            graphql(`
              mutation CrmCreateHugeDeal($id: ID!) {
                createDeal(clientId: $id, input: { title: "Huge", amount: { amount: "123456789012345678.99", currencyCode: "USD" } }) {
                  id
                }
              }
            `),
            { id },
          ),
        ['input', 'amount', 'amount'],
      ],
      [
        () =>
          crm.execute(
            graphql(`
              mutation CrmActivateContractOfWrongKind {
                activateContract(id: "cli_0000000000000000") {
                  id
                }
              }
            `),
          ),
        ['id'],
      ],
    ];
    for (const [run, path] of cases) {
      const result = await run();
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ path, message: anyString() }]);
    }
    expect(await crm.snapshot()).toEqual(before);
  });

  it('keeps one ACTIVE contract per client', async () => {
    const { id } = await createClient('Soylent');
    const draft = () => createContract(id, { startDate: '2026-01-01', endDate: '2026-12-31', annualValue: '100' });
    const [first, second] = [await draft(), await draft()];
    expect((await crm.execute(ActivateContract, { id: first })).data).toEqual({ activateContract: { status: 'ACTIVE' } });
    const refused = await crm.execute(ActivateContract, { id: second });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    const read = await crm.execute(ContractState, { id: second });
    expect(read.data).toEqual({ contract: { status: 'DRAFT', version: 1 } });
  });
});
