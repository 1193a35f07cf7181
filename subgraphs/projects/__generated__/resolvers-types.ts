import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef } from '../../../lib/federation.ts';
import type { EmployeeParent, ProjectRow, TaskRow, TimeEntryRow } from '../store/schema.ts';
import type { TimeWeekRow } from '../store/reports.ts';
import type { TimeReportPage } from '../reports.ts';
import type { ProjectsContext } from '../context.ts';
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

/** A client, owned by the CRM; projects adds what it delivers for the client. */
export type Client = {
  __typename?: 'Client';
  /** The worst health among the client's open projects; null when none is open. */
  deliveryHealth?: Maybe<Health>;
  id: Scalars['ID']['output'];
  /** The client's projects, newest first. */
  projects?: Maybe<Array<Project>>;
};


/** A client, owned by the CRM; projects adds what it delivers for the client. */
export type ClientProjectsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateProjectInput = {
  budgetHours: Scalars['Decimal']['input'];
  clientId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  estimateHours?: InputMaybe<Scalars['Decimal']['input']>;
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

/** An employee, owned by HR; projects adds what the employee is working on. */
export type Employee = {
  __typename?: 'Employee';
  /** Open projects the employee leads or has tasks on. */
  assignments?: Maybe<Array<Project>>;
  capacityHoursPerWeek: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Hours logged in the last `weeks` weeks over capacity for those weeks (0.85 = 85%). */
  utilisation?: Maybe<Scalars['Float']['output']>;
};


/** An employee, owned by HR; projects adds what the employee is working on. */
export type EmployeeUtilisationArgs = {
  weeks?: InputMaybe<Scalars['Int']['input']>;
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

export type LogTimeInput = {
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  date: Scalars['Date']['input'];
  employeeId: Scalars['ID']['input'];
  /** Greater than 0, at most 24, in steps of 0.25. */
  hours: Scalars['Decimal']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currencyCode: Scalars['CurrencyCode']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves a project one phase on: PROPOSAL → KICKOFF → DELIVERY → REVIEW → CLOSED. */
  advanceProject: Project;
  /** Creates a project in PROPOSAL for a client (CRM) led by an employee (HR). */
  createProject: Project;
  createTask: Task;
  /**
   * Creates or updates up to 1,000 projects, each row keyed on (system, row.externalId); a refused
   * row writes nothing and the others go on. With dryRun nothing is written at all.
   */
  importProjects: ImportReport;
  logTime: TimeEntry;
  setProjectHealth: Project;
};


export type MutationAdvanceProjectArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  phase: ProjectPhase;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
  projectId: Scalars['ID']['input'];
};


export type MutationImportProjectsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<ProjectImportRow>;
  system: Scalars['String']['input'];
};


export type MutationLogTimeArgs = {
  input: LogTimeInput;
};


