import { addDays, today } from '../../lib/dates.ts';
import { countRows, recordsWithValues, refusedBy, type EntityChecks, type ValueRule } from '../../lib/quality/report.ts';
import { fields } from '../../lib/validation.ts';
import type { CrmContext } from './context.ts';

/** An active client nobody has changed for this long is probably not looked after. */
const STALE_CLIENT_DAYS = 365;
const OPEN_DEAL_STAGES = ['LEAD', 'QUALIFIED', 'PROPOSAL'] as const;

/** What crm checks of its own data for `crmDataQuality` (lib/quality/report.ts runs and counts them). */
export function crmQualityChecks({ db, references }: CrmContext): EntityChecks[] {
  const clients = db.selectFrom('clients');
  const count = (table: string) => () => countRows(db, table);
  const missing = (column: 'domain' | 'country' | 'account_manager_id', field: string) => ({
    kind: 'MISSING_FIELD' as const,
    field,
    description: `Prospects and active clients without ${field === 'accountManager' ? 'an account manager' : `a ${field}`}`,
    find: async () =>
      (await clients.select('id').where(column, 'is', null).where('status', '!=', 'CHURNED').execute()).map(({ id }) => ({
        id,
        problem: `no ${field}`,
      })),
  });
  const invalid = (column: 'domain' | 'country', rule: ValueRule, what: string) => ({
    kind: 'INVALID_FORMAT' as const,
    field: column,
    description: `Clients whose ${column} is not ${what}`,
    find: () => recordsWithValues(db, 'clients', column, refusedBy(rule), (value) => `${column} ${JSON.stringify(value)} is not ${what}`),
  });
  return [
    {
      entityType: 'Client',
      records: count('clients'),
      checks: [
        missing('domain', 'domain'),
        missing('country', 'country'),
        missing('account_manager_id', 'accountManager'),
        invalid('domain', fields.webDomain, 'a domain name such as acme.com'),
        invalid('country', fields.countryCode, 'an ISO 3166-1 alpha-2 code'),
        {
          kind: 'UNKNOWN_REFERENCE',
          field: 'accountManager',
          description: 'Clients whose account manager hr does not have',
          find: () =>
            recordsWithValues(
              db,
              'clients',
              'account_manager_id',
              (ids) => references.missing('Employee', ids),
              (id) => `account manager ${id} is not an hr employee`,
            ),
        },
        {
          kind: 'STALE',
          field: null,
          description: `Active clients nobody has changed for ${STALE_CLIENT_DAYS} days`,
          find: async () =>
            (
              await clients
                .select(['id', 'updated_at'])
                .where('status', '=', 'ACTIVE')
                .where('updated_at', '<', addDays(today(), -STALE_CLIENT_DAYS))
                .execute()
            ).map((row) => ({ id: row.id, problem: `last changed ${row.updated_at.slice(0, 10)}` })),
        },
      ],
    },
    {
      entityType: 'Contact',
      records: count('contacts'),
      checks: [
        {
          kind: 'INVALID_FORMAT',
          field: 'email',
          description: 'Contacts whose email is not a valid address',
          find: () =>
            recordsWithValues(
              db,
              'contacts',
              'email',
              refusedBy(fields.email),
              (value) => `email ${JSON.stringify(value)} is not a valid address`,
            ),
        },
      ],
    },
    {
      entityType: 'Deal',
      records: count('deals'),
      checks: [
        {
          kind: 'MISSING_FIELD',
          field: 'expectedCloseDate',
          description: 'Open deals without an expected close date',
          find: async () =>
            (
              await db
                .selectFrom('deals')
                .select('id')
                .where('stage', 'in', OPEN_DEAL_STAGES)
                .where('expected_close_date', 'is', null)
                .execute()
            ).map(({ id }) => ({ id, problem: 'open, with no expected close date' })),
        },
        {
          kind: 'STALE',
          field: 'expectedCloseDate',
          description: 'Open deals past their expected close date',
          find: async () =>
            (
              await db
                .selectFrom('deals')
                .select(['id', 'stage', 'expected_close_date'])
                .where('stage', 'in', OPEN_DEAL_STAGES)
                .where('expected_close_date', '<', today())
                .execute()
            ).map((row) => ({ id: row.id, problem: `still ${row.stage}, expected to close ${row.expected_close_date ?? ''}` })),
        },
      ],
    },
    {
      entityType: 'Contract',
      records: count('contracts'),
      checks: [
        {
          kind: 'STALE',
          field: 'endDate',
          description: 'Active contracts past their end date, neither renewed nor ended',
          find: async () =>
            (
              await db
                .selectFrom('contracts')
                .select(['id', 'end_date'])
                .where('status', '=', 'ACTIVE')
                .where('end_date', '<', today())
                .execute()
            ).map((row) => ({ id: row.id, problem: `ACTIVE, ended ${row.end_date}` })),
        },
      ],
    },
  ];
}
