import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/**
 * duplicateCandidates on planted duplicates (README § Duplicates and merging clients): each pair
 * found by what it shares, scored 1 - Π(1 - weight), most likely first, merged clients left out.
 */

let crm: TestSubgraph;
const ids = new Map<string, string>();

const CreateClient = graphql(`
  mutation DuplicatesCreateClient($name: String!, $domain: String) {
    createClient(input: { name: $name, domain: $domain }) {
      id
    }
  }
`);

const AddContact = graphql(`
  mutation DuplicatesAddContact($clientId: ID!, $name: String!, $email: String!, $phone: String) {
    addContact(clientId: $clientId, input: { name: $name, email: $email, phone: $phone }) {
      id
    }
  }
`);

const Candidates = graphql(`
  query DuplicatesCandidates($first: Int, $minScore: Float) {
    duplicateCandidates(first: $first, minScore: $minScore) {
      clients {
        clients {
          name
        }
        score
        evidence {
          kind
          value
          weight
        }
      }
      contacts {
        contacts {
          name
          email
        }
        score
        evidence {
          kind
          value
          weight
        }
      }
    }
  }
`);

const Merge = graphql(`
  mutation DuplicatesMerge($survivorId: ID!, $mergedId: ID!) {
    mergeClients(survivorId: $survivorId, mergedId: $mergedId) {
      id
    }
  }
`);

async function plant(name: string, domain: string | null = null): Promise<string> {
  const response = await crm.execute(CreateClient, { name, domain });
  expect(response.errors).toBeUndefined();
  const id = response.data?.createClient.id ?? '';
  ids.set(name, id);
  return id;
}

async function contact(clientId: string, name: string, email: string, phone: string | null = null): Promise<void> {
  expect((await crm.execute(AddContact, { clientId, name, email, phone })).errors).toBeUndefined();
}

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  await plant('Wayne Enterprises', 'wayne.com');
  await plant('Wayne Enterprises Inc', 'wayne.com');
  await plant('Globex Corporation', 'globex.com');
  await plant('Globex Corp.');
  await plant('Umbrella Holdings');
  await plant('Umbrela Holdings');
  // One edit apart, but numbered apart: two companies.
  await plant('Northwind Logistics 2');
  await plant('Northwind Logistics 3');
  await plant('Initech', 'initech.com');
  await plant('Initrode', 'initech.com');
  const hooli = await plant('Hooli');
  const piper = await plant('Pied Piper');
  await contact(hooli, 'Richard Hendricks', 'richard@hooli.com');
  await contact(piper, 'Richard Hendricks', 'richard@hooli.com');
  const stark = await plant('Stark Industries', 'stark.com');
  await contact(stark, 'Tony Stark', 'tony@stark.com', '+1 555 0100');
  await contact(stark, 'tony  stark', 'ceo@stark.com', '+1 555 0100');
  await contact(stark, 'Pepper Potts', 'pepper@stark.com');
});
afterAll(async () => {
  await crm.close();
});

async function candidates(variables: { first?: number; minScore?: number }) {
  const response = await crm.execute(Candidates, variables);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no data');
  return response.data.duplicateCandidates;
}

describe('duplicateCandidates', () => {
  it('lists planted duplicate clients by score, with the evidence for each', async () => {
    const { clients } = await candidates({ minScore: 0.5 });
    expect(clients.map((pair) => [pair.clients.map((client) => client.name), pair.score])).toEqual([
      [['Wayne Enterprises', 'Wayne Enterprises Inc'], 0.98],
      [['Globex Corporation', 'Globex Corp.'], 0.9],
      // "umbrella holdings" and "umbrela holdings": one edit in 17 characters, 0.9 × 16/17.
      [['Umbrella Holdings', 'Umbrela Holdings'], 0.847],
      [['Initech', 'Initrode'], 0.8],
      [['Hooli', 'Pied Piper'], 0.7],
    ]);
    expect(clients[0]?.evidence).toEqual([
      { kind: 'SIMILAR_NAME', value: 'Wayne Enterprises ~ Wayne Enterprises Inc', weight: 0.9 },
      { kind: 'SAME_DOMAIN', value: 'wayne.com', weight: 0.8 },
    ]);
    expect(clients[4]?.evidence).toEqual([{ kind: 'SHARED_CONTACT_EMAIL', value: 'richard@hooli.com', weight: 0.7 }]);
  });

  it('lists duplicate contacts: the same email, or one client with the same name and phone twice', async () => {
    const { contacts } = await candidates({ minScore: 0.5 });
    expect(contacts.map((pair) => [pair.contacts.map((person) => person.email), pair.score, pair.evidence.map((e) => e.kind)])).toEqual([
      [['richard@hooli.com', 'richard@hooli.com'], 0.9, ['SAME_EMAIL']],
      [['tony@stark.com', 'ceo@stark.com'], 0.76, ['SIMILAR_NAME', 'SAME_PHONE']],
    ]);
  });

  it('keeps to first and minScore, and refuses values out of range', async () => {
    const { clients } = await candidates({ first: 2, minScore: 0.5 });
    expect(clients.map((pair) => pair.score)).toEqual([0.98, 0.9]);
    expect((await candidates({ minScore: 0.85 })).clients.map((pair) => pair.score)).toEqual([0.98, 0.9]);
    expect(errorCodes(await crm.execute(Candidates, { minScore: 2 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await crm.execute(Candidates, { first: 501 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves merged clients out', async () => {
    const merged = await crm.execute(Merge, { survivorId: ids.get('Globex Corporation') ?? '', mergedId: ids.get('Globex Corp.') ?? '' });
    expect(merged.errors).toBeUndefined();
    const { clients } = await candidates({ minScore: 0.5 });
    expect(clients.flatMap((pair) => pair.clients.map((client) => client.name))).not.toContain('Globex Corp.');
    expect(clients.map((pair) => pair.score)).toEqual([0.98, 0.847, 0.8, 0.7]);
  });
});