export type MutationSetProjectHealthArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  health: Health;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Project = {
  __typename?: 'Project';
  budgetHours: Scalars['Decimal']['output'];
  client: Client;
  createdAt: Scalars['DateTime']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The project's ids in outside systems, by system then id. */
  externalIds: Array<ExternalId>;
  health: Health;
  healthNote?: Maybe<Scalars['String']['output']>;
  /** The audit log of this Project, newest first: every write that created or changed it. */
  history: AuditConnection;
  hoursLogged: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  lead?: Maybe<Employee>;
  name: Scalars['String']['output'];
  phase: ProjectPhase;
  startDate?: Maybe<Scalars['Date']['output']>;
  tasks: Array<Task>;
  timeEntries: TimeEntryConnection;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type ProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectTimeEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/**
 * One project of importProjects, as in CreateProjectInput: absent fields stay as they are, null
 * clears an optional one. The client (CRM) and the lead (HR) are given by id or by their id in an
 * outside system, and confirmed by their owners (REFERENCE_NOT_FOUND otherwise). A new project
 * starts in PROPOSAL.
 */
export type ProjectImportRow = {
  budgetHours: Scalars['Decimal']['input'];
  clientExternalId?: InputMaybe<ExternalIdInput>;
  /** One of clientId and clientExternalId. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The project's id in the import's system. */
  externalId: Scalars['String']['input'];
  /** The lead by an id in an outside system, instead of leadId. */
  leadExternalId?: InputMaybe<ExternalIdInput>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type ProjectPhase =
  | 'CLOSED'
  | 'DELIVERY'
  | 'KICKOFF'
  | 'PROPOSAL'
  | 'REVIEW';

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

/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type Query = {
  __typename?: 'Query';
  project?: Maybe<Project>;
  /** The project an outside system knows by `id`, or null when none carries that external id. */
  projectByExternalId?: Maybe<Project>;
  /** Every project, ordered by name then id. */
  projects: ProjectConnection;
  /** Every write projects recorded for one actor (a token subject), newest first. The audit log is append-only. */
  projectsAuditLog: AuditConnection;
  /** What projects finds wrong with its own data, per entity type, with up to `examples` failing records per check (0–20). Needs the read scope. Null, with an error, when it cannot finish (an owner it asks about references is unreachable). */
  projectsDataQuality?: Maybe<DataQualityReport>;
  /**
   * Hours logged per project, per employee, per ISO week (weeks start on Monday), one row for each
   * that has any time. `from` and `to` bound the entries' dates (inclusive), so a week cut by the
   * range sums only the days inside it; `projectId` and `employeeId` narrow it further. Pages of
   * `first` rows, 0–1000 (BAD_USER_INPUT above), in `orderBy` order, then by project id and employee id.
   */
  timeByWeek: TimeByWeekConnection;
};


/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type QueryProjectByExternalIdArgs = {
  id: Scalars['String']['input'];
  system: Scalars['String']['input'];
};


/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  health?: InputMaybe<Health>;
  phase?: InputMaybe<ProjectPhase>;
};


/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type QueryProjectsAuditLogArgs = {
  actor: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type QueryProjectsDataQualityArgs = {
  examples?: InputMaybe<Scalars['Int']['input']>;
};


/** Projects is the system of record for delivery: projects, their tasks and the time logged on them. */
export type QueryTimeByWeekArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<TimeReportOrder>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Task = {
  __typename?: 'Task';
  assignee?: Maybe<Employee>;
  createdAt: Scalars['DateTime']['output'];
  estimateHours?: Maybe<Scalars['Decimal']['output']>;
  /** The audit log of this Task, newest first: every write that created or changed it. */
  history: AuditConnection;
  id: Scalars['ID']['output'];
  project: Project;
  status: TaskStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type TaskHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

/** One employee's time on one project in one ISO week. */
export type TimeByWeek = {
  __typename?: 'TimeByWeek';
  /** The billable part of those hours. */
  billableHours: Scalars['Decimal']['output'];
  employee: Employee;
  /** Hours logged in the week (within the range), to the hundredth. */
  hours: Scalars['Decimal']['output'];
  project: Project;
  /** The week's Monday. */
  week: Scalars['Date']['output'];
};

export type TimeByWeekConnection = {
  __typename?: 'TimeByWeekConnection';
  edges: Array<TimeByWeekEdge>;
  pageInfo: PageInfo;
  /** Rows in the whole report (all pages); counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type TimeByWeekEdge = {
  __typename?: 'TimeByWeekEdge';
  cursor: Scalars['String']['output'];
  node: TimeByWeek;
};

export type TimeEntry = {
  __typename?: 'TimeEntry';
  billable: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  employee: Employee;
  /** The audit log of this TimeEntry, newest first: every write that created or changed it. */
  history: AuditConnection;
  hours: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  project: Project;
  task?: Maybe<Task>;
};


export type TimeEntryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TimeEntryConnection = {
  __typename?: 'TimeEntryConnection';
  edges: Array<TimeEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimeEntryEdge = {
  __typename?: 'TimeEntryEdge';
  cursor: Scalars['String']['output'];
  node: TimeEntry;
};

export type TimeReportOrder =
  /** Oldest week first, then by project id and employee id. */
  | 'WEEK_ASC'
  /** Newest week first, then by project id and employee id, descending. */
  | 'WEEK_DESC';



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
  Employee: Employee;
  Project: Project;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Employee'], {"capacityHoursPerWeek":true}> ) );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateProjectInput: CreateProjectInput;
  CreateTaskInput: CreateTaskInput;
  CurrencyCode: ResolverTypeWrapper<Scalars['CurrencyCode']['output']>;
  DataQualityReport: ResolverTypeWrapper<DataQualityReport>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Employee: ResolverTypeWrapper<EmployeeParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EntityQuality: ResolverTypeWrapper<EntityQuality>;
  ExternalId: ResolverTypeWrapper<ExternalId>;
  ExternalIdInput: ExternalIdInput;
  Health: Health;
  ImportOutcome: ImportOutcome;
  ImportRefusal: ResolverTypeWrapper<ImportRefusal>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  LogTimeInput: LogTimeInput;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectImportRow: ProjectImportRow;
  ProjectPhase: ProjectPhase;
  QualityCheck: ResolverTypeWrapper<QualityCheck>;
  QualityExample: ResolverTypeWrapper<QualityExample>;
  QualityProblem: QualityProblem;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskStatus: TaskStatus;
  TimeByWeek: ResolverTypeWrapper<TimeWeekRow>;
  TimeByWeekConnection: ResolverTypeWrapper<TimeReportPage>;
  TimeByWeekEdge: ResolverTypeWrapper<Omit<TimeByWeekEdge, 'node'> & { node: ResolversTypes['TimeByWeek'] }>;
  TimeEntry: ResolverTypeWrapper<TimeEntryRow>;
  TimeEntryConnection: ResolverTypeWrapper<Omit<TimeEntryConnection, 'edges'> & { edges: Array<ResolversTypes['TimeEntryEdge']> }>;
  TimeEntryEdge: ResolverTypeWrapper<Omit<TimeEntryEdge, 'node'> & { node: ResolversTypes['TimeEntry'] }>;
  TimeReportOrder: TimeReportOrder;
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
  Boolean: Scalars['Boolean']['output'];
  CreateProjectInput: CreateProjectInput;
  CreateTaskInput: CreateTaskInput;
  CurrencyCode: Scalars['CurrencyCode']['output'];
  DataQualityReport: DataQualityReport;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Employee: EmployeeParent;
  Float: Scalars['Float']['output'];
  EntityQuality: EntityQuality;
  ExternalId: ExternalId;
  ExternalIdInput: ExternalIdInput;
  ImportRefusal: ImportRefusal;
  ImportReport: ImportReport;
  ImportRowResult: ImportRowResult;
  LogTimeInput: LogTimeInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Project: ProjectRow;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectImportRow: ProjectImportRow;
  QualityCheck: QualityCheck;
  QualityExample: QualityExample;
  Query: Record<PropertyKey, never>;
  Task: TaskRow;
  TimeByWeek: TimeWeekRow;
  TimeByWeekConnection: TimeReportPage;
  TimeByWeekEdge: Omit<TimeByWeekEdge, 'node'> & { node: ResolversParentTypes['TimeByWeek'] };
  TimeEntry: TimeEntryRow;
  TimeEntryConnection: Omit<TimeEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimeEntryEdge']> };
  TimeEntryEdge: Omit<TimeEntryEdge, 'node'> & { node: ResolversParentTypes['TimeEntry'] };
};

export type ActorResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type ClientResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deliveryHealth?: Resolver<Maybe<ResolversTypes['Health']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Maybe<Array<ResolversTypes['Project']>>, ParentType, ContextType, RequireFields<ClientProjectsArgs, 'includeClosed'>>;
};

export interface CurrencyCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CurrencyCode'], any> {
  name: 'CurrencyCode';
}

export type DataQualityReportResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DataQualityReport'] = ResolversParentTypes['DataQualityReport']> = {
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

export type EmployeeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<Array<ResolversTypes['Project']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  utilisation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EmployeeUtilisationArgs, 'weeks'>>;
};

