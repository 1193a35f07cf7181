import { sql, type Kysely } from 'kysely';
import type { CrmDatabase } from './schema.ts';

/**
 * The reads duplicate candidates are built from (../duplicates.ts). Clients are few columns and
 * read whole; contacts, several times as many, are blocked here in SQL: only those sharing an
 * email, a phone number, or a name within one client are read at all.
 */

type Db = Kysely<CrmDatabase>;

export interface ClientForMatching {
  id: string;
  name: string;
  domain: string | null;
  created_at: string;
}

/** Every live client (tombstones left out), with what matching looks at. */
export function clientsForMatching(db: Db): Promise<ClientForMatching[]> {
  return db.selectFrom('clients').select(['id', 'name', 'domain', 'created_at']).where('status', '!=', 'MERGED').execute();
}

/** Contact emails found on more than one client, with each client that has one. */
export function sharedContactEmails(db: Db): Promise<{ email: string; client_id: string }[]> {
  const shared = db
    .selectFrom('contacts')
    .select('email')
    .groupBy('email')
    .having(sql`count(distinct client_id)`, '>', 1);
  return db.selectFrom('contacts').select(['email', 'client_id']).distinct().where('email', 'in', shared).execute();
}

export interface ContactForMatching {
  id: string;
  client_id: string;
  name: string;
  email: string;
  phone: string | null;
  created_at: string;
}

/** Contacts that share an email, a phone number, or (within one client) a name, case aside, with another contact. */
export function contactsSharingSomething(db: Db): Promise<ContactForMatching[]> {
  const columns = ['id', 'client_id', 'name', 'email', 'phone', 'created_at'] as const;
  const sharedEmails = db
    .selectFrom('contacts')
    .select('email')
    .groupBy('email')
    .having(sql`count(*)`, '>', 1);
  const sharedPhones = db
    .selectFrom('contacts')
    .select('phone')
    .where('phone', 'is not', null)
    .groupBy('phone')
    .having(sql`count(*)`, '>', 1);
  // One client's contacts by name, case aside: the same person entered twice.
  const clientAndName = sql<string>`client_id || ' ' || lower(name)`;
  const sharedNames = db
    .selectFrom('contacts')
    .select(clientAndName.as('client_name'))
    .groupBy(clientAndName)
    .having(sql`count(*)`, '>', 1);
  return db
    .selectFrom('contacts')
    .select(columns)
    .where((eb) => eb.or([eb('email', 'in', sharedEmails), eb('phone', 'in', sharedPhones), eb(clientAndName, 'in', sharedNames)]))
    .execute();
}
