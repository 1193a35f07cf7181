import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef } from '../../../lib/federation.ts';
import type { InvoiceRow, InvoiceLineRow, PaymentRow } from '../store/schema.ts';
import type { ClientMonthTotal } from '../reporting.ts';
import type { RevenueReportPage, InvoiceReportPage } from '../reports.ts';
import type { AccountingContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 currency code such as USD or EUR. */
  CurrencyCode: { input: string; output: string; }
  /** A calendar day, ISO 8601: 2026-11-30. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC: 2026-11-30T21:04:11.512Z. */
  DateTime: { input: string; output: string; }
  /** A decimal number as a string, never a float: money exact to its currency's minor unit ("1234.50"), hours to the hundredth ("7.50"). */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Actor = {
  __typename?: 'Actor';
  scopes: Array<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

/**
 * One stored field (the store's column name) and its values, JSON-encoded: "ACTIVE", 125000, null.
 * Both are null (not the JSON text null) when the caller may not see the field, e.g. a salary
 * without hr:salary:read.
 */
export type AuditChange = {
  __typename?: 'AuditChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/**
 * What the audit log keeps of one write to one entity. The log is append-only: every write appends
 * rows in its own transaction, and no mutation changes or deletes them.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who made the write: the verified caller's subject and the scopes the token carried. */
  actor: Actor;
  /** Every stored field that changed, with its value before and after; on creation every field, before null. */
  changes: Array<AuditChange>;
  entityId: Scalars['ID']['output'];
  /** The entity written, e.g. Client, and its id. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The mutation that made the write, e.g. updateClient. */
  mutation: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The id of the request that made the write (the x-request-id header), when there was one. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The entity's version after the write (1 when it was created). */
  version: Scalars['Int']['output'];
};

/** A client, owned by the CRM; accounting adds what it knows about the client's money. */
export type Client = {
  __typename?: 'Client';
  id: Scalars['ID']['output'];
  /** The client's invoices, newest first. */
  invoices?: Maybe<InvoiceConnection>;
  /** Unpaid balance of SENT invoices, in the reporting currency. */
  outstanding?: Maybe<Money>;
  /** Unpaid balance of SENT invoices past their due date, in the reporting currency. */
  overdue?: Maybe<Money>;
  /** Revenue from SENT and PAID invoices issued in the last `months` months, in the reporting currency. */
  revenue?: Maybe<Money>;
  /**
   * Revenue per calendar month over the last `months` months (1–36), the current month last: SENT and
   * PAID invoices by issue month, in the reporting currency, each at its issue rate, counted up to
   * today as `revenue` is. Every month has an entry, zero when nothing was issued in it. Calendar
   * months, so the sum of 12 entries differs from `revenue(months: 12)`, which is the last 12 months to the day.
   */
  revenueByMonth?: Maybe<Array<MonthlyRevenue>>;
};


/** A client, owned by the CRM; accounting adds what it knows about the client's money. */
export type ClientInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


/** A client, owned by the CRM; accounting adds what it knows about the client's money. */
export type ClientRevenueArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


/** A client, owned by the CRM; accounting adds what it knows about the client's money. */
export type ClientRevenueByMonthArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};

/** Clients ranked by revenue (Query.clientsByRevenue). */
export type ClientRevenueConnection = {
  __typename?: 'ClientRevenueConnection';
  edges: Array<ClientRevenueEdge>;
  pageInfo: PageInfo;
  /** How many clients had revenue in the window. */
  totalCount: Scalars['Int']['output'];
};

export type ClientRevenueEdge = {
  __typename?: 'ClientRevenueEdge';
  cursor: Scalars['String']['output'];
  node: Client;
};

export type CreateInvoiceInput = {
  clientId: Scalars['ID']['input'];
  currencyCode: Scalars['CurrencyCode']['input'];
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  lines: Array<InvoiceLineInput>;
};

/**
 * A domain's report on its own data. The score is the number of problems found: each record that
 * fails a check counts once for that check. A team watches it fall to zero; the company's score is
 * the sum of the four domains'.
 */
export type DataQualityReport = {
  __typename?: 'DataQualityReport';
  /** The system of record that owns the data, e.g. crm. */
  domain: Scalars['String']['output'];
  entities: Array<EntityQuality>;
  /** Problems found across its entity types: the sum of their scores. Zero when nothing is wrong. */
  score: Scalars['Int']['output'];
};

/** One entity type's report: every check run on it, with or without problems. */
export type EntityQuality = {
  __typename?: 'EntityQuality';
  checks: Array<QualityCheck>;
  /** The entity type, e.g. Client. */
  entityType: Scalars['String']['output'];
  /** How many the owner keeps. */
  records: Scalars['Int']['output'];
  /** Problems found: the sum of the checks' counts. */
  score: Scalars['Int']['output'];
};

/** A record's id in an outside system (HubSpot, Xero, BambooHR, a spreadsheet). */
export type ExternalId = {
  __typename?: 'ExternalId';
  id: Scalars['String']['output'];
  /** The outside system, as the importer names it: `hubspot`, `xero`, `bamboohr`, `sheet`. */
  system: Scalars['String']['output'];
};

/**
 * An id in an outside system to attach to an entity. A pair (system, id) belongs to at most one
 * entity of a type: attaching one another entity holds is CONFLICT naming that entity.
 */
export type ExternalIdInput = {
  id: Scalars['String']['input'];
  system: Scalars['String']['input'];
};

export type ImportOutcome =
  | 'CREATED'
  | 'REFUSED'
  | 'UNCHANGED'
  | 'UPDATED';

/** Why a row was refused: a code from the error registry, in words, and the row's failing fields. */
export type ImportRefusal = {
  __typename?: 'ImportRefusal';
  code: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * What an import did (or, in a dry run, would do), row by row and as totals. Each row is an upsert
 * keyed on (system, row.externalId): running the same rows again changes nothing.
 */
export type ImportReport = {
  __typename?: 'ImportReport';
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  refused: Scalars['Int']['output'];
  rows: Array<ImportRowResult>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** Fields whose value the row changes (UPDATED), or sets (CREATED). */
  changedFields: Array<Scalars['String']['output']>;
  externalId: Scalars['String']['output'];
  /** The owner's id of the entity (null when refused, or created in a dry run). */
  id?: Maybe<Scalars['ID']['output']>;
  /** Position of the row in the request's rows, from 0. */
  index: Scalars['Int']['output'];
  outcome: ImportOutcome;
  refusal?: Maybe<ImportRefusal>;
};

export type Invoice = {
  __typename?: 'Invoice';
  amountPaid: Money;
  balance: Money;
  client: Client;
  createdAt: Scalars['DateTime']['output'];
  currencyCode: Scalars['CurrencyCode']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Units of the reporting currency per unit of the invoice currency, fixed at issue. */
  exchangeRate?: Maybe<Scalars['Decimal']['output']>;
  /** The invoice's ids in outside systems, by system then id. */
  externalIds: Array<ExternalId>;
  /** The audit log of this Invoice, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  issueDate?: Maybe<Scalars['Date']['output']>;
  lines: Array<InvoiceLine>;
  /** Sequential per year once issued (INV-2026-00042); drafts are numbered DRAFT-… */
  number: Scalars['String']['output'];
  /** True when SENT with a balance and past its due date; derived when read. */
  overdue: Scalars['Boolean']['output'];
  payments: Array<Payment>;
  status: InvoiceStatus;
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  voidReason?: Maybe<Scalars['String']['output']>;
};


export type InvoiceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

/**
 * One invoice of importInvoices, as in CreateInvoiceInput, plus the state it has reached. The client
 * is given by id or by its id in an outside system, confirmed by the CRM (REFERENCE_NOT_FOUND
 * otherwise). The client, currency and lines of a stored invoice change only while it is a DRAFT
 * (INVALID_TRANSITION once issued); the status moves only forward, through the normal transitions:
 * DRAFT → SENT (issued, on issueDate, due on dueDate) → PAID, and DRAFT or SENT with nothing paid →
 * VOID. amountPaid, at most the total, is recorded as one payment of what is not paid yet (on
 * paidOn); paying the whole total makes the invoice PAID. Payments are never taken back.
 */
export type InvoiceImportRow = {
  /** In the invoice currency: what has been paid in all. */
  amountPaid?: InputMaybe<Scalars['Decimal']['input']>;
  clientExternalId?: InputMaybe<ExternalIdInput>;
  /** One of clientId and clientExternalId. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  currencyCode: Scalars['CurrencyCode']['input'];
  /** Used when the import issues the invoice; defaults to 30 days after the issue date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The invoice's id in the import's system. */
  externalId: Scalars['String']['input'];
  /** Used when the import issues the invoice; defaults to today. */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  lines: Array<InvoiceLineInput>;
  /** When the import records a payment; defaults to today. */
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to DRAFT for a new invoice; absent leaves a stored one's as it is. */
  status?: InputMaybe<InvoiceStatus>;
  voidReason?: InputMaybe<Scalars['String']['input']>;
};

export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  amount: Money;
  description: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  unitPrice: Money;
};

export type InvoiceLineInput = {
  description: Scalars['String']['input'];
  /** Up to three decimal places. */
  quantity: Scalars['Decimal']['input'];
  /** In the invoice currency. */
  unitPrice: Scalars['Decimal']['input'];
};

export type InvoiceReportConnection = {
  __typename?: 'InvoiceReportConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  /** Invoices in the whole report (all pages); counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type InvoiceReportOrder =
  /** Earliest issue date first, then by invoice id. */
  | 'ISSUE_DATE_ASC'
  /** Latest issue date first, then by invoice id descending. */
  | 'ISSUE_DATE_DESC'
  /** By invoice number (INV-YYYY-NNNNN), then by invoice id. */
  | 'NUMBER_ASC';

export type InvoiceStatus =
  | 'DRAFT'
  | 'PAID'
  | 'SENT'
  | 'VOID';

export type IssueInvoiceInput = {
  /** Defaults to 30 days after the issue date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to today. */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currencyCode: Scalars['CurrencyCode']['output'];
};

/** One calendar month of a client's revenue. */
export type MonthlyRevenue = {
  __typename?: 'MonthlyRevenue';
  /** How many invoices that is. */
  invoices: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** SENT and PAID invoices issued in the month, in the reporting currency. */
  revenue: Money;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a DRAFT invoice for a client that exists in the CRM. */
  createInvoice: Invoice;
  /**
   * Creates or updates up to 1,000 invoices, each row keyed on (system, row.externalId), reaching
   * the row's status through issueInvoice, recordPayment and voidInvoice; a refused row writes
   * nothing and the others go on. With dryRun nothing is written at all.
   */
  importInvoices: ImportReport;
  /** DRAFT → SENT: fixes the issue date, due date and exchange rate. */
  issueInvoice: Invoice;
  /** Records a payment against a SENT invoice; the invoice becomes PAID when its balance reaches zero. */
  recordPayment: Invoice;
  /** DRAFT or SENT (with nothing paid) → VOID. */
  voidInvoice: Invoice;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationImportInvoicesArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<InvoiceImportRow>;
  system: Scalars['String']['input'];
};


export type MutationIssueInvoiceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input?: InputMaybe<IssueInvoiceInput>;
};


export type MutationRecordPaymentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: RecordPaymentInput;
  invoiceId: Scalars['ID']['input'];
};