export type EntityQualityResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['EntityQuality'] = ResolversParentTypes['EntityQuality']> = {
  checks?: Resolver<Array<ResolversTypes['QualityCheck']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRefusalResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ImportRefusal'] = ResolversParentTypes['ImportRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['ImportRefusal']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  advanceProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationAdvanceProjectArgs, 'id' | 'phase'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input' | 'projectId'>>;
  importProjects?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportProjectsArgs, 'dryRun' | 'rows' | 'system'>>;
  logTime?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType, RequireFields<MutationLogTimeArgs, 'input'>>;
  setProjectHealth?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSetProjectHealthArgs, 'health' | 'id'>>;
};

export type PageInfoResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budgetHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  healthNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<ProjectHistoryArgs, 'first'>>;
  hoursLogged?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ProjectPhase'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  timeEntries?: Resolver<ResolversTypes['TimeEntryConnection'], ParentType, ContextType, RequireFields<ProjectTimeEntriesArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type QualityCheckResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['QualityCheck'] = ResolversParentTypes['QualityCheck']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['QualityExample']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualityProblem'], ParentType, ContextType>;
};

export type QualityExampleResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['QualityExample'] = ResolversParentTypes['QualityExample']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectByExternalId?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectByExternalIdArgs, 'id' | 'system'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first'>>;
  projectsAuditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryProjectsAuditLogArgs, 'actor' | 'first'>>;
  projectsDataQuality?: Resolver<Maybe<ResolversTypes['DataQualityReport']>, ParentType, ContextType, RequireFields<QueryProjectsDataQualityArgs, 'examples'>>;
  timeByWeek?: Resolver<ResolversTypes['TimeByWeekConnection'], ParentType, ContextType, RequireFields<QueryTimeByWeekArgs, 'first' | 'orderBy'>>;
};

export type TaskResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  assignee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  estimateHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<TaskHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeByWeekResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeByWeek'] = ResolversParentTypes['TimeByWeek']> = {
  billableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TimeByWeekConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeByWeekConnection'] = ResolversParentTypes['TimeByWeekConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimeByWeekEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeByWeekEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeByWeekEdge'] = ResolversParentTypes['TimeByWeekEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeByWeek'], ParentType, ContextType>;
};

export type TimeEntryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry']> = {
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<TimeEntryHistoryArgs, 'first'>>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type TimeEntryConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeEntryConnection'] = ResolversParentTypes['TimeEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimeEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeEntryEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeEntryEdge'] = ResolversParentTypes['TimeEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProjectsContext> = {
  Actor?: ActorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  CurrencyCode?: GraphQLScalarType;
  DataQualityReport?: DataQualityReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Employee?: EmployeeResolvers<ContextType>;
  EntityQuality?: EntityQualityResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  ImportRefusal?: ImportRefusalResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  QualityCheck?: QualityCheckResolvers<ContextType>;
  QualityExample?: QualityExampleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TimeByWeek?: TimeByWeekResolvers<ContextType>;
  TimeByWeekConnection?: TimeByWeekConnectionResolvers<ContextType>;
  TimeByWeekEdge?: TimeByWeekEdgeResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  TimeEntryConnection?: TimeEntryConnectionResolvers<ContextType>;
  TimeEntryEdge?: TimeEntryEdgeResolvers<ContextType>;
};
