import { DemoCompany, type CrmChunk, type DemoOptions } from './company.ts';

/**
 * The demo company, generated from a seed and handed to each domain's seeder, which writes only
 * its own part. Ids are shared so the domains line up; attributes are not (rule 4).
 * Amounts are integer minor units, hours are hundredths, dates are relative to `today`.
 *
 * `DemoCompany` (company.ts) hands the company out in chunks, which is what seeding uses;
 * `createDemoPlan` collects the same company into arrays, for tests that compare against it.
 */

export interface DemoSize {
  clients: number;
  employees: number;
  invoices: number;
  projects: number;
}

export interface DemoPlan {
  today: string;
  createdAt: string;
  reportingCurrency: string;
  departments: { id: string; name: string }[];
  employees: {
    id: string;
    name: string;
    email: string;
    title: string;
    departmentId: string;
    managerId: string | null;
    status: 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
    capacityHoursPerWeek: number;
    startDate: string;
    /** Annual gross salary in minor units of the reporting currency (HR; readable with hr:salary:read). */
    salaryMinor: number;
  }[];
  clients: {
    id: string;
    name: string;
    domain: string;
    industry: string;
    country: string;
    status: 'PROSPECT' | 'ACTIVE' | 'CHURNED';
    accountManagerId: string | null;
  }[];
  contacts: { id: string; clientId: string; name: string; email: string; phone: string | null; title: string }[];
  contracts: {
    id: string;
    clientId: string;
    startDate: string;
    endDate: string;
    annualValueMinor: number;
    currency: string;
    autoRenew: boolean;
    status: 'DRAFT' | 'ACTIVE' | 'RENEWED' | 'EXPIRED' | 'CANCELLED';
    renewsContractId: string | null;
  }[];
  deals: {
    id: string;
    clientId: string;
    title: string;
    amountMinor: number;
    currency: string;
    stage: 'LEAD' | 'QUALIFIED' | 'PROPOSAL' | 'WON' | 'LOST';
    expectedCloseDate: string;
  }[];
  invoices: {
    id: string;
    clientId: string;
    number: string;
    currency: string;
    status: 'DRAFT' | 'SENT' | 'PAID' | 'VOID';
    lines: { description: string; quantityMilli: number; unitPriceMinor: number }[];
    issueDate: string | null;
    dueDate: string | null;
    exchangeRate: string | null;
    reportingTotalMinor: number | null;
    payments: { id: string; amountMinor: number; paidOn: string }[];
  }[];
  projects: {
    id: string;
    clientId: string;
    leadId: string;
    name: string;
    phase: 'PROPOSAL' | 'KICKOFF' | 'DELIVERY' | 'REVIEW' | 'CLOSED';
    health: 'GREEN' | 'AMBER' | 'RED';
    budgetHundredths: number;
    startDate: string;
    endDate: string;
    tasks: { id: string; title: string; assigneeId: string | null; status: 'TODO' | 'IN_PROGRESS' | 'DONE'; estimateHundredths: number }[];
    timeEntries: { id: string; taskId: string | null; employeeId: string; date: string; hundredths: number; billable: boolean }[];
  }[];
}

/** What a seeder reads: the company in chunks, from a `DemoCompany` or from a whole `DemoPlan`. */
export interface DemoParts {
  today: string;
  createdAt: string;
  reportingCurrency: string;
  /** How many of each entity the parts hold (for progress). */
  size: DemoSize;
  departments: DemoPlan['departments'];
  employees: DemoPlan['employees'];
  crm(): Iterable<CrmChunk>;
  invoices(): Iterable<DemoPlan['invoices']>;
  projects(): Iterable<DemoPlan['projects']>;
}

export type DemoSource = DemoPlan | DemoParts;

/** The company in chunks, whichever form it came in (a whole plan is one chunk of each). */
export function demoParts(source: DemoSource): DemoParts {
  if (!('contacts' in source)) return source;
  const plan = source;
  return {
    today: plan.today,
    createdAt: plan.createdAt,
    reportingCurrency: plan.reportingCurrency,
    size: {
      clients: plan.clients.length,
      employees: plan.employees.length,
      invoices: plan.invoices.length,
      projects: plan.projects.length,
    },
    departments: plan.departments,
    employees: plan.employees,
    crm: () => [{ clients: plan.clients, contacts: plan.contacts, contracts: plan.contracts, deals: plan.deals }],
    invoices: () => [plan.invoices],
    projects: () => [plan.projects],
  };
}

/** The whole demo company in memory: for tests and small companies (seeding streams a `DemoCompany`). */
export function createDemoPlan(options: DemoOptions): DemoPlan {
  const company = new DemoCompany(options);
  const plan: DemoPlan = {
    today: company.today,
    createdAt: company.createdAt,
    reportingCurrency: company.reportingCurrency,
    departments: company.departments,
    employees: company.employees,
    clients: [],
    contacts: [],
    contracts: [],
    deals: [],
    invoices: [],
    projects: [],
  };
  for (const chunk of company.crm()) {
    plan.clients.push(...chunk.clients);
    plan.contacts.push(...chunk.contacts);
    plan.contracts.push(...chunk.contracts);
    plan.deals.push(...chunk.deals);
  }
  for (const chunk of company.invoices()) plan.invoices.push(...chunk);
  for (const chunk of company.projects()) plan.projects.push(...chunk);
  return plan;
}

/** Told as a seeder writes: how many more of its domain's planned entities, and how many more rows in all (lines, tasks …). */
export type SeedProgress = (entities: number, rows: number) => void;

/** The planned entities a domain's seeder counts its progress in. */
export function plannedEntities(parts: DemoParts, domain: string): number {
  const { size } = parts;
  if (domain === 'hr') return parts.departments.length + parts.employees.length;
  if (domain === 'crm') return size.clients;
  if (domain === 'accounting') return size.invoices;
  if (domain === 'projects') return size.projects;
  return 0;
}
