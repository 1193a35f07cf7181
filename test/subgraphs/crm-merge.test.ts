import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/**
 * mergeClients in the CRM alone (README § Duplicates and merging clients): the fields' rule, the
 * merged client's contacts, deals and contracts moved to the survivor, the tombstone and its
 * `Client.merged` event, the merged id answering the survivor, and every refusal leaving the
 * store as it was. On SQLite, and on PostgreSQL in the `postgres` project.
 */

let crm: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
});
afterAll(async () => {
  await crm.close();
});

const CreateClient = graphql(`
  mutation MergeCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      version
    }
  }
`);

const AddContact = graphql(`
  mutation MergeAddContact($clientId: ID!, $email: String!) {
    addContact(clientId: $clientId, input: { name: "Pat Buyer", email: $email }) {
      id
    }
  }
`);

const CreateDeal = graphql(`
  mutation MergeCreateDeal($clientId: ID!) {
    createDeal(clientId: $clientId, input: { title: "Pilot", amount: { amount: "5000.00", currencyCode: "EUR" } }) {
      id
    }
  }
`);

const CreateContract = graphql(`
  mutation MergeCreateContract($clientId: ID!) {
    createContract(
      clientId: $clientId
      input: { startDate: "2026-01-01", endDate: "2026-12-31", annualValue: { amount: "1000.00", currencyCode: "EUR" } }
    ) {
      id
    }
  }
`);

const ActivateContract = graphql(`
  mutation MergeActivateContract($id: ID!) {
    activateContract(id: $id) {
      status
    }
  }
`);

const MergeClients = graphql(`
  mutation MergeClients($survivorId: ID!, $mergedId: ID!, $fields: MergeClientFieldsInput, $sv: Int, $mv: Int) {
    mergeClients(survivorId: $survivorId, mergedId: $mergedId, fields: $fields, expectedSurvivorVersion: $sv, expectedMergedVersion: $mv) {
      id
      name
      domain
      industry
      country
      status
      version
      contacts {
        id
      }
      deals {
        id
      }
      contracts {
        id
      }
      externalIds {
        system
        id
      }
    }
  }
`);

const ByHubspotId = graphql(`
  query MergeByHubspotId($id: String!) {
    clientByExternalId(system: "hubspot", id: $id) {
      id
    }
  }
`);

const ClientById = graphql(`
  query MergeClientById($id: ID!) {
    client(id: $id) {
      id
      name
    }
  }
`);

const ClientIds = graphql(`
  query MergeClientIds($status: ClientStatus) {
    clients(first: 500, status: $status) {
      edges {
        node {
          id
          status
          mergedInto {
            id
          }
        }
      }
      totalCount
    }
  }
`);

async function data<T>(response: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const { data, errors } = await response;
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data;
}

async function client(input: {
  name: string;
  domain?: string | null;
  industry?: string | null;
  country?: string | null;
  externalIds?: { system: string; id: string }[];
}) {
  return (await data(crm.execute(CreateClient, { input }))).createClient;
}

