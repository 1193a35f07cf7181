import type { Kysely, Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { mutationOwnerViolations } from '../../../tools/ownership/mutations.ts';
import { storeOwnerViolations, storeSchema, type StoreSchema } from '../../../tools/ownership/stores.ts';
import { formatViolation, type Violation } from '../../../tools/ownership/violation.ts';
import { ACCOUNTING, edited, OWNERS, subgraphs } from './fixtures.ts';

const lines = (violations: Violation[]) => violations.map(formatViolation);

describe('rule 3: mutations live in the owner', () => {
  it('passes the fixture federation, whose writes take foreign entities by id', () => {
    expect(mutationOwnerViolations(subgraphs(), OWNERS)).toEqual([]);
  });

  it('refuses a mutation that returns another domain’s entity', () => {
    const sdl = edited('accounting', 'type Mutation {', 'type Mutation {\n    markClientPaying(clientId: ID!): Client!');
    expect(lines(mutationOwnerViolations(sdl, OWNERS))).toEqual([
      'rule 3 (mutations in the owner): Mutation.markClientPaying in accounting returns Client, owned by crm: only crm may create or change it',
    ]);
  });

  it('refuses arguments that set another domain’s attributes, however they are spelled', () => {
    const sdl = subgraphs({
      accounting: ACCOUNTING.replace('clientId: ID!\n    lines', 'clientId: ID!\n    clientName: String\n    lines')
        .replace(
          'type Mutation {',
          'type Mutation {\n    billNewClient(client: ClientInput!, employeeEmail: String): Invoice!\n    renameBilledClient(input: UpdateClientBillingInput!): Invoice!',
        )
        .concat(/* GraphQL */ `
          input ClientInput {
            id: ID
            name: String!
            address: AddressInput
          }
          input AddressInput {
            city: String
          }
          input UpdateClientBillingInput {
            clientId: ID!
            name: String!
            poNumber: String
          }
        `),
    });
    expect(lines(mutationOwnerViolations(sdl, OWNERS))).toEqual([
      "rule 3 (mutations in the owner): Mutation.billNewClient in accounting takes client.name, which would set Client.name, owned by crm: take the Client's id as a reference instead",
      "rule 3 (mutations in the owner): Mutation.billNewClient in accounting takes client.address.city, which would set Client.address.city, owned by crm: take the Client's id as a reference instead",
      "rule 3 (mutations in the owner): Mutation.billNewClient in accounting takes employeeEmail, which would set Employee.email, owned by hr: take the Employee's id as a reference instead",
      "rule 3 (mutations in the owner): Mutation.renameBilledClient in accounting takes input.name, which would set Client.name, owned by crm: take the Client's id as a reference instead",
      "rule 3 (mutations in the owner): Mutation.createInvoice in accounting takes input.clientName, which would set Client.name, owned by crm: take the Client's id as a reference instead",
    ]);
  });

  it('allows ids of other domains’ entities, and the owner setting its own attributes', () => {
    const sdl = edited(
      'accounting',
      'type Mutation {',
      'type Mutation {\n    assign(invoiceId: ID!, clientIds: [ID!]!, client: ID, employeeId: ID): Invoice!',
    );
    expect(mutationOwnerViolations(sdl, OWNERS)).toEqual([]);
  });

  it('allows another domain’s entity by its id in an outside system, which its owner resolves, but not its external ids set', () => {
    const sdl = subgraphs({
      accounting: ACCOUNTING.replace(
        'type Mutation {',
        'type Mutation {\n    billByExternalId(clientExternalId: ExternalIdInput!): Invoice!\n    tagClient(clientExternalIds: [ExternalIdInput!]!): Invoice!',
      ).concat(/* GraphQL */ `
        input ExternalIdInput {
          system: String!
          id: String!
        }
      `),
    });
    expect(lines(mutationOwnerViolations(sdl, OWNERS))).toEqual([
      "rule 3 (mutations in the owner): Mutation.tagClient in accounting takes clientExternalIds, which would set Client.externalIds, owned by crm: take the Client's id as a reference instead",
    ]);
  });
});

describe('rule 4: a store keeps another domain’s entity as an id only', () => {
  const store = (tables: StoreSchema['tables']): StoreSchema[] => [{ subgraph: 'accounting', tables }];

  it('refuses columns holding another domain’s attributes and tables named after its entities', () => {
    const stores = store([
      { name: 'invoices', columns: ['id', 'client_id', 'client_name', 'employee_email', 'invoice_number'] },
      { name: 'clients', columns: ['id', 'name'] },
    ]);
    expect(lines(storeOwnerViolations(stores, OWNERS))).toEqual([
      'rule 4 (ids, not attributes): accounting column invoices.client_name holds Client attributes, owned by crm: keep only client_id',
      'rule 4 (ids, not attributes): accounting column invoices.employee_email holds Employee attributes, owned by hr: keep only employee_id',
      'rule 4 (ids, not attributes): accounting table clients is named after Client, owned by crm: keep client_id columns instead of a copy',
    ]);
  });

  it('allows ids, and a domain’s own entity names', () => {
    const stores = [
      { subgraph: 'accounting', tables: [{ name: 'invoices', columns: ['id', 'client_id', 'invoice_total'] }] },
      { subgraph: 'crm', tables: [{ name: 'clients', columns: ['id', 'client_name', 'employee_ids'] }] },
    ];
    expect(storeOwnerViolations(stores, OWNERS)).toEqual([]);
  });

  it('reads tables and columns from migrations run on an in-memory SQLite', async () => {
    const migrations: Record<string, Migration> = {
      '0001': {
        async up(db: Kysely<unknown>) {
          await db.schema
            .createTable('invoices')
            .addColumn('id', 'text', (c) => c.primaryKey())
            .addColumn('client_id', 'text')
            .execute();
        },
      },
      '0002': {
        async up(db: Kysely<unknown>) {
          await db.schema.alterTable('invoices').addColumn('client_country', 'text').execute();
        },
      },
    };
    const schema = await storeSchema('accounting', migrations);
    expect(schema).toEqual({ subgraph: 'accounting', tables: [{ name: 'invoices', columns: ['id', 'client_id', 'client_country'] }] });
    expect(lines(storeOwnerViolations([schema], OWNERS))).toEqual([
      'rule 4 (ids, not attributes): accounting column invoices.client_country holds Client attributes, owned by crm: keep only client_id',
    ]);
  });
});
