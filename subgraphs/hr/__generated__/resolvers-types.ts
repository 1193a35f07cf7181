import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmployeeRow, DepartmentRow } from '../store/schema.ts';
import type { HrContext } from '../context.ts';
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

export type CreateDepartmentInput = {
  name: Scalars['String']['input'];
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

export type Department = {
  __typename?: 'Department';
  employees: Array<Employee>;
  /** The audit log of this Department, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type DepartmentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Employee = {
  __typename?: 'Employee';
  /** Contracted hours per week. */
  capacityHoursPerWeek: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  department?: Maybe<Department>;
  /** Work email, unique across the company. */
  email: Scalars['String']['output'];
  /** The employee's ids in outside systems, by system then id. */
  externalIds: Array<ExternalId>;
  /** The audit log of this Employee, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  manager?: Maybe<Employee>;
  name: Scalars['String']['output'];
  reports: Array<Employee>;
  /** Annual gross salary. Needs the hr:salary:read scope: without it this is null, with one FORBIDDEN error. */
  salary?: Maybe<Money>;
  startDate: Scalars['Date']['output'];
  status: EmployeeStatus;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type EmployeeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

export type EmployeeStatus =
  | 'ACTIVE'
  | 'ON_LEAVE'
  | 'TERMINATED';

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

export type HireEmployeeInput = {
  /** Defaults to 40. */
  capacityHoursPerWeek?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Annual gross salary; setting it needs hr:salary:read as well as hr:write. */
  salary?: InputMaybe<MoneyInput>;
  /** Defaults to today. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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

export type MoneyInput = {
  amount: Scalars['Decimal']['input'];
  currencyCode: Scalars['CurrencyCode']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** ACTIVE ⇄ ON_LEAVE, and either → TERMINATED (final). */
  changeEmployeeStatus: Employee;
  createDepartment: Department;
  hireEmployee: Employee;
  updateEmployee: Employee;
};


export type MutationChangeEmployeeStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: EmployeeStatus;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationHireEmployeeArgs = {
  input: HireEmployeeInput;
};


export type MutationUpdateEmployeeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateEmployeeInput;
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

/** HR is the system of record for people: employees and departments. */
export type Query = {
  __typename?: 'Query';
  departments: Array<Department>;
  employee?: Maybe<Employee>;
  /** The employee an outside system knows by `id`, or null when none carries that external id. */
  employeeByExternalId?: Maybe<Employee>;
  /** Every employee, ordered by name then id. */
  employees: EmployeeConnection;
  /** Every write hr recorded for one actor (a token subject), newest first. The audit log is append-only. */
  hrAuditLog: AuditConnection;
  /** What hr finds wrong with its own data, per entity type, with up to `examples` failing records per check (0–20). Needs the read scope. Null, with an error, when it cannot finish (an owner it asks about references is unreachable). */
  hrDataQuality?: Maybe<DataQualityReport>;
};


/** HR is the system of record for people: employees and departments. */
export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


/** HR is the system of record for people: employees and departments. */
export type QueryEmployeeByExternalIdArgs = {
  id: Scalars['String']['input'];
  system: Scalars['String']['input'];
};


/** HR is the system of record for people: employees and departments. */
export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmployeeStatus>;
};


/** HR is the system of record for people: employees and departments. */
export type QueryHrAuditLogArgs = {
  actor: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** HR is the system of record for people: employees and departments. */
export type QueryHrDataQualityArgs = {
  examples?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateEmployeeInput = {
  capacityHoursPerWeek?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Added to the employee's external ids; none are removed. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it; changing it needs hr:salary:read as well as hr:write. */
  salary?: InputMaybe<MoneyInput>;
  title?: InputMaybe<Scalars['String']['input']>;
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
  Employee: Employee;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
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
  CreateDepartmentInput: CreateDepartmentInput;
  CurrencyCode: ResolverTypeWrapper<Scalars['CurrencyCode']['output']>;
  DataQualityReport: ResolverTypeWrapper<DataQualityReport>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentRow>;
  Employee: ResolverTypeWrapper<EmployeeRow>;
  EmployeeConnection: ResolverTypeWrapper<Omit<EmployeeConnection, 'edges'> & { edges: Array<ResolversTypes['EmployeeEdge']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeStatus: EmployeeStatus;
  EntityQuality: ResolverTypeWrapper<EntityQuality>;
  ExternalId: ResolverTypeWrapper<ExternalId>;
  ExternalIdInput: ExternalIdInput;
  HireEmployeeInput: HireEmployeeInput;
  ImportOutcome: ImportOutcome;
  ImportRefusal: ResolverTypeWrapper<ImportRefusal>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  QualityCheck: ResolverTypeWrapper<QualityCheck>;
  QualityExample: ResolverTypeWrapper<QualityExample>;
  QualityProblem: QualityProblem;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateEmployeeInput: UpdateEmployeeInput;
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
  CreateDepartmentInput: CreateDepartmentInput;
  CurrencyCode: Scalars['CurrencyCode']['output'];
  DataQualityReport: DataQualityReport;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentRow;
  Employee: EmployeeRow;
  EmployeeConnection: Omit<EmployeeConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmployeeEdge']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EntityQuality: EntityQuality;
  ExternalId: ExternalId;
  ExternalIdInput: ExternalIdInput;
  HireEmployeeInput: HireEmployeeInput;
  ImportRefusal: ImportRefusal;
  ImportReport: ImportReport;
  Boolean: Scalars['Boolean']['output'];
  ImportRowResult: ImportRowResult;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  QualityCheck: QualityCheck;
  QualityExample: QualityExample;
  Query: Record<PropertyKey, never>;
  UpdateEmployeeInput: UpdateEmployeeInput;
};

export type ActorResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type DataQualityReportResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['DataQualityReport'] = ResolversParentTypes['DataQualityReport']> = {
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

export type DepartmentResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  employees?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<DepartmentHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacityHoursPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<EmployeeHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  salary?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmployeeStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type EntityQualityResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EntityQuality'] = ResolversParentTypes['EntityQuality']> = {
  checks?: Resolver<Array<ResolversTypes['QualityCheck']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRefusalResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ImportRefusal'] = ResolversParentTypes['ImportRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['ImportRefusal']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeEmployeeStatus?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationChangeEmployeeStatusArgs, 'id' | 'status'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  hireEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationHireEmployeeArgs, 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationUpdateEmployeeArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QualityCheckResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['QualityCheck'] = ResolversParentTypes['QualityCheck']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['QualityExample']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualityProblem'], ParentType, ContextType>;
};

export type QualityExampleResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['QualityExample'] = ResolversParentTypes['QualityExample']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employeeByExternalId?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeByExternalIdArgs, 'id' | 'system'>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeesArgs, 'first'>>;
  hrAuditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryHrAuditLogArgs, 'actor' | 'first'>>;
  hrDataQuality?: Resolver<Maybe<ResolversTypes['DataQualityReport']>, ParentType, ContextType, RequireFields<QueryHrDataQualityArgs, 'examples'>>;
};

export type Resolvers<ContextType = HrContext> = {
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
  Department?: DepartmentResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
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
};
