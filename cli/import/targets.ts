/**
 * What can be imported, and what the owner's import mutation takes (schema/shared/imports.graphql
 * and each owner's `<Entity>ImportRow`). The client checks a row against this before sending it,
 * because GraphQL refuses a whole request when one row in its variables has a missing required
 * field or an unknown enum value: one bad row must be refused alone.
 */

export type ImportEntity = 'clients' | 'invoices' | 'employees' | 'projects';

/** A name or email in the file that the client side turns into the owner's id before sending. */
export interface ReferenceField {
  /** The row field the mapping fills, e.g. `clientName`. */
  from: string;
  /** The row field sent, e.g. `clientId`. */
  to: string;
  /** How it is looked up through the gateway: clients by companyMatchKey, employees by email, departments by name. */
  kind: 'client' | 'employee' | 'department';
}

export interface ImportTarget {
  domain: 'crm' | 'accounting' | 'hr' | 'projects';
  entity: ImportEntity;
  /** The owner's import mutation and its row input type. */
  mutation: string;
  rowType: string;
  /** Row fields sent as the mapping fills them (besides externalId). */
  fields: readonly string[];
  /** Fields without which the owner refuses the row. */
  required: readonly string[];
  /** Enum fields and the values the schema has for them. */
  enums: Readonly<Record<string, readonly string[]>>;
  references: readonly ReferenceField[];
  /** Fields holding another record's id in the same outside system: sent as `{ system, id }`. */
  externalReferences: readonly string[];
  /** Per-line fields, for an entity whose rows carry lines (an invoice); each line is one file row. */
  lines?: { field: string; fields: readonly string[]; required: readonly string[] };
}

const CLIENT_STATUS = ['PROSPECT', 'ACTIVE', 'CHURNED'];

export const IMPORT_TARGETS: readonly ImportTarget[] = [
  {
    domain: 'crm',
    entity: 'clients',
    mutation: 'importClients',
    rowType: 'ClientImportRow',
    fields: ['name', 'domain', 'industry', 'country', 'status', 'accountManagerId'],
    required: ['name'],
    enums: { status: CLIENT_STATUS },
    references: [{ from: 'accountManagerEmail', to: 'accountManagerId', kind: 'employee' }],
    externalReferences: [],
  },
  {
    domain: 'accounting',
    entity: 'invoices',
    mutation: 'importInvoices',
    rowType: 'InvoiceImportRow',
    fields: ['clientId', 'clientExternalId', 'issueDate', 'dueDate', 'currencyCode', 'status', 'amountPaid', 'paidOn', 'voidReason'],
    required: ['currencyCode'],
    enums: { status: ['DRAFT', 'SENT', 'PAID', 'VOID'] },
    references: [{ from: 'clientName', to: 'clientId', kind: 'client' }],
    externalReferences: ['clientExternalId'],
    lines: { field: 'lines', fields: ['description', 'quantity', 'unitPrice'], required: ['description', 'quantity', 'unitPrice'] },
  },
  {
    domain: 'hr',
    entity: 'employees',
    mutation: 'importEmployees',
    rowType: 'EmployeeImportRow',
    fields: ['name', 'email', 'title', 'departmentId', 'startDate', 'managerId', 'managerExternalId', 'capacityHoursPerWeek', 'status'],
    required: ['name', 'email'],
    enums: { status: ['ACTIVE', 'ON_LEAVE', 'TERMINATED'] },
    references: [
      { from: 'managerEmail', to: 'managerId', kind: 'employee' },
      { from: 'departmentName', to: 'departmentId', kind: 'department' },
    ],
    externalReferences: ['managerExternalId'],
  },
  {
    domain: 'projects',
    entity: 'projects',
    mutation: 'importProjects',
    rowType: 'ProjectImportRow',
    // Phase and health move through their own mutations (advanceProject, setProjectHealth), not an import:
    // a profile that maps them has them reported, not sent.
    fields: ['name', 'clientId', 'clientExternalId', 'leadId', 'leadExternalId', 'budgetHours', 'startDate', 'endDate'],
    required: ['name', 'budgetHours'],
    enums: {},
    references: [
      { from: 'clientName', to: 'clientId', kind: 'client' },
      { from: 'leadEmail', to: 'leadId', kind: 'employee' },
    ],
    externalReferences: ['clientExternalId', 'leadExternalId'],
  },
];

export function importTarget(domain: string, entity: string): ImportTarget | undefined {
  return IMPORT_TARGETS.find((target) => target.domain === domain && target.entity === entity);
}

/** Every field a mapping may fill for the target: its own, its references by name or email. */
export function mappableFields(target: ImportTarget): string[] {
  return [...target.fields, ...target.references.map((reference) => reference.from)];
}
