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
    "\n  fragment ClientListRow on Client {\n    id\n    name\n    status\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n": typeof types.ClientListRowFragmentDoc,
    "\n  fragment Client360Contract on Contract {\n    id\n    status\n    startDate\n    endDate\n    autoRenew\n    version\n    annualValue {\n      amount\n      currencyCode\n    }\n  }\n": typeof types.Client360ContractFragmentDoc,
    "\n  fragment Client360Deal on Deal {\n    id\n    title\n    stage\n    version\n    amount {\n      amount\n      currencyCode\n    }\n    expectedCloseDate\n  }\n": typeof types.Client360DealFragmentDoc,
    "\n  fragment Client360Invoice on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n    balance {\n      amount\n      currencyCode\n    }\n    dueDate\n    overdue\n  }\n": typeof types.Client360InvoiceFragmentDoc,
    "\n  fragment Client360Project on Project {\n    id\n    name\n    phase\n    health\n    healthNote\n    version\n    budgetHours\n    hoursLogged\n    lead {\n      id\n      name\n    }\n  }\n": typeof types.Client360ProjectFragmentDoc,
    "\n  query SystemOfRecordFields {\n    systemOfRecord {\n      entities {\n        typename\n        fields {\n          name\n          resolvedBy\n          kind\n          derivedFrom\n        }\n      }\n    }\n  }\n": typeof types.SystemOfRecordFieldsDocument,
    "\n  query Client360Page($id: ID!, $invoices: Int!) {\n    client(id: $id) {\n      id\n      name\n      status\n      domain\n      industry\n      country\n      version\n      accountManager {\n        id\n        name\n        email\n        version\n      }\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n        currencyCode\n      }\n      deliveryHealth\n      revenueByMonth(months: 24) {\n        month\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n      invoices(first: $invoices) {\n        edges {\n          node {\n            ...Client360Invoice\n          }\n        }\n        totalCount\n      }\n      projects {\n        ...Client360Project\n      }\n      contracts {\n        ...Client360Contract\n      }\n      deals {\n        ...Client360Deal\n      }\n      renewal {\n        date\n        daysLeft\n        onTrack\n        risks\n      }\n    }\n  }\n": typeof types.Client360PageDocument,
    "\n  query ClientsByName($first: Int!, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientsByNameDocument,
    "\n  query ClientsByRevenue($first: Int!, $after: String) {\n    clientsByRevenue(months: 12, first: $first, after: $after) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientsByRevenueDocument,
    "\n  query TodayPage {\n    reportingCurrency\n  }\n": typeof types.TodayPageDocument,
};
const documents: Documents = {
    "\n  fragment ClientListRow on Client {\n    id\n    name\n    status\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n": types.ClientListRowFragmentDoc,
    "\n  fragment Client360Contract on Contract {\n    id\n    status\n    startDate\n    endDate\n    autoRenew\n    version\n    annualValue {\n      amount\n      currencyCode\n    }\n  }\n": types.Client360ContractFragmentDoc,
    "\n  fragment Client360Deal on Deal {\n    id\n    title\n    stage\n    version\n    amount {\n      amount\n      currencyCode\n    }\n    expectedCloseDate\n  }\n": types.Client360DealFragmentDoc,
    "\n  fragment Client360Invoice on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n    balance {\n      amount\n      currencyCode\n    }\n    dueDate\n    overdue\n  }\n": types.Client360InvoiceFragmentDoc,
    "\n  fragment Client360Project on Project {\n    id\n    name\n    phase\n    health\n    healthNote\n    version\n    budgetHours\n    hoursLogged\n    lead {\n      id\n      name\n    }\n  }\n": types.Client360ProjectFragmentDoc,
    "\n  query SystemOfRecordFields {\n    systemOfRecord {\n      entities {\n        typename\n        fields {\n          name\n          resolvedBy\n          kind\n          derivedFrom\n        }\n      }\n    }\n  }\n": types.SystemOfRecordFieldsDocument,
    "\n  query Client360Page($id: ID!, $invoices: Int!) {\n    client(id: $id) {\n      id\n      name\n      status\n      domain\n      industry\n      country\n      version\n      accountManager {\n        id\n        name\n        email\n        version\n      }\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n        currencyCode\n      }\n      deliveryHealth\n      revenueByMonth(months: 24) {\n        month\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n      invoices(first: $invoices) {\n        edges {\n          node {\n            ...Client360Invoice\n          }\n        }\n        totalCount\n      }\n      projects {\n        ...Client360Project\n      }\n      contracts {\n        ...Client360Contract\n      }\n      deals {\n        ...Client360Deal\n      }\n      renewal {\n        date\n        daysLeft\n        onTrack\n        risks\n      }\n    }\n  }\n": types.Client360PageDocument,
    "\n  query ClientsByName($first: Int!, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientsByNameDocument,
    "\n  query ClientsByRevenue($first: Int!, $after: String) {\n    clientsByRevenue(months: 12, first: $first, after: $after) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientsByRevenueDocument,
    "\n  query TodayPage {\n    reportingCurrency\n  }\n": types.TodayPageDocument,
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
export function graphql(source: "\n  fragment ClientListRow on Client {\n    id\n    name\n    status\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n"): (typeof documents)["\n  fragment ClientListRow on Client {\n    id\n    name\n    status\n    revenue(months: 12) {\n      amount\n      currencyCode\n    }\n    outstanding {\n      amount\n      currencyCode\n    }\n    renewal {\n      date\n      onTrack\n      risks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Client360Contract on Contract {\n    id\n    status\n    startDate\n    endDate\n    autoRenew\n    version\n    annualValue {\n      amount\n      currencyCode\n    }\n  }\n"): (typeof documents)["\n  fragment Client360Contract on Contract {\n    id\n    status\n    startDate\n    endDate\n    autoRenew\n    version\n    annualValue {\n      amount\n      currencyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Client360Deal on Deal {\n    id\n    title\n    stage\n    version\n    amount {\n      amount\n      currencyCode\n    }\n    expectedCloseDate\n  }\n"): (typeof documents)["\n  fragment Client360Deal on Deal {\n    id\n    title\n    stage\n    version\n    amount {\n      amount\n      currencyCode\n    }\n    expectedCloseDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Client360Invoice on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n    balance {\n      amount\n      currencyCode\n    }\n    dueDate\n    overdue\n  }\n"): (typeof documents)["\n  fragment Client360Invoice on Invoice {\n    id\n    number\n    status\n    version\n    total {\n      amount\n      currencyCode\n    }\n    balance {\n      amount\n      currencyCode\n    }\n    dueDate\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Client360Project on Project {\n    id\n    name\n    phase\n    health\n    healthNote\n    version\n    budgetHours\n    hoursLogged\n    lead {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Client360Project on Project {\n    id\n    name\n    phase\n    health\n    healthNote\n    version\n    budgetHours\n    hoursLogged\n    lead {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemOfRecordFields {\n    systemOfRecord {\n      entities {\n        typename\n        fields {\n          name\n          resolvedBy\n          kind\n          derivedFrom\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemOfRecordFields {\n    systemOfRecord {\n      entities {\n        typename\n        fields {\n          name\n          resolvedBy\n          kind\n          derivedFrom\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client360Page($id: ID!, $invoices: Int!) {\n    client(id: $id) {\n      id\n      name\n      status\n      domain\n      industry\n      country\n      version\n      accountManager {\n        id\n        name\n        email\n        version\n      }\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n        currencyCode\n      }\n      deliveryHealth\n      revenueByMonth(months: 24) {\n        month\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n      invoices(first: $invoices) {\n        edges {\n          node {\n            ...Client360Invoice\n          }\n        }\n        totalCount\n      }\n      projects {\n        ...Client360Project\n      }\n      contracts {\n        ...Client360Contract\n      }\n      deals {\n        ...Client360Deal\n      }\n      renewal {\n        date\n        daysLeft\n        onTrack\n        risks\n      }\n    }\n  }\n"): (typeof documents)["\n  query Client360Page($id: ID!, $invoices: Int!) {\n    client(id: $id) {\n      id\n      name\n      status\n      domain\n      industry\n      country\n      version\n      accountManager {\n        id\n        name\n        email\n        version\n      }\n      revenue(months: 12) {\n        amount\n        currencyCode\n      }\n      outstanding {\n        amount\n        currencyCode\n      }\n      overdue {\n        amount\n        currencyCode\n      }\n      deliveryHealth\n      revenueByMonth(months: 24) {\n        month\n        revenue {\n          amount\n          currencyCode\n        }\n        invoices\n      }\n      invoices(first: $invoices) {\n        edges {\n          node {\n            ...Client360Invoice\n          }\n        }\n        totalCount\n      }\n      projects {\n        ...Client360Project\n      }\n      contracts {\n        ...Client360Contract\n      }\n      deals {\n        ...Client360Deal\n      }\n      renewal {\n        date\n        daysLeft\n        onTrack\n        risks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsByName($first: Int!, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientsByName($first: Int!, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsByRevenue($first: Int!, $after: String) {\n    clientsByRevenue(months: 12, first: $first, after: $after) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientsByRevenue($first: Int!, $after: String) {\n    clientsByRevenue(months: 12, first: $first, after: $after) {\n      edges {\n        node {\n          ...ClientListRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayPage {\n    reportingCurrency\n  }\n"): (typeof documents)["\n  query TodayPage {\n    reportingCurrency\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