describe('mergeClients', () => {
  let survivor: { id: string; version: number };
  let merged: { id: string; version: number };
  let moved: { contact: string; deal: string; contract: string };

  beforeAll(async () => {
    survivor = await client({ name: 'Acme Widgets', industry: 'Manufacturing', domain: null });
    merged = await client({
      name: 'ACME Widgets Ltd',
      domain: 'acme.com',
      industry: 'Retail',
      country: 'DE',
      externalIds: [{ system: 'hubspot', id: '1234' }],
    });
    moved = {
      contact: (await data(crm.execute(AddContact, { clientId: merged.id, email: 'pat@acme.com' }))).addContact.id,
      deal: (await data(crm.execute(CreateDeal, { clientId: merged.id }))).createDeal.id,
      contract: (await data(crm.execute(CreateContract, { clientId: merged.id }))).createContract.id,
    };
    await data(crm.execute(ActivateContract, { id: moved.contract }));
  });

  it('combines the fields by the rule, moves contacts, deals and contracts, and answers the survivor', async () => {
    const { mergeClients } = await data(
      crm.execute(MergeClients, { survivorId: survivor.id, mergedId: merged.id, fields: { industry: 'MERGED' } }),
    );
    // name: the survivor's (it has one); domain and country: the merged client's (the survivor has none); industry: as chosen.
    expect(mergeClients).toMatchObject({
      id: survivor.id,
      name: 'Acme Widgets',
      domain: 'acme.com',
      industry: 'Retail',
      country: 'DE',
      version: survivor.version + 1,
      contacts: [{ id: moved.contact }],
      deals: [{ id: moved.deal }],
      contracts: [{ id: moved.contract }],
      // Its ids in outside systems go with it: an import keyed on HubSpot's 1234 now updates the survivor.
      externalIds: [{ system: 'hubspot', id: '1234' }],
    });
    expect((await data(crm.execute(ByHubspotId, { id: '1234' }))).clientByExternalId).toEqual({ id: survivor.id });

    // The merged id answers the survivor, and lists show the tombstone only when asked for.
    expect((await data(crm.execute(ClientById, { id: merged.id }))).client).toEqual({ id: survivor.id, name: 'Acme Widgets' });
    const { clients } = await data(crm.execute(ClientIds, {}));
    expect(clients.edges.map((edge) => edge.node.id)).toEqual([survivor.id]);
    expect(clients.totalCount).toBe(1);
    expect((await data(crm.execute(ClientIds, { status: 'MERGED' }))).clients.edges.map((edge) => edge.node)).toEqual([
      { id: merged.id, status: 'MERGED', mergedInto: { id: survivor.id } },
    ]);

    // Both audited and announced: the tombstone as Client.merged naming the survivor, each moved row naming both clients.
    const store = await crm.snapshot();
    const audits = new Map(store.audit_log?.map((row) => [row.id, row]));
    const events = (store.outbox ?? []).map((row) => {
      const audit = audits.get(row.audit_id);
      return { type: row.type, entity: audit?.entity_id, mutation: audit?.mutation, refs: JSON.parse(String(row.refs)) as unknown };
    });
    const ofMerge = events.filter((event) => event.mutation === 'mergeClients');
    expect(ofMerge).toEqual(
      expect.arrayContaining([
        { type: 'Client.merged', entity: merged.id, mutation: 'mergeClients', refs: [{ type: 'Client', id: survivor.id }] },
        { type: 'Client.updated', entity: survivor.id, mutation: 'mergeClients', refs: [] },
        {
          type: 'Contact.updated',
          entity: moved.contact,
          mutation: 'mergeClients',
          refs: [survivor.id, merged.id].sort().map((id) => ({ type: 'Client', id })),
        },
      ]),
    );
    expect(ofMerge).toHaveLength(5);
  });

  it('refuses writes to the tombstone, and a new merge of it, leaving nothing behind', async () => {
    const other = await client({ name: 'Other Co' });
    const before = await crm.snapshot();
    const contact = await crm.execute(AddContact, { clientId: merged.id, email: 'late@acme.com' });
    expect(errorCodes(contact)).toEqual(['INVALID_TRANSITION']);
    expect(contact.errors?.[0]?.extensions).toMatchObject({ id: merged.id, mergedInto: survivor.id });
    expect(errorCodes(await crm.execute(MergeClients, { survivorId: other.id, mergedId: merged.id }))).toEqual(['INVALID_TRANSITION']);
    expect(errorCodes(await crm.execute(MergeClients, { survivorId: merged.id, mergedId: other.id }))).toEqual(['INVALID_TRANSITION']);
    expect(await crm.snapshot()).toEqual(before);
  });
});

describe('mergeClients refusals', () => {
  it('refuses the same id, an unknown id, a stale version and two ACTIVE contracts, leaving nothing behind', async () => {
    const a = await client({ name: 'Refusal Alpha' });
    const b = await client({ name: 'Refusal Beta' });
    for (const id of [a.id, b.id]) {
      const { createContract } = await data(crm.execute(CreateContract, { clientId: id }));
      await data(crm.execute(ActivateContract, { id: createContract.id }));
    }
    const before = await crm.snapshot();

    const same = await crm.execute(MergeClients, { survivorId: a.id, mergedId: a.id });
    expect(errorCodes(same)).toEqual(['BAD_USER_INPUT']);
    expect(same.errors?.[0]?.extensions?.fields).toEqual([{ path: ['mergedId'], message: 'must differ from survivorId' }]);
    expect(errorCodes(await crm.execute(MergeClients, { survivorId: a.id, mergedId: 'cli_nobody' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await crm.execute(MergeClients, { survivorId: 'cli_nobody', mergedId: b.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await crm.execute(MergeClients, { survivorId: a.id, mergedId: 'emp_1' }))).toEqual(['BAD_USER_INPUT']);
    const stale = await crm.execute(MergeClients, { survivorId: a.id, mergedId: b.id, sv: a.version + 5 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ id: a.id, currentVersion: a.version, expectedVersion: a.version + 5 });
    expect(errorCodes(await crm.execute(MergeClients, { survivorId: a.id, mergedId: b.id, mv: 99 }))).toEqual(['CONFLICT']);
    const contracts = await crm.execute(MergeClients, { survivorId: a.id, mergedId: b.id });
    expect(errorCodes(contracts)).toEqual(['CONFLICT']);
    expect(contracts.errors?.[0]?.message).toMatch(/both have an ACTIVE contract/);

    expect(await crm.snapshot()).toEqual(before);
  });
});

describe('two merges of one pair at once', () => {
  it('lets one win and refuses the other, whichever way round each was asked', async () => {
    const a = await client({ name: 'Race Alpha' });
    const b = await client({ name: 'Race Beta' });
    // Opposite directions: each locks both rows, in id order, so they queue instead of deadlocking on PostgreSQL.
    const results = await Promise.all([
      crm.execute(MergeClients, { survivorId: a.id, mergedId: b.id }),
      crm.execute(MergeClients, { survivorId: b.id, mergedId: a.id }),
    ]);
    expect(results.map((result) => errorCodes(result)).sort()).toEqual([[], ['INVALID_TRANSITION']]);
    const winner = results.find((result) => !result.errors)?.data?.mergeClients.id;
    const tombstones = (await data(crm.execute(ClientIds, { status: 'MERGED' }))).clients.edges.map((edge) => edge.node);
    expect(tombstones).toContainEqual({ id: winner === a.id ? b.id : a.id, status: 'MERGED', mergedInto: { id: winner } });
  });
});
