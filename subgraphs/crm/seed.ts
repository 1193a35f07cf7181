import type { Kysely } from 'kysely';
import type { DemoPlan } from '../../lib/demo/plan.ts';
import { insertChunked } from '../../lib/store/bulk.ts';
import { flag } from '../../lib/store/columns.ts';
import type { CrmDatabase } from './store/schema.ts';

/** Writes the CRM's part of the demo company: clients, contacts, contracts, deals. */
export async function seedCrm(db: Kysely<CrmDatabase>, plan: DemoPlan): Promise<void> {
  const stamp = { version: 1, created_at: plan.createdAt, updated_at: plan.createdAt };
  await db.transaction().execute(async (trx) => {
    await insertChunked(
      plan.clients.map((client) => ({
        id: client.id,
        name: client.name,
        domain: client.domain,
        industry: client.industry,
        country: client.country,
        status: client.status,
        account_manager_id: client.accountManagerId,
        ...stamp,
      })),
      (rows) => trx.insertInto('clients').values(rows).execute(),
    );
    await insertChunked(
      plan.contacts.map((contact) => ({
        id: contact.id,
        client_id: contact.clientId,
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        title: contact.title,
        ...stamp,
      })),
      (rows) => trx.insertInto('contacts').values(rows).execute(),
    );
    // Renewed terms first: a renewal points at the contract it renews.
    const ordered = [...plan.contracts].sort((a, b) => Number(a.renewsContractId !== null) - Number(b.renewsContractId !== null));
    await insertChunked(
      ordered.map((contract) => ({
        id: contract.id,
        client_id: contract.clientId,
        start_date: contract.startDate,
        end_date: contract.endDate,
        annual_value_minor: contract.annualValueMinor,
        currency: contract.currency,
        auto_renew: flag(contract.autoRenew),
        status: contract.status,
        renews_contract_id: contract.renewsContractId,
        ...stamp,
      })),
      (rows) => trx.insertInto('contracts').values(rows).execute(),
    );
    await insertChunked(
      plan.deals.map((deal) => ({
        id: deal.id,
        client_id: deal.clientId,
        title: deal.title,
        amount_minor: deal.amountMinor,
        currency: deal.currency,
        stage: deal.stage,
        expected_close_date: deal.expectedCloseDate,
        ...stamp,
      })),
      (rows) => trx.insertInto('deals').values(rows).execute(),
    );
  });
}
