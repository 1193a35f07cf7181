import type { Kysely } from 'kysely';
import { addDays, addMonths } from '../../../lib/dates.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { assertTransition } from '../../../lib/lifecycle.ts';
import { refuseTerminated, type Reference } from '../../../lib/references.ts';
import { flag } from '../../../lib/store/columns.ts';
import { refusingDuplicates } from '../../../lib/store/database.ts';
import { assertVersion, readForWrite } from '../../../lib/store/versions.ts';
import { validate } from '../../../lib/validation.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import * as inputs from '../inputs.ts';
import { clientLifecycle, contractLifecycle, dealLifecycle } from '../lifecycles.ts';
import { insertClient, updateClient } from '../store/clients.ts';
import { insertContact, insertContract, insertDeal, updateContract, updateDeal } from '../store/relationships.ts';
import type { ClientRow, ContractRow, CrmDatabase, DealRow } from '../store/schema.ts';

/**
 * Every CRM write: validate (zod), confirm references with their owners, then change only the
 * CRM's tables in one transaction, reading rows inside it so versions are checked against
 * what is actually there.
 */

type Db = Kysely<CrmDatabase>;

const clientFor = (db: Db, id: string) => readForWrite<ClientRow, CrmDatabase>(db, 'clients', 'Client', id);
const contractFor = (db: Db, id: string) => readForWrite<ContractRow, CrmDatabase>(db, 'contracts', 'Contract', id);
const dealFor = (db: Db, id: string) => readForWrite<DealRow, CrmDatabase>(db, 'deals', 'Deal', id);

function accountManagerReference(id: string | null | undefined): Reference[] {
  return id ? [{ typename: 'Employee', id, path: ['input', 'accountManagerId'], refuse: refuseTerminated }] : [];
}

