export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

export type DomainRecord = {
  __typename?: 'DomainRecord';
  /** Entity types owned elsewhere that this domain adds fields to. */
  contributesTo: Array<Scalars['String']['output']>;
  /** The subgraph's name, e.g. crm. */
  name: Scalars['String']['output'];
  /** The entity types this domain owns: it alone creates and changes them. */
  owns: Array<Scalars['String']['output']>;
  /** The scope every write to this domain needs, e.g. crm:write; null for a subgraph recordgraph does not know. */
  writeScope?: Maybe<Scalars['String']['output']>;
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

export type EntityRecord = {
  __typename?: 'EntityRecord';
  /** Every field, in schema order, whichever domain resolves it. */
  fields: Array<FieldRecord>;
  /** The fields of its @key (the owner's; without an owner, the first that a subgraph declares). */
  key: Array<Scalars['String']['output']>;
  /**
   * The domain that owns the entity: it defines its resolvable @key and alone writes it. Null when
   * the ownership registry names no owner (a supergraph composed with subgraphs recordgraph does not know).
   */
  owner?: Maybe<Scalars['String']['output']>;
  typename: Scalars['String']['output'];
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

export type FieldKind =
  /** The entity's audit trail: appended by every write of its owner, never written directly. */
  | 'AUDIT'
  /** Computed when read from other fields (derivedFrom); nobody writes it. */
  | 'DERIVED'
  /** Another domain's entity, of which the resolving domain stores only the id. */
  | 'REFERENCE'
  /** Read from the resolving domain's store, and written by that domain. */
  | 'STORED';

export type FieldRecord = {
  __typename?: 'FieldRecord';
  /** For DERIVED fields, the fields it is computed from as Type.field; empty otherwise. */
  derivedFrom: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  kind: FieldKind;
  name: Scalars['String']['output'];
  /** The domain that resolves the field. */
  resolvedBy: Scalars['String']['output'];
  /** The GraphQL type, e.g. Money or [Contact!]!. */
  type: Scalars['String']['output'];
  /** The scope needed to write the field (the resolving domain's write scope); null for DERIVED fields and subgraphs recordgraph does not know. */
  writeScope?: Maybe<Scalars['String']['output']>;
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

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currencyCode: Scalars['CurrencyCode']['output'];
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
  /** A stored value the write path would refuse today (an email, a domain, a country or currency code). */
  | 'INVALID_FORMAT'
  /** A field that is optional in the schema but needed in practice (a client's country). */
  | 'MISSING_FIELD'
  /** A record nobody has kept up (an active client untouched for a year, an open deal past its close date). */
  | 'STALE'
  /** An id of another domain's entity that its owner does not have. */
  | 'UNKNOWN_REFERENCE';

/**
 * The data inventory: which system of record owns each entity type and field, which fields are
 * computed from others, and the scope that writes each. Served by the gateway itself, computed from
 * the supergraph it serves and the ownership registry (lib/ownership/registry.ts), so it is true by
 * construction. Not a domain: it owns no entity and stores nothing.
 */
export type Query = {
  __typename?: 'Query';
  /** Every domain, entity type and field of the graph, with its owner. Needs the read scope. */
  systemOfRecord: SystemOfRecord;
};

export type SystemOfRecord = {
  __typename?: 'SystemOfRecord';
  /** The systems of record, by name. */
  domains: Array<DomainRecord>;
  /** Every entity type (a type with a @key), ordered by name. */
  entities: Array<EntityRecord>;
};
