import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EndpointRow, Delivery, AttemptRow } from '../store/schema.ts';
import type { WebhooksContext } from '../context.ts';
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

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Event types (`Invoice.issued`) or every event of an entity (`Client.*`); at least one. */
  types: Array<Scalars['String']['input']>;
  /** An http(s) URL that answers POST with a 2xx. */
  url: Scalars['String']['input'];
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

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currencyCode: Scalars['CurrencyCode']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Registers a receiver for events of `types` (`Client.*`, `Invoice.issued`) from now on. The
   * answer carries the signing secret: it is shown this once, so keep it.
   */
  createWebhookEndpoint: WebhookEndpointWithSecret;
  /** Deletes an endpoint: it gets nothing more and is gone from every query; its deliveries stay listed, undelivered ones as DEAD. */
  deleteWebhookEndpoint: WebhookEndpoint;
  /** Sends every dead-lettered delivery of an endpoint again. */
  replayDeadLetters: ReplayResult;
  /** Sends one dead-lettered (or delivered) delivery again, now, with a fresh retry window. */
  replayWebhookDelivery: WebhookDelivery;
  /** Replaces the signing secret at once (deliveries from now on are signed with the new one) and shows it this once. */
  rotateWebhookSecret: WebhookEndpointWithSecret;
  /** Changes an endpoint; absent fields stay as they are. Disabled endpoints get nothing and their pending deliveries wait. */
  updateWebhookEndpoint: WebhookEndpoint;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationReplayDeadLettersArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateWebhookEndpointArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
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

/** Webhook endpoints and their deliveries; every field needs the webhooks:manage scope (endpoint URLs are sensitive). */
export type Query = {
  __typename?: 'Query';
  /** Deliveries, newest first; `status: DEAD` is the dead-letter list. */
  webhookDeliveries: WebhookDeliveryConnection;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** Registered endpoints, oldest first (deleted ones are gone). */
  webhookEndpoints: WebhookEndpointConnection;
};


/** Webhook endpoints and their deliveries; every field needs the webhooks:manage scope (endpoint URLs are sensitive). */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


