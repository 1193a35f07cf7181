/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription LiveEntityChanged {\n    entityChanged {\n      id\n      entityType\n      entityId\n      references {\n        type\n        id\n      }\n    }\n  }\n": typeof types.LiveEntityChangedDocument,
    "\n  query TodayCurrency {\n    reportingCurrency\n  }\n": typeof types.TodayCurrencyDocument,
    "\n  query TodayRenewals($after: String) {\n    clients(first: 500, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          renewal {\n            date\n            daysLeft\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n": typeof types.TodayRenewalsDocument,
    "\n  query TodayOverdueInvoices($first: Int!) {\n    invoices(overdue: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          version\n          status\n          dueDate\n          balance {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TodayOverdueInvoicesDocument,
    "\n  query TodayRedProjects($first: Int!) {\n    projects(health: RED, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phase\n          health\n          healthNote\n          version\n          client {\n            id\n            name\n          }\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TodayRedProjectsDocument,
    "\n  query TodayDeals($stage: DealStage!, $since: Date, $first: Int!) {\n    deals(stage: $stage, updatedSince: $since, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          updatedAt\n          expectedCloseDate\n          amount {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TodayDealsDocument,
    "\n  query WorkflowEmployees {\n    employees(first: 500, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorkflowEmployeesDocument,
    "\n  mutation WorkflowLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      project {\n        id\n        hoursLogged\n      }\n      employee {\n        id\n      }\n    }\n  }\n": typeof types.WorkflowLogTimeDocument,
    "\n  mutation WorkflowMoveDeal($id: ID!, $stage: DealStage!, $expectedVersion: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      id\n      version\n      stage\n      updatedAt\n      client {\n        id\n      }\n    }\n  }\n": typeof types.WorkflowMoveDealDocument,
    "\n  mutation WorkflowRecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $expectedVersion: Int) {\n    recordPayment(invoiceId: $invoiceId, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      overdue\n      amountPaid {\n        amount\n        currencyCode\n      }\n      balance {\n        amount\n        currencyCode\n      }\n      client {\n        id\n      }\n    }\n  }\n": typeof types.WorkflowRecordPaymentDocument,
    "\n  mutation WorkflowSetProjectHealth($id: ID!, $health: Health!, $note: String, $expectedVersion: Int) {\n    setProjectHealth(id: $id, health: $health, note: $note, expectedVersion: $expectedVersion) {\n      id\n      version\n      health\n      healthNote\n      client {\n        id\n      }\n    }\n  }\n": typeof types.WorkflowSetProjectHealthDocument,
};
const documents: Documents = {
    "\n  subscription LiveEntityChanged {\n    entityChanged {\n      id\n      entityType\n      entityId\n      references {\n        type\n        id\n      }\n    }\n  }\n": types.LiveEntityChangedDocument,
    "\n  query TodayCurrency {\n    reportingCurrency\n  }\n": types.TodayCurrencyDocument,
    "\n  query TodayRenewals($after: String) {\n    clients(first: 500, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          renewal {\n            date\n            daysLeft\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n": types.TodayRenewalsDocument,
    "\n  query TodayOverdueInvoices($first: Int!) {\n    invoices(overdue: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          version\n          status\n          dueDate\n          balance {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TodayOverdueInvoicesDocument,
    "\n  query TodayRedProjects($first: Int!) {\n    projects(health: RED, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phase\n          health\n          healthNote\n          version\n          client {\n            id\n            name\n          }\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TodayRedProjectsDocument,
    "\n  query TodayDeals($stage: DealStage!, $since: Date, $first: Int!) {\n    deals(stage: $stage, updatedSince: $since, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          updatedAt\n          expectedCloseDate\n          amount {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TodayDealsDocument,
    "\n  query WorkflowEmployees {\n    employees(first: 500, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WorkflowEmployeesDocument,
    "\n  mutation WorkflowLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      project {\n        id\n        hoursLogged\n      }\n      employee {\n        id\n      }\n    }\n  }\n": types.WorkflowLogTimeDocument,
    "\n  mutation WorkflowMoveDeal($id: ID!, $stage: DealStage!, $expectedVersion: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      id\n      version\n      stage\n      updatedAt\n      client {\n        id\n      }\n    }\n  }\n": types.WorkflowMoveDealDocument,
    "\n  mutation WorkflowRecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $expectedVersion: Int) {\n    recordPayment(invoiceId: $invoiceId, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      overdue\n      amountPaid {\n        amount\n        currencyCode\n      }\n      balance {\n        amount\n        currencyCode\n      }\n      client {\n        id\n      }\n    }\n  }\n": types.WorkflowRecordPaymentDocument,
    "\n  mutation WorkflowSetProjectHealth($id: ID!, $health: Health!, $note: String, $expectedVersion: Int) {\n    setProjectHealth(id: $id, health: $health, note: $note, expectedVersion: $expectedVersion) {\n      id\n      version\n      health\n      healthNote\n      client {\n        id\n      }\n    }\n  }\n": types.WorkflowSetProjectHealthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEntityChanged {\n    entityChanged {\n      id\n      entityType\n      entityId\n      references {\n        type\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEntityChanged {\n    entityChanged {\n      id\n      entityType\n      entityId\n      references {\n        type\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayCurrency {\n    reportingCurrency\n  }\n"): (typeof documents)["\n  query TodayCurrency {\n    reportingCurrency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayRenewals($after: String) {\n    clients(first: 500, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          renewal {\n            date\n            daysLeft\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayRenewals($after: String) {\n    clients(first: 500, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          renewal {\n            date\n            daysLeft\n            onTrack\n            risks\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayOverdueInvoices($first: Int!) {\n    invoices(overdue: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          version\n          status\n          dueDate\n          balance {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayOverdueInvoices($first: Int!) {\n    invoices(overdue: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          version\n          status\n          dueDate\n          balance {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayRedProjects($first: Int!) {\n    projects(health: RED, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phase\n          health\n          healthNote\n          version\n          client {\n            id\n            name\n          }\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayRedProjects($first: Int!) {\n    projects(health: RED, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phase\n          health\n          healthNote\n          version\n          client {\n            id\n            name\n          }\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayDeals($stage: DealStage!, $since: Date, $first: Int!) {\n    deals(stage: $stage, updatedSince: $since, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          updatedAt\n          expectedCloseDate\n          amount {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayDeals($stage: DealStage!, $since: Date, $first: Int!) {\n    deals(stage: $stage, updatedSince: $since, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          updatedAt\n          expectedCloseDate\n          amount {\n            amount\n            currencyCode\n          }\n          client {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowEmployees {\n    employees(first: 500, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowEmployees {\n    employees(first: 500, status: ACTIVE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      project {\n        id\n        hoursLogged\n      }\n      employee {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowLogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      id\n      hours\n      project {\n        id\n        hoursLogged\n      }\n      employee {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowMoveDeal($id: ID!, $stage: DealStage!, $expectedVersion: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      id\n      version\n      stage\n      updatedAt\n      client {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowMoveDeal($id: ID!, $stage: DealStage!, $expectedVersion: Int) {\n    moveDeal(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      id\n      version\n      stage\n      updatedAt\n      client {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowRecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $expectedVersion: Int) {\n    recordPayment(invoiceId: $invoiceId, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      overdue\n      amountPaid {\n        amount\n        currencyCode\n      }\n      balance {\n        amount\n        currencyCode\n      }\n      client {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowRecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $expectedVersion: Int) {\n    recordPayment(invoiceId: $invoiceId, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      overdue\n      amountPaid {\n        amount\n        currencyCode\n      }\n      balance {\n        amount\n        currencyCode\n      }\n      client {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowSetProjectHealth($id: ID!, $health: Health!, $note: String, $expectedVersion: Int) {\n    setProjectHealth(id: $id, health: $health, note: $note, expectedVersion: $expectedVersion) {\n      id\n      version\n      health\n      healthNote\n      client {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowSetProjectHealth($id: ID!, $health: Health!, $note: String, $expectedVersion: Int) {\n    setProjectHealth(id: $id, health: $health, note: $note, expectedVersion: $expectedVersion) {\n      id\n      version\n      health\n      healthNote\n      client {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