export type MutationVoidInvoiceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  paidOn: Scalars['Date']['output'];
  reference?: Maybe<Scalars['String']['output']>;
};

export type QualityCheck = {
  __typename?: 'QualityCheck';
  /** How many records fail it. */
  count: Scalars['Int']['output'];
  /** What the check finds, in words. */
  description: Scalars['String']['output'];
  /** The first failing records by id, at most as many as the query's `examples`. */
  examples: Array<QualityExample>;
  /** The field the check looks at, e.g. accountManager; null for a check on the whole record. */
  field?: Maybe<Scalars['String']['output']>;
  kind: QualityProblem;
};

export type QualityExample = {
  __typename?: 'QualityExample';
  id: Scalars['ID']['output'];
  /** What is wrong with this record, e.g. country "UK" is not an ISO 3166-1 alpha-2 code. */
  problem: Scalars['String']['output'];
};

export type QualityProblem =
  /** A record likely to be the same as another (crm's duplicateCandidates): merging them fixes it. */
  | 'DUPLICATE_CANDIDATE'
  /** A stored value the write path would refuse today (an email, a domain, a country or currency code). */
  | 'INVALID_FORMAT'
  /** A field that is optional in the schema but needed in practice (a client's country). */
  | 'MISSING_FIELD'
  /** A record nobody has kept up (an active client untouched for a year, an open deal past its close date). */
  | 'STALE'
  /** An id of another domain's entity that its owner does not have. */
  | 'UNKNOWN_REFERENCE';

