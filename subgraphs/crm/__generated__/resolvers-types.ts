import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientParent, ContactRow, DealRow, ContractRow } from '../store/schema.ts';
import type { EntityRef } from '../../../lib/federation.ts';
import type { DuplicateSearch, Candidate } from '../duplicates.ts';
import type { CrmContext } from '../context.ts';
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

export type AddContactInput = {
  email: Scalars['String']['input'];
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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

export type Client = {
  __typename?: 'Client';
  /** The employee (owned by HR) who manages the account. */
  accountManager?: Maybe<Employee>;
  /** The current ACTIVE contract, if any. */
  activeContract?: Maybe<Contract>;
  contacts: Array<Contact>;
  contracts: Array<Contract>;
  /** ISO 3166-1 alpha-2 country code. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deals: Array<Deal>;
  deliveryHealth?: Maybe<Health>;
  /** The client's web domain, e.g. acme.com. */
  domain?: Maybe<Scalars['String']['output']>;
  /** The client's ids in outside systems, by system then id. */
  externalIds: Array<ExternalId>;
  /** The audit log of this Client, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  /** For a MERGED client, the client it now lives on as; null for any other. */
  mergedInto?: Maybe<Client>;
  name: Scalars['String']['output'];
  overdue?: Maybe<Money>;
  /**
   * Whether the client is on track to renew, weighing the active contract's end date (CRM),
   * money overdue (accounting) and delivery health (projects). Computed when read, never stored.
   * Null for prospects and churned clients, and when accounting or projects cannot be reached.
   */
  renewal?: Maybe<Renewal>;
  status: ClientStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type ClientHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClientConnection = {
  __typename?: 'ClientConnection';
  edges: Array<ClientEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Two clients that are likely one company; the older first (the natural survivor). */
export type ClientDuplicate = {
  __typename?: 'ClientDuplicate';
  clients: Array<Client>;
  evidence: Array<DuplicateEvidence>;
  /** From 0 to 1: 1 - the product of (1 - weight) over the evidence. */
  score: Scalars['Float']['output'];
};

export type ClientEdge = {
  __typename?: 'ClientEdge';
  cursor: Scalars['String']['output'];
  node: Client;
};

/**
 * One client to import. Absent fields are left as they are on an existing client, and null clears
 * an optional one; a status change goes through the client's lifecycle (PROSPECT → ACTIVE →
 * CHURNED, CHURNED → ACTIVE).
 */
export type ClientImportRow = {
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  /** The client's id in the import's system. */
  externalId: Scalars['String']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to PROSPECT for a new client. */
  status?: InputMaybe<ClientStatus>;
};

/** The order of `clients`; ties are broken by id, in the same direction. */
export type ClientOrder =
  | 'NAME_ASC'
  | 'NAME_DESC';

export type ClientStatus =
  | 'ACTIVE'
  | 'CHURNED'
  /** Merged into another client (mergeClients): a tombstone that points at the survivor. Final. */
  | 'MERGED'
  | 'PROSPECT';

export type Contact = {
  __typename?: 'Contact';
  client: Client;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** The contact's ids in outside systems, by system then id. */
  externalIds: Array<ExternalId>;
  /** The audit log of this Contact, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type ContactHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Two contacts that are likely one person; the older first. */
export type ContactDuplicate = {
  __typename?: 'ContactDuplicate';
  contacts: Array<Contact>;
  evidence: Array<DuplicateEvidence>;
  score: Scalars['Float']['output'];
};

export type Contract = {
  __typename?: 'Contract';
  annualValue: Money;
  autoRenew: Scalars['Boolean']['output'];
  client: Client;
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['Date']['output'];
  /** The audit log of this Contract, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  /** The contract this one renewed, if it is a renewal. */
  renews?: Maybe<Contract>;
  startDate: Scalars['Date']['output'];
  status: ContractStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type ContractHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ContractStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'RENEWED';

export type CreateClientInput = {
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to PROSPECT. */
  status?: InputMaybe<ClientStatus>;
};

export type CreateContractInput = {
  annualValue: MoneyInput;
  autoRenew?: InputMaybe<Scalars['Boolean']['input']>;
  endDate: Scalars['Date']['input'];
  startDate: Scalars['Date']['input'];
};

export type CreateDealInput = {
  amount: MoneyInput;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
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

export type Deal = {
  __typename?: 'Deal';
  amount: Money;
  client: Client;
  createdAt: Scalars['DateTime']['output'];
  expectedCloseDate?: Maybe<Scalars['Date']['output']>;
  /** The audit log of this Deal, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  stage: DealStage;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type DealHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

export type DealStage =
  | 'LEAD'
  | 'LOST'
  | 'PROPOSAL'
  | 'QUALIFIED'
  | 'WON';

/** Likely duplicates, found by blocking on shared keys rather than comparing every pair. */
export type DuplicateCandidates = {
  __typename?: 'DuplicateCandidates';
  clients: Array<ClientDuplicate>;
  contacts: Array<ContactDuplicate>;
};

/** One reason two records look like one. */
export type DuplicateEvidence = {
  __typename?: 'DuplicateEvidence';
  kind: DuplicateEvidenceKind;
  /** What they share: the domain, the two names, the email or phone. */
  value: Scalars['String']['output'];
  /** How much this evidence alone counts, from 0 to 1. */
  weight: Scalars['Float']['output'];
};

export type DuplicateEvidenceKind =
  /** The same web domain. */
  | 'SAME_DOMAIN'
  /** Two contacts with the same email. */
  | 'SAME_EMAIL'
  /** Two contacts with the same phone number. */
  | 'SAME_PHONE'
  /** A contact email found on both clients. */
  | 'SHARED_CONTACT_EMAIL'
  /** Names alike once legal forms, case, accents and punctuation are set aside (companyMatchKey), by edit distance. */
  | 'SIMILAR_NAME';

/** An employee, owned by HR; the CRM keeps only the id. */
export type Employee = {
  __typename?: 'Employee';
  id: Scalars['ID']['output'];
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

export type Health =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

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

/**
 * Which client each field of the survivor is taken from. A field left out follows the rule: the
 * survivor's value when it has one, the merged client's when the survivor's is empty. The
 * survivor keeps its status (change it with changeClientStatus).
 */
export type MergeClientFieldsInput = {
  accountManager?: InputMaybe<MergeSide>;
  country?: InputMaybe<MergeSide>;
  domain?: InputMaybe<MergeSide>;
  industry?: InputMaybe<MergeSide>;
  name?: InputMaybe<MergeSide>;
};

export type MergeSide =
  | 'MERGED'
  | 'SURVIVOR';

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currencyCode: Scalars['CurrencyCode']['output'];
};

export type MoneyInput = {
  amount: Scalars['Decimal']['input'];
  currencyCode: Scalars['CurrencyCode']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** DRAFT → ACTIVE. */
  activateContract: Contract;
  addContact: Contact;
  /** DRAFT or ACTIVE → CANCELLED. */
  cancelContract: Contract;
  /** PROSPECT → ACTIVE → CHURNED (and CHURNED → ACTIVE when a client returns). */
  changeClientStatus: Client;
  createClient: Client;
  createContract: Contract;
  createDeal: Deal;
  /**
   * Creates or updates up to 1,000 clients, each row keyed on (system, row.externalId); a refused
   * row writes nothing and the others go on. With dryRun nothing is written at all.
   */
  importClients: ImportReport;
  /**
   * Merges two clients that are one company. The survivor takes the merged client's contacts,
   * deals and contracts, and its fields by the rule in MergeClientFieldsInput; the merged client
   * becomes a MERGED tombstone pointing at the survivor (announced as `Client.merged`), and every
   * other domain re-points its own references when it hears of it. Returns the survivor.
   */
  mergeClients: Client;
  /** LEAD → QUALIFIED → PROPOSAL → WON | LOST; any open stage may be LOST. */
  moveDeal: Deal;
  /** ACTIVE → RENEWED; returns the new ACTIVE contract that follows it. */
  renewContract: Contract;
  updateClient: Client;
};


export type MutationActivateContractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAddContactArgs = {
  clientId: Scalars['ID']['input'];
  input: AddContactInput;
};


export type MutationCancelContractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationChangeClientStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: ClientStatus;
};


export type MutationCreateClientArgs = {
  input: CreateClientInput;
};


export type MutationCreateContractArgs = {
  clientId: Scalars['ID']['input'];
  input: CreateContractInput;
};


export type MutationCreateDealArgs = {
  clientId: Scalars['ID']['input'];
  input: CreateDealInput;
};


export type MutationImportClientsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ClientImportRow>;
  system: Scalars['String']['input'];
};


export type MutationMergeClientsArgs = {
  expectedMergedVersion?: InputMaybe<Scalars['Int']['input']>;
  expectedSurvivorVersion?: InputMaybe<Scalars['Int']['input']>;
  fields?: InputMaybe<MergeClientFieldsInput>;
  mergedId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationMoveDealArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  stage: DealStage;
};


export type MutationRenewContractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input?: InputMaybe<RenewContractInput>;
};


export type MutationUpdateClientArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateClientInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One client by id, or null when there is none. The id of a client merged into another answers
   * the survivor (its own id), so ids kept from before a merge keep working.
   */
  client?: Maybe<Client>;
  /** The client an outside system knows by `id`, or null when none carries that external id. */
  clientByExternalId?: Maybe<Client>;
  /**
   * Every client, ordered by name then id (`orderBy`); a Relay connection for paging through all of
   * them. Merged clients are left out unless asked for with `status: MERGED`. `search` keeps the
   * clients whose name contains it, ignoring ASCII case (at most 100 characters; blank: no filter).
   * Revenue is accounting's fact: its `clientsByRevenue` ranks clients by it.
   */
  clients: ClientConnection;
  /** The clients an outside system knows by `ids` (at most 1,000), in the order of `ids`: null where none carries one. */
  clientsByExternalIds: Array<Maybe<Client>>;
  contract?: Maybe<Contract>;
  /** Every write crm recorded for one actor (a token subject), newest first. The audit log is append-only. */
  crmAuditLog: AuditConnection;
  /** What crm finds wrong with its own data, per entity type, with up to `examples` failing records per check (0–20). Needs the read scope. Null, with an error, when it cannot finish (an owner it asks about references is unreachable). */
  crmDataQuality?: Maybe<DataQualityReport>;
  deal?: Maybe<Deal>;
  /**
   * Every deal, most recently changed first; filter by stage and by the day of the latest change.
   * WON and LOST are final, so for them `updatedSince` is "closed since".
   */
  deals: DealConnection;
  /**
   * Pairs of clients, and pairs of contacts, that are likely the same: each with a score from 0 to
   * 1 and the evidence it was given for. Most likely first; merged clients are left out.
   */
  duplicateCandidates: DuplicateCandidates;
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryClientByExternalIdArgs = {
  id: Scalars['String']['input'];
  system: Scalars['String']['input'];
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClientOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClientStatus>;
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryClientsByExternalIdsArgs = {
  ids: Array<Scalars['String']['input']>;
  system: Scalars['String']['input'];
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryCrmAuditLogArgs = {
  actor: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryCrmDataQualityArgs = {
  examples?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<DealStage>;
  updatedSince?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The CRM is the system of record for clients and the commercial relationship with them:
 * contacts, deals and contracts. It alone creates and changes them.
 */
export type QueryDuplicateCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};

export type RenewContractInput = {
  /** Defaults to the current annual value. */
  annualValue?: InputMaybe<MoneyInput>;
  /** Defaults to one year after the current end date. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
};

export type Renewal = {
  __typename?: 'Renewal';
  /** The end date of the active contract: the day it renews or lapses. */
  date?: Maybe<Scalars['Date']['output']>;
  daysLeft?: Maybe<Scalars['Int']['output']>;
  onTrack: Scalars['Boolean']['output'];
  /** Why the client is not on track, in words; empty when on track. */
  risks: Array<Scalars['String']['output']>;
};

export type UpdateClientInput = {
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Added to the client's external ids; none are removed. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};



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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Client'], {"overdue":{"amount":true,"currencyCode":true},"deliveryHealth":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<Actor>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddContactInput: AddContactInput;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEdge: ResolverTypeWrapper<AuditEdge>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Client: ResolverTypeWrapper<ClientParent>;
  ClientConnection: ResolverTypeWrapper<Omit<ClientConnection, 'edges'> & { edges: Array<ResolversTypes['ClientEdge']> }>;
  ClientDuplicate: ResolverTypeWrapper<Candidate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ClientEdge: ResolverTypeWrapper<Omit<ClientEdge, 'node'> & { node: ResolversTypes['Client'] }>;
  ClientImportRow: ClientImportRow;
  ClientOrder: ClientOrder;
  ClientStatus: ClientStatus;
  Contact: ResolverTypeWrapper<ContactRow>;
  ContactDuplicate: ResolverTypeWrapper<Candidate>;
  Contract: ResolverTypeWrapper<ContractRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContractStatus: ContractStatus;
  CreateClientInput: CreateClientInput;
  CreateContractInput: CreateContractInput;
  CreateDealInput: CreateDealInput;
  CurrencyCode: ResolverTypeWrapper<Scalars['CurrencyCode']['output']>;
  DataQualityReport: ResolverTypeWrapper<DataQualityReport>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealRow>;
  DealConnection: ResolverTypeWrapper<Omit<DealConnection, 'edges'> & { edges: Array<ResolversTypes['DealEdge']> }>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealStage: DealStage;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DuplicateCandidates: ResolverTypeWrapper<DuplicateSearch>;
  DuplicateEvidence: ResolverTypeWrapper<DuplicateEvidence>;
  DuplicateEvidenceKind: DuplicateEvidenceKind;
  Employee: ResolverTypeWrapper<EntityRef>;
  EntityQuality: ResolverTypeWrapper<EntityQuality>;
  ExternalId: ResolverTypeWrapper<ExternalId>;
  ExternalIdInput: ExternalIdInput;
  Health: Health;
  ImportOutcome: ImportOutcome;
  ImportRefusal: ResolverTypeWrapper<ImportRefusal>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  MergeClientFieldsInput: MergeClientFieldsInput;
  MergeSide: MergeSide;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  QualityCheck: ResolverTypeWrapper<QualityCheck>;
  QualityExample: ResolverTypeWrapper<QualityExample>;
  QualityProblem: QualityProblem;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RenewContractInput: RenewContractInput;
  Renewal: ResolverTypeWrapper<Renewal>;
  UpdateClientInput: UpdateClientInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: Actor;
  String: Scalars['String']['output'];
  AddContactInput: AddContactInput;
  AuditChange: AuditChange;
  AuditConnection: AuditConnection;
  Int: Scalars['Int']['output'];
  AuditEdge: AuditEdge;
  AuditEntry: AuditEntry;
  ID: Scalars['ID']['output'];
  Client: ClientParent;
  ClientConnection: Omit<ClientConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClientEdge']> };
  ClientDuplicate: Candidate;
  Float: Scalars['Float']['output'];
  ClientEdge: Omit<ClientEdge, 'node'> & { node: ResolversParentTypes['Client'] };
  ClientImportRow: ClientImportRow;
  Contact: ContactRow;
  ContactDuplicate: Candidate;
  Contract: ContractRow;
  Boolean: Scalars['Boolean']['output'];
  CreateClientInput: CreateClientInput;
  CreateContractInput: CreateContractInput;
  CreateDealInput: CreateDealInput;
  CurrencyCode: Scalars['CurrencyCode']['output'];
  DataQualityReport: DataQualityReport;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: DealRow;
  DealConnection: Omit<DealConnection, 'edges'> & { edges: Array<ResolversParentTypes['DealEdge']> };
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  Decimal: Scalars['Decimal']['output'];
  DuplicateCandidates: DuplicateSearch;
  DuplicateEvidence: DuplicateEvidence;
  Employee: EntityRef;
  EntityQuality: EntityQuality;
  ExternalId: ExternalId;
  ExternalIdInput: ExternalIdInput;
  ImportRefusal: ImportRefusal;
  ImportReport: ImportReport;
  ImportRowResult: ImportRowResult;
  MergeClientFieldsInput: MergeClientFieldsInput;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  QualityCheck: QualityCheck;
  QualityExample: QualityExample;
  Query: Record<PropertyKey, never>;
  RenewContractInput: RenewContractInput;
  Renewal: Renewal;
  UpdateClientInput: UpdateClientInput;
};

export type ActorResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type ClientResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountManager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  activeContract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<ClientHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renewal?: Resolver<Maybe<ResolversTypes['Renewal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClientStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientConnection'] = ResolversParentTypes['ClientConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientDuplicateResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientDuplicate'] = ResolversParentTypes['ClientDuplicate']> = {
  clients?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DuplicateEvidence']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ClientEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientEdge'] = ResolversParentTypes['ClientEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<ContactHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactDuplicateResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ContactDuplicate'] = ResolversParentTypes['ContactDuplicate']> = {
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DuplicateEvidence']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ContractResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  annualValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  autoRenew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<ContractHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  renews?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface CurrencyCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CurrencyCode'], any> {
  name: 'CurrencyCode';
}

export type DataQualityReportResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DataQualityReport'] = ResolversParentTypes['DataQualityReport']> = {
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

export type DealResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedCloseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<DealHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DealStage'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DealConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DealEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
};

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DuplicateCandidatesResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DuplicateCandidates'] = ResolversParentTypes['DuplicateCandidates']> = {
  clients?: Resolver<Array<ResolversTypes['ClientDuplicate']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['ContactDuplicate']>, ParentType, ContextType>;
};

export type DuplicateEvidenceResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DuplicateEvidence'] = ResolversParentTypes['DuplicateEvidence']> = {
  kind?: Resolver<ResolversTypes['DuplicateEvidenceKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EntityQualityResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['EntityQuality'] = ResolversParentTypes['EntityQuality']> = {
  checks?: Resolver<Array<ResolversTypes['QualityCheck']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRefusalResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ImportRefusal'] = ResolversParentTypes['ImportRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['ImportRefusal']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationActivateContractArgs, 'id'>>;
  addContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'clientId' | 'input'>>;
  cancelContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationCancelContractArgs, 'id'>>;
  changeClientStatus?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationChangeClientStatusArgs, 'id' | 'status'>>;
  createClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationCreateClientArgs, 'input'>>;
  createContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationCreateContractArgs, 'clientId' | 'input'>>;
  createDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'clientId' | 'input'>>;
  importClients?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportClientsArgs, 'dryRun' | 'rows' | 'system'>>;
  mergeClients?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationMergeClientsArgs, 'mergedId' | 'survivorId'>>;
  moveDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationMoveDealArgs, 'id' | 'stage'>>;
  renewContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationRenewContractArgs, 'id'>>;
  updateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QualityCheckResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['QualityCheck'] = ResolversParentTypes['QualityCheck']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['QualityExample']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualityProblem'], ParentType, ContextType>;
};

export type QualityExampleResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['QualityExample'] = ResolversParentTypes['QualityExample']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clientByExternalId?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientByExternalIdArgs, 'id' | 'system'>>;
  clients?: Resolver<ResolversTypes['ClientConnection'], ParentType, ContextType, RequireFields<QueryClientsArgs, 'first' | 'orderBy'>>;
  clientsByExternalIds?: Resolver<Array<Maybe<ResolversTypes['Client']>>, ParentType, ContextType, RequireFields<QueryClientsByExternalIdsArgs, 'ids' | 'system'>>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QueryContractArgs, 'id'>>;
  crmAuditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryCrmAuditLogArgs, 'actor' | 'first'>>;
  crmDataQuality?: Resolver<Maybe<ResolversTypes['DataQualityReport']>, ParentType, ContextType, RequireFields<QueryCrmDataQualityArgs, 'examples'>>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryDealArgs, 'id'>>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<QueryDealsArgs, 'first'>>;
  duplicateCandidates?: Resolver<ResolversTypes['DuplicateCandidates'], ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first' | 'minScore'>>;
};

export type RenewalResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Renewal'] = ResolversParentTypes['Renewal']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  daysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  risks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = CrmContext> = {
  Actor?: ActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientConnection?: ClientConnectionResolvers<ContextType>;
  ClientDuplicate?: ClientDuplicateResolvers<ContextType>;
  ClientEdge?: ClientEdgeResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactDuplicate?: ContactDuplicateResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  CurrencyCode?: GraphQLScalarType;
  DataQualityReport?: DataQualityReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  Decimal?: GraphQLScalarType;
  DuplicateCandidates?: DuplicateCandidatesResolvers<ContextType>;
  DuplicateEvidence?: DuplicateEvidenceResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EntityQuality?: EntityQualityResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  ImportRefusal?: ImportRefusalResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  QualityCheck?: QualityCheckResolvers<ContextType>;
  QualityExample?: QualityExampleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Renewal?: RenewalResolvers<ContextType>;
};
