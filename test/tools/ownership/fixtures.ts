import type { SubgraphSource } from '../../../tools/ownership/composition.ts';

/**
 * A small federation that keeps every ownership rule: crm owns Client, accounting owns Invoice and
 * adds money facts to Client, hr owns Employee. Each test breaks one thing in a copy of it.
 */
export const OWNERS = { Client: 'crm', Invoice: 'accounting', Employee: 'hr' } as const;

const LINK = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires"])
`;

const MONEY = /* GraphQL */ `
  type Money @shareable {
    amount: String!
    currencyCode: String!
  }
`;

export const CRM = /* GraphQL */ `
  ${LINK}
  type Query {
    client(id: ID!): Client
  }
  type Mutation {
    createClient(input: CreateClientInput!): Client!
  }
  ${MONEY}
  type Client @key(fields: "id") {
    id: ID!
    name: String!
    accountManager: Employee
  }
  type Employee @key(fields: "id", resolvable: false) {
    id: ID!
  }
  input CreateClientInput {
    name: String!
    accountManagerId: ID
  }
`;

export const ACCOUNTING = /* GraphQL */ `
  ${LINK}
  type Query {
    invoice(id: ID!): Invoice
  }
  type Mutation {
    createInvoice(input: CreateInvoiceInput!): Invoice!
  }
  ${MONEY}
  type Client @key(fields: "id") {
    id: ID!
    outstanding: Money
  }
  type Invoice @key(fields: "id") {
    id: ID!
    number: String!
    client: Client!
    total: Money!
  }
  input CreateInvoiceInput {
    clientId: ID!
    lines: [InvoiceLineInput!]!
  }
  input InvoiceLineInput {
    description: String!
    amount: String!
  }
`;

export const HR = /* GraphQL */ `
  ${LINK}
  type Query {
    employee(id: ID!): Employee
  }
  type Employee @key(fields: "id") {
    id: ID!
    name: String!
    email: String!
  }
`;

const SDL = { crm: CRM, accounting: ACCOUNTING, hr: HR };

/** The fixture federation, with any subgraph's SDL replaced. */
export function subgraphs(replace: Partial<Record<keyof typeof SDL, string>> = {}): SubgraphSource[] {
  return Object.entries({ ...SDL, ...replace }).map(([name, sdl]) => ({ name, sdl, url: `http://127.0.0.1/${name}` }));
}

/** The fixture federation with one text replaced in one subgraph; fails loudly when the text is not there. */
export function edited(name: keyof typeof SDL, from: string, to: string): SubgraphSource[] {
  if (!SDL[name].includes(from)) throw new Error(`fixture ${name} has no ${JSON.stringify(from)}`);
  return subgraphs({ [name]: SDL[name].replace(from, to) });
}
