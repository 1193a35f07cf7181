import type { Kysely } from 'kysely';
import { demoParts, type DemoSource, type SeedProgress } from '../../lib/demo/plan.ts';
import { bulkLoad } from '../../lib/store/bulk.ts';
import { flag } from '../../lib/store/columns.ts';
import type { CrmDatabase } from './store/schema.ts';

/** Writes the CRM's part of the demo company, a chunk of whole clients at a time: clients, contacts, contracts, deals. */
export async function seedCrm(db: Kysely<CrmDatabase>, source: DemoSource, progress: SeedProgress = () => {}): Promise<void> {
  const plan = demoParts(source);
  const stamp = { version: 1, created_at: plan.createdAt, updated_at: plan.createdAt };
  await bulkLoad(db, ['clients', 'contacts', 'contracts', 'deals'], async (writer) => {
    for (const chunk of plan.crm()) {
      await writer.insert(
        'clients',
        chunk.clients.map((client) => ({
          id: client.id,
          name: client.name,
          domain: client.domain,
          industry: client.industry,
          country: client.country,
          status: client.status,
          account_manager_id: client.accountManagerId,
          ...stamp,
        })),
      );
      await writer.insert(
        'contacts',
        chunk.contacts.map((contact) => ({
          id: contact.id,
          client_id: contact.clientId,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          title: contact.title,
          ...stamp,
        })),
      );
      // Renewed terms first: a renewal points at the contract it renews (a chunk holds whole clients, so both).
      const ordered = [...chunk.contracts].sort((a, b) => Number(a.renewsContractId !== null) - Number(b.renewsContractId !== null));
      await writer.insert(
        'contracts',
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
      );
      await writer.insert(
        'deals',
        chunk.deals.map((deal) => ({
          id: deal.id,
          client_id: deal.clientId,
          title: deal.title,
          amount_minor: deal.amountMinor,
          currency: deal.currency,
          stage: deal.stage,
          expected_close_date: deal.expectedCloseDate,
          ...stamp,
        })),
      );
      progress(chunk.clients.length, chunk.clients.length + chunk.contacts.length + chunk.contracts.length + chunk.deals.length);
    }
  });
}