export const Mutation: MutationResolvers = {
  createClient: async (_, args, { db, references }) => {
    const { input } = validate(inputs.createClientArgs, args);
    await references.assertReferences(accountManagerReference(input.accountManagerId));
    return db.transaction().execute((trx) =>
      insertClient(trx, {
        id: newId('cli'),
        name: input.name,
        domain: input.domain ?? null,
        industry: input.industry ?? null,
        country: input.country ?? null,
        status: input.status ?? 'PROSPECT',
        account_manager_id: input.accountManagerId ?? null,
      }),
    );
  },

  updateClient: async (_, args, { db, references }) => {
    const { id, input, expectedVersion } = validate(inputs.updateClientArgs, args);
    await references.assertReferences(accountManagerReference(input.accountManagerId));
    return db.transaction().execute(async (trx) => {
      const client = await clientFor(trx, id);
      assertVersion('Client', client, expectedVersion);
      // Absent fields stay as they are; an explicit null clears an optional one.
      return updateClient(trx, client, {
        ...(input.name ? { name: input.name } : {}),
        ...(input.domain !== undefined ? { domain: input.domain } : {}),
        ...(input.industry !== undefined ? { industry: input.industry } : {}),
        ...(input.country !== undefined ? { country: input.country } : {}),
        ...(input.accountManagerId !== undefined ? { account_manager_id: input.accountManagerId } : {}),
      });
    });
  },

  changeClientStatus: async (_, args, { db }) => {
    const { id, status, expectedVersion } = validate(inputs.changeClientStatusArgs, args);
    return db.transaction().execute(async (trx) => {
      const client = await clientFor(trx, id);
      assertVersion('Client', client, expectedVersion);
      assertTransition(clientLifecycle, id, client.status, status);
      return updateClient(trx, client, { status });
    });
  },

  addContact: async (_, args, { db }) => {
    const { clientId, input } = validate(inputs.addContactArgs, args);
    return db.transaction().execute(async (trx) => {
      await clientFor(trx, clientId);
      return insertContact(trx, {
        id: newId('con'),
        client_id: clientId,
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        title: input.title ?? null,
      });
    });
  },

  createContract: async (_, args, { db }) => {
    const { clientId, input } = validate(inputs.createContractArgs, args);
    return db.transaction().execute(async (trx) => {
      await clientFor(trx, clientId);
      return insertContract(trx, {
        id: newId('ctr'),
        client_id: clientId,
        start_date: input.startDate,
        end_date: input.endDate,
        annual_value_minor: Number(input.annualValue.minor),
        currency: input.annualValue.currency,
        auto_renew: flag(input.autoRenew ?? false),
        status: 'DRAFT',
        renews_contract_id: null,
      });
    });
  },

  activateContract: async (_, args, { db }) => {
    const { id, expectedVersion } = validate(inputs.contractTransitionArgs, args);
    const oneActive = () =>
      ERRORS.CONFLICT.err(`The client of contract ${id} already has an ACTIVE contract; renew or cancel it first`, {
        entity: 'Contract',
        id,
      });
    return refusingDuplicates(
      () =>
        db.transaction().execute(async (trx) => {
          const contract = await contractFor(trx, id);
          assertVersion('Contract', contract, expectedVersion);
          assertTransition(contractLifecycle, id, contract.status, 'ACTIVE');
          // Checked here for a clear answer; the contracts_one_active index settles races.
          const active = await trx
            .selectFrom('contracts')
            .select('id')
            .where('client_id', '=', contract.client_id)
            .where('status', '=', 'ACTIVE')
            .executeTakeFirst();
          if (active) throw oneActive();
          return updateContract(trx, contract, { status: 'ACTIVE' });
        }),
      oneActive,
    );
  },

  renewContract: async (_, args, { db }) => {
    const { id, input, expectedVersion } = validate(inputs.renewContractArgs, args);
    return db.transaction().execute(async (trx) => {
      const current = await contractFor(trx, id);
      assertVersion('Contract', current, expectedVersion);
      assertTransition(contractLifecycle, id, current.status, 'RENEWED');
      const startDate = addDays(current.end_date, 1);
      const endDate = input?.endDate ?? addMonths(current.end_date, 12);
      if (endDate <= startDate) {
        throw ERRORS.BAD_USER_INPUT.err(`endDate must be after ${startDate}, the day the renewal starts`, {
          fields: [{ path: ['input', 'endDate'], message: `must be after ${startDate}` }],
        });
      }
      await updateContract(trx, current, { status: 'RENEWED' });
      return insertContract(trx, {
        id: newId('ctr'),
        client_id: current.client_id,
        start_date: startDate,
        end_date: endDate,
        annual_value_minor: input?.annualValue ? Number(input.annualValue.minor) : current.annual_value_minor,
        currency: input?.annualValue?.currency ?? current.currency,
        auto_renew: current.auto_renew,
        status: 'ACTIVE',
        renews_contract_id: current.id,
      });
    });
  },

  cancelContract: async (_, args, { db }) => {
    const { id, expectedVersion } = validate(inputs.contractTransitionArgs, args);
    return db.transaction().execute(async (trx) => {
      const contract = await contractFor(trx, id);
      assertVersion('Contract', contract, expectedVersion);
      assertTransition(contractLifecycle, id, contract.status, 'CANCELLED');
      return updateContract(trx, contract, { status: 'CANCELLED' });
    });
  },

  createDeal: async (_, args, { db }) => {
    const { clientId, input } = validate(inputs.createDealArgs, args);
    return db.transaction().execute(async (trx) => {
      await clientFor(trx, clientId);
      return insertDeal(trx, {
        id: newId('dea'),
        client_id: clientId,
        title: input.title,
        amount_minor: Number(input.amount.minor),
        currency: input.amount.currency,
        stage: 'LEAD',
        expected_close_date: input.expectedCloseDate ?? null,
      });
    });
  },

  moveDeal: async (_, args, { db }) => {
    const { id, stage, expectedVersion } = validate(inputs.moveDealArgs, args);
    return db.transaction().execute(async (trx) => {
      const deal = await dealFor(trx, id);
      assertVersion('Deal', deal, expectedVersion);
      assertTransition(dealLifecycle, id, deal.stage, stage);
      return updateDeal(trx, deal, { stage });
    });
  },
};