/** Webhook endpoints and their deliveries; every field needs the webhooks:manage scope (endpoint URLs are sensitive). */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Webhook endpoints and their deliveries; every field needs the webhooks:manage scope (endpoint URLs are sensitive). */
export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReplayResult = {
  __typename?: 'ReplayResult';
  /** How many deliveries were queued again. */
  replayed: Scalars['Int']['output'];
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  attemptedAt: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  /** Why it failed; null when delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** 1 for the first attempt of the delivery, counting on across replays. */
  number: Scalars['Int']['output'];
  /** The receiver's HTTP status; null when none came (connection refused, timeout). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event owed to one endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  endpointId: Scalars['ID']['output'];
  /** The event's id (`evt_…`), also sent as `recordgraph-event-id`: de-duplicate on it. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** `whd_…`, also sent as the `recordgraph-delivery-id` header. */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The exact JSON body POSTed: the event envelope. */
  payload: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** Retried for the whole retry window without success: the dead-letter list, replayable. */
  | 'DEAD'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Waiting for its next attempt (`nextAttemptAt`). */
  | 'PENDING';

/**
 * A receiver that gets every committed change of the types it chose, POSTed
 * as the event envelope (the same JSON as `ChangeEvent` on the bus) and signed with the endpoint's
 * secret in the `recordgraph-signature` header (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`).
 * A delivery that does not get a 2xx answer is retried with exponential back-off for the retry
 * window (24 hours by default), then parked as DEAD until replayed. Deliveries go out oldest event
 * first, but one being retried does not hold back later ones: order an entity's changes by
 * `entityVersion`, and de-duplicate on the event `id` (delivery is at least once). Kept by the
 * webhooks subgraph, a system of record with its own store. Every field needs the webhooks:manage
 * scope: endpoint URLs are sensitive.
 */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  /** This endpoint's deliveries, newest first. */
  deliveries: WebhookDeliveryConnection;
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** `whe_…` */
  id: Scalars['ID']['output'];
  /** When the signing secret was last set (creation or rotation). */
  secretRotatedAt: Scalars['DateTime']['output'];
  types: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


/**
 * A receiver that gets every committed change of the types it chose, POSTed
 * as the event envelope (the same JSON as `ChangeEvent` on the bus) and signed with the endpoint's
 * secret in the `recordgraph-signature` header (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`).
 * A delivery that does not get a 2xx answer is retried with exponential back-off for the retry
 * window (24 hours by default), then parked as DEAD until replayed. Deliveries go out oldest event
 * first, but one being retried does not hold back later ones: order an entity's changes by
 * `entityVersion`, and de-duplicate on the event `id` (delivery is at least once). Kept by the
 * webhooks subgraph, a system of record with its own store. Every field needs the webhooks:manage
 * scope: endpoint URLs are sensitive.
 */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

/** An endpoint and its signing secret, returned only when the secret is set. */
export type WebhookEndpointWithSecret = {
  __typename?: 'WebhookEndpointWithSecret';
  endpoint: WebhookEndpoint;
  /** `whsec_…`: verify each delivery's `recordgraph-signature` with it. */
  secret: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


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
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
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
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  QualityCheck: ResolverTypeWrapper<QualityCheck>;
  QualityExample: ResolverTypeWrapper<QualityExample>;
  QualityProblem: QualityProblem;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplayResult: ResolverTypeWrapper<ReplayResult>;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  WebhookAttempt: ResolverTypeWrapper<AttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<Delivery>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<EndpointRow>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']> }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEndpointWithSecret: ResolverTypeWrapper<Omit<WebhookEndpointWithSecret, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
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
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
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
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  QualityCheck: QualityCheck;
  QualityExample: QualityExample;
  Query: Record<PropertyKey, never>;
  ReplayResult: ReplayResult;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  WebhookAttempt: AttemptRow;
  WebhookDelivery: Delivery;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: EndpointRow;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']> };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  WebhookEndpointWithSecret: Omit<WebhookEndpointWithSecret, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
};

export type ActorResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export interface CurrencyCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CurrencyCode'], any> {
  name: 'CurrencyCode';
}

export type DataQualityReportResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['DataQualityReport'] = ResolversParentTypes['DataQualityReport']> = {
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

export type EntityQualityResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['EntityQuality'] = ResolversParentTypes['EntityQuality']> = {
  checks?: Resolver<Array<ResolversTypes['QualityCheck']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRefusalResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['ImportRefusal'] = ResolversParentTypes['ImportRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['ImportRefusal']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointWithSecret'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>>;
  replayDeadLetters?: Resolver<ResolversTypes['ReplayResult'], ParentType, ContextType, RequireFields<MutationReplayDeadLettersArgs, 'endpointId'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointWithSecret'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QualityCheckResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['QualityCheck'] = ResolversParentTypes['QualityCheck']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['QualityExample']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualityProblem'], ParentType, ContextType>;
};

export type QualityExampleResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['QualityExample'] = ResolversParentTypes['QualityExample']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first'>>;
};

export type ReplayResultResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['ReplayResult'] = ResolversParentTypes['ReplayResult']> = {
  replayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookEndpointDeliveriesArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secretRotatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointConnectionResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointEdgeResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
};

export type WebhookEndpointWithSecretResolvers<ContextType = WebhooksContext, ParentType extends ResolversParentTypes['WebhookEndpointWithSecret'] = ResolversParentTypes['WebhookEndpointWithSecret']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = WebhooksContext> = {
  Actor?: ActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
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
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  QualityCheck?: QualityCheckResolvers<ContextType>;
  QualityExample?: QualityExampleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplayResult?: ReplayResultResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEndpointWithSecret?: WebhookEndpointWithSecretResolvers<ContextType>;
};
