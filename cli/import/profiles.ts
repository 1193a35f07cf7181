import type { Mapping } from './mapping.ts';
import type { ImportEntity } from './targets.ts';

/**
 * Built-in mappings for the exports people actually have, by `--profile` name. Each maps the
 * tool's own column headers (as its export writes them) to import rows; examples/imports/ has a
 * sample of each. A file from another tool, or with renamed columns, takes `--mapping FILE`.
 */
export interface Profile {
  description: string;
  /** The mapping per entity the profile can import. */
  entities: Partial<Record<ImportEntity, Mapping>>;
}

export const PROFILES: Record<string, Profile> = {
  hubspot: {
    description: 'HubSpot companies export (CRM → Companies → Export), the owner exported as an email',
    entities: {
      clients: {
        system: 'hubspot',
        externalId: { column: 'Record ID' },
        fields: {
          name: { column: 'Company name', standardise: 'companyName' },
          domain: { column: ['Company Domain Name', 'Website URL'], standardise: 'domain' },
          industry: { column: 'Industry', standardise: 'text' },
          country: { column: 'Country/Region', standardise: 'country' },
          // HubSpot's lifecycle stages: customers are active clients, every earlier stage a prospect.
          status: {
            column: 'Lifecycle Stage',
            values: {
              Subscriber: 'PROSPECT',
              Lead: 'PROSPECT',
              'Marketing Qualified Lead': 'PROSPECT',
              'Sales Qualified Lead': 'PROSPECT',
              Opportunity: 'PROSPECT',
              Customer: 'ACTIVE',
              Evangelist: 'ACTIVE',
              Other: 'PROSPECT',
            },
          },
          accountManagerEmail: { column: 'Company owner', standardise: 'email' },
        },
      },
    },
  },
  xero: {
    description: 'Xero invoices export (Business → Invoices → Export), one row per invoice line',
    entities: {
      invoices: {
        system: 'xero',
        externalId: { column: ['InvoiceNumber', '*InvoiceNumber'] },
        groupBy: 'InvoiceNumber',
        fields: {
          clientName: { column: ['ContactName', '*ContactName'], standardise: 'companyName' },
          issueDate: { column: ['InvoiceDate', '*InvoiceDate'], standardise: 'date', dateFormat: 'dd/MM/yyyy' },
          dueDate: { column: ['DueDate', '*DueDate'], standardise: 'date', dateFormat: 'dd/MM/yyyy' },
          currencyCode: { column: 'Currency', standardise: 'currency' },
          // Xero's statuses: SUBMITTED is a draft awaiting approval; AUTHORISED has been issued.
          status: { column: 'Status', values: { DRAFT: 'DRAFT', SUBMITTED: 'DRAFT', AUTHORISED: 'SENT', PAID: 'PAID', VOIDED: 'VOID' } },
          amountPaid: { column: 'InvoiceAmountPaid', standardise: 'decimal' },
        },
        lines: {
          description: { column: ['Description', '*Description'], standardise: 'text' },
          quantity: { column: ['Quantity', '*Quantity'], standardise: 'decimal' },
          unitPrice: { column: ['UnitAmount', '*UnitAmount'], standardise: 'decimal' },
        },
      },
    },
  },
  bamboohr: {
    description: 'BambooHR employee report (Reports → custom report, exported as CSV)',
    entities: {
      employees: {
        system: 'bamboohr',
        externalId: { column: 'Employee #' },
        fields: {
          name: { column: ['First Name', 'Last Name'], join: true, standardise: 'text' },
          email: { column: 'Work Email', standardise: 'email' },
          title: { column: 'Job Title', standardise: 'text' },
          departmentName: { column: 'Department', standardise: 'text' },
          startDate: { column: 'Hire Date', standardise: 'date', dateFormat: 'MM/dd/yyyy' },
          // BambooHR's "Supervisor EID" is the manager's "Employee #": an id in the same system.
          managerExternalId: { column: 'Supervisor EID', standardise: 'text' },
        },
      },
    },
  },
  spreadsheet: {
    description: 'a generic spreadsheet of clients or of projects (headers below; dates dd/MM/yyyy)',
    entities: {
      clients: {
        system: 'spreadsheet',
        externalId: { column: 'ID' },
        fields: {
          name: { column: 'Client', standardise: 'companyName' },
          domain: { column: 'Website', standardise: 'domain', fallback: { column: 'Contact email', standardise: 'domainFromEmail' } },
          industry: { column: 'Industry', standardise: 'text' },
          country: { column: 'Country', standardise: 'country' },
          status: { column: 'Status', values: { Prospect: 'PROSPECT', Active: 'ACTIVE', Churned: 'CHURNED' } },
          accountManagerEmail: { column: 'Account manager', standardise: 'email' },
        },
      },
      projects: {
        system: 'spreadsheet',
        externalId: { column: 'ID' },
        fields: {
          name: { column: 'Project', standardise: 'text' },
          clientName: { column: 'Client', standardise: 'companyName' },
          leadEmail: { column: 'Lead', standardise: 'email' },
          phase: {
            column: 'Phase',
            values: { Proposal: 'PROPOSAL', Kickoff: 'KICKOFF', Delivery: 'DELIVERY', Review: 'REVIEW', Closed: 'CLOSED' },
          },
          health: { column: 'Health', values: { Green: 'GREEN', Amber: 'AMBER', Red: 'RED' } },
          startDate: { column: 'Start', standardise: 'date', dateFormat: 'dd/MM/yyyy' },
          endDate: { column: 'Due', standardise: 'date', dateFormat: 'dd/MM/yyyy' },
          budgetHours: { column: 'Budget hours', standardise: 'decimal' },
        },
      },
    },
  },
};