/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type Query = {
  __typename?: 'Query';
  /** Every write accounting recorded for one actor (a token subject), newest first. The audit log is append-only. */
  accountingAuditLog: AuditConnection;
  /** What accounting finds wrong with its own data, per entity type, with up to `examples` failing records per check (0–20). Needs the read scope. Null, with an error, when it cannot finish (an owner it asks about references is unreachable). */
  accountingDataQuality?: Maybe<DataQualityReport>;
  /**
   * The clients with revenue in the last `months` months (as `Client.revenue`), highest first, then
   * by id: a Relay connection for paging through them. Accounting knows clients by id only; their
   * names and statuses are the CRM's, and arrive through the gateway.
   */
  clientsByRevenue: ClientRevenueConnection;
  invoice?: Maybe<Invoice>;
  /** The invoice an outside system knows by `id`, or null when none carries that external id. */
  invoiceByExternalId?: Maybe<Invoice>;
  /**
   * Every issued invoice (SENT, PAID or VOID; drafts have no issue date) with an issue date in
   * [`from`, `to`], optionally of one status; its client is the CRM's, so the gateway adds the name
   * and account manager. Pages of `first` rows, 0–1000 (BAD_USER_INPUT above), in `orderBy` order,
   * then by invoice id.
   */
  invoiceReport: InvoiceReportConnection;
  /** Every invoice, newest first; filter by client, status, or whether it is overdue (as `Invoice.overdue`). */
  invoices: InvoiceConnection;
  /** The currency every aggregate (revenue, outstanding, overdue) is reported in. */
  reportingCurrency: Scalars['CurrencyCode']['output'];
  /**
   * Revenue per client per calendar month: SENT and PAID invoices by issue month, in the reporting
   * currency, each at its issue rate (the rules of Client.revenue), one row per client and month that
   * has any. `from` and `to` bound the issue dates (inclusive; `to` is at most today, as revenue never
   * counts an invoice dated ahead), so a month cut by the range sums only the days inside it.
   * Pages of `first` rows, 0–1000 (BAD_USER_INPUT above), in `orderBy` order, then by client id.
   */
  revenueByClientByMonth: RevenueByClientMonthConnection;
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryAccountingAuditLogArgs = {
  actor: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryAccountingDataQualityArgs = {
  examples?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryClientsByRevenueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  months?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryInvoiceByExternalIdArgs = {
  id: Scalars['String']['input'];
  system: Scalars['String']['input'];
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryInvoiceReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<InvoiceReportOrder>;
  status?: InputMaybe<InvoiceStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


/**
 * Accounting is the system of record for money: invoices and the payments against them.
 * Amounts are stored as integer minor units; aggregates are in the reporting currency.
 */
export type QueryRevenueByClientByMonthArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<RevenueReportOrder>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type RecordPaymentInput = {
  /** In the invoice currency; at most the balance. */
  amount: Scalars['Decimal']['input'];
  /** Defaults to today. */
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** One client's revenue in one calendar month. */
export type RevenueByClientMonth = {
  __typename?: 'RevenueByClientMonth';
  client: Client;
  /** How many invoices that is. */
  invoices: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** SENT and PAID invoices issued in the month (within the range), in the reporting currency. */
  revenue: Money;
};

export type RevenueByClientMonthConnection = {
  __typename?: 'RevenueByClientMonthConnection';
  edges: Array<RevenueByClientMonthEdge>;
  pageInfo: PageInfo;
  /** Rows in the whole report (all pages); counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type RevenueByClientMonthEdge = {
  __typename?: 'RevenueByClientMonthEdge';
  cursor: Scalars['String']['output'];
  node: RevenueByClientMonth;
};

export type RevenueReportOrder =
  /** Oldest month first, then by client id. */
  | 'MONTH_ASC'
  /** Newest month first, then by client id descending. */
  | 'MONTH_DESC';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Client: Client;
  Invoice: Invoice;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  Invoice:
    ( { __typename: 'Invoice' }
    & GraphQLRecursivePick<FederationTypes['Invoice'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<Actor>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEdge: ResolverTypeWrapper<AuditEdge>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Client: ResolverTypeWrapper<EntityRef>;
  ClientRevenueConnection: ResolverTypeWrapper<Omit<ClientRevenueConnection, 'edges'> & { edges: Array<ResolversTypes['ClientRevenueEdge']> }>;
  ClientRevenueEdge: ResolverTypeWrapper<Omit<ClientRevenueEdge, 'node'> & { node: ResolversTypes['Client'] }>;
  CreateInvoiceInput: CreateInvoiceInput;
  CurrencyCode: ResolverTypeWrapper<Scalars['CurrencyCode']['output']>;
  DataQualityReport: ResolverTypeWrapper<DataQualityReport>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EntityQuality: ResolverTypeWrapper<EntityQuality>;
  ExternalId: ResolverTypeWrapper<ExternalId>;
  ExternalIdInput: ExternalIdInput;
  ImportOutcome: ImportOutcome;
  ImportRefusal: ResolverTypeWrapper<ImportRefusal>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  Invoice: ResolverTypeWrapper<InvoiceRow>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceImportRow: InvoiceImportRow;
  InvoiceLine: ResolverTypeWrapper<InvoiceLineRow>;
  InvoiceLineInput: InvoiceLineInput;
  InvoiceReportConnection: ResolverTypeWrapper<InvoiceReportPage>;
  InvoiceReportOrder: InvoiceReportOrder;
  InvoiceStatus: InvoiceStatus;
  IssueInvoiceInput: IssueInvoiceInput;
  Money: ResolverTypeWrapper<Money>;
  MonthlyRevenue: ResolverTypeWrapper<MonthlyRevenue>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  QualityCheck: ResolverTypeWrapper<QualityCheck>;
  QualityExample: ResolverTypeWrapper<QualityExample>;
  QualityProblem: QualityProblem;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordPaymentInput: RecordPaymentInput;
  RevenueByClientMonth: ResolverTypeWrapper<ClientMonthTotal>;
  RevenueByClientMonthConnection: ResolverTypeWrapper<RevenueReportPage>;
  RevenueByClientMonthEdge: ResolverTypeWrapper<Omit<RevenueByClientMonthEdge, 'node'> & { node: ResolversTypes['RevenueByClientMonth'] }>;
  RevenueReportOrder: RevenueReportOrder;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: Actor;
  String: Scalars['String']['output'];
  AuditChange: AuditChange;
  AuditConnection: AuditConnection;
  Int: Scalars['Int']['output'];
  AuditEdge: AuditEdge;
  AuditEntry: AuditEntry;
  ID: Scalars['ID']['output'];
  Client: EntityRef;
  ClientRevenueConnection: Omit<ClientRevenueConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClientRevenueEdge']> };
  ClientRevenueEdge: Omit<ClientRevenueEdge, 'node'> & { node: ResolversParentTypes['Client'] };
  CreateInvoiceInput: CreateInvoiceInput;
  CurrencyCode: Scalars['CurrencyCode']['output'];
  DataQualityReport: DataQualityReport;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  EntityQuality: EntityQuality;
  ExternalId: ExternalId;
  ExternalIdInput: ExternalIdInput;
  ImportRefusal: ImportRefusal;
  ImportReport: ImportReport;
  Boolean: Scalars['Boolean']['output'];
  ImportRowResult: ImportRowResult;
  Invoice: InvoiceRow;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceImportRow: InvoiceImportRow;
  InvoiceLine: InvoiceLineRow;
  InvoiceLineInput: InvoiceLineInput;
  InvoiceReportConnection: InvoiceReportPage;
  IssueInvoiceInput: IssueInvoiceInput;
  Money: Money;
  MonthlyRevenue: MonthlyRevenue;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payment: PaymentRow;
  QualityCheck: QualityCheck;
  QualityExample: QualityExample;
  Query: Record<PropertyKey, never>;
  RecordPaymentInput: RecordPaymentInput;
  RevenueByClientMonth: ClientMonthTotal;
  RevenueByClientMonthConnection: RevenueReportPage;
  RevenueByClientMonthEdge: Omit<RevenueByClientMonthEdge, 'node'> & { node: ResolversParentTypes['RevenueByClientMonth'] };
};

export type ActorResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mutation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<ResolversTypes['InvoiceConnection']>, ParentType, ContextType, RequireFields<ClientInvoicesArgs, 'first'>>;
  outstanding?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  overdue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<ClientRevenueArgs, 'months'>>;
  revenueByMonth?: Resolver<Maybe<Array<ResolversTypes['MonthlyRevenue']>>, ParentType, ContextType, RequireFields<ClientRevenueByMonthArgs, 'months'>>;
};

export type ClientRevenueConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ClientRevenueConnection'] = ResolversParentTypes['ClientRevenueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClientRevenueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientRevenueEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ClientRevenueEdge'] = ResolversParentTypes['ClientRevenueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
};

export interface CurrencyCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CurrencyCode'], any> {
  name: 'CurrencyCode';
}

export type DataQualityReportResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['DataQualityReport'] = ResolversParentTypes['DataQualityReport']> = {
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['EntityQuality']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityQualityResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['EntityQuality'] = ResolversParentTypes['EntityQuality']> = {
  checks?: Resolver<Array<ResolversTypes['QualityCheck']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRefusalResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ImportRefusal'] = ResolversParentTypes['ImportRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['ImportRefusal']>, ParentType, ContextType>;
};

export type InvoiceResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice'], FederationReferenceType extends FederationReferenceTypes['Invoice'] = FederationReferenceTypes['Invoice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exchangeRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<InvoiceHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InvoiceConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvoiceEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
};

export type InvoiceLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type InvoiceReportConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['InvoiceReportConnection'] = ResolversParentTypes['InvoiceReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MonthlyRevenueResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['MonthlyRevenue'] = ResolversParentTypes['MonthlyRevenue']> = {
  invoices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationCreateInvoiceArgs, 'input'>>;
  importInvoices?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportInvoicesArgs, 'dryRun' | 'rows' | 'system'>>;
  issueInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'id'>>;
  recordPayment?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input' | 'invoiceId'>>;
  voidInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationVoidInvoiceArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QualityCheckResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['QualityCheck'] = ResolversParentTypes['QualityCheck']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['QualityExample']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualityProblem'], ParentType, ContextType>;
};

export type QualityExampleResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['QualityExample'] = ResolversParentTypes['QualityExample']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountingAuditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAccountingAuditLogArgs, 'actor' | 'first'>>;
  accountingDataQuality?: Resolver<Maybe<ResolversTypes['DataQualityReport']>, ParentType, ContextType, RequireFields<QueryAccountingDataQualityArgs, 'examples'>>;
  clientsByRevenue?: Resolver<ResolversTypes['ClientRevenueConnection'], ParentType, ContextType, RequireFields<QueryClientsByRevenueArgs, 'first' | 'months'>>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoiceByExternalId?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceByExternalIdArgs, 'id' | 'system'>>;
  invoiceReport?: Resolver<ResolversTypes['InvoiceReportConnection'], ParentType, ContextType, RequireFields<QueryInvoiceReportArgs, 'first' | 'orderBy'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, RequireFields<QueryInvoicesArgs, 'first'>>;
  reportingCurrency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
  revenueByClientByMonth?: Resolver<ResolversTypes['RevenueByClientMonthConnection'], ParentType, ContextType, RequireFields<QueryRevenueByClientByMonthArgs, 'first' | 'orderBy'>>;
};

export type RevenueByClientMonthResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['RevenueByClientMonth'] = ResolversParentTypes['RevenueByClientMonth']> = {
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  invoices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type RevenueByClientMonthConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['RevenueByClientMonthConnection'] = ResolversParentTypes['RevenueByClientMonthConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RevenueByClientMonthEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevenueByClientMonthEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['RevenueByClientMonthEdge'] = ResolversParentTypes['RevenueByClientMonthEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RevenueByClientMonth'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AccountingContext> = {
  Actor?: ActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientRevenueConnection?: ClientRevenueConnectionResolvers<ContextType>;
  ClientRevenueEdge?: ClientRevenueEdgeResolvers<ContextType>;
  CurrencyCode?: GraphQLScalarType;
  DataQualityReport?: DataQualityReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityQuality?: EntityQualityResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  ImportRefusal?: ImportRefusalResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoiceReportConnection?: InvoiceReportConnectionResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MonthlyRevenue?: MonthlyRevenueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  QualityCheck?: QualityCheckResolvers<ContextType>;
  QualityExample?: QualityExampleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevenueByClientMonth?: RevenueByClientMonthResolvers<ContextType>;
  RevenueByClientMonthConnection?: RevenueByClientMonthConnectionResolvers<ContextType>;
  RevenueByClientMonthEdge?: RevenueByClientMonthEdgeResolvers<ContextType>;
};
