import { addDays, addMonths } from '../../../lib/dates.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { refuseTerminated, type Reference } from '../../../lib/references.ts';
import { flag } from '../../../lib/store/columns.ts';
import { rowReference } from '../../../lib/imports/run.ts';
import { writePath } from '../../../lib/writes/mutation.ts';
import { transition } from '../../../lib/writes/transition.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { CrmContext } from '../context.ts';
import { importClients } from '../imports.ts';
import * as inputs from '../inputs.ts';
import { clientLifecycle, contractLifecycle, dealLifecycle } from '../lifecycles.ts';
import { mergeClients } from '../merge.ts';
import { clients, liveClientForWrite } from '../store/clients.ts';
import { activeContractOf, contacts, contracts, deals } from '../store/relationships.ts';

/**
 * Every CRM write, each through the one write path (lib/writes/mutation.ts: authorise, validate,
 * check references, then lock, check, write, audit and announce in one transaction). Only the
 * CRM's tables change.
 */

const mutation = writePath<CrmContext>();

function accountManagerReference(id: string | null | undefined): Reference[] {
  return id ? [{ typename: 'Employee', id, path: ['input', 'accountManagerId'], refuse: refuseTerminated }] : [];
}

/** One ACTIVE contract per client: checked for a clear answer; the contracts_one_active index settles races. */
const oneActiveContract = (id: string) =>
  ERRORS.CONFLICT.err(`The client of contract ${id} already has an ACTIVE contract; renew or cancel it first`, { entity: 'Contract', id });

export const Mutation: MutationResolvers = {
  createClient: mutation({
    args: inputs.createClientArgs,
    references: ({ input }) => accountManagerReference(input.accountManagerId),
    write: (trx, { input }) =>
      clients.insert(
        trx,
        {
          id: newId('cli'),
          name: input.name,
          domain: input.domain ?? null,
          industry: input.industry ?? null,
          country: input.country ?? null,
          status: input.status ?? 'PROSPECT',
          account_manager_id: input.accountManagerId ?? null,
        },
        input.externalIds,
      ),
  }),

  updateClient: mutation({
    args: inputs.updateClientArgs,
    references: ({ input }) => accountManagerReference(input.accountManagerId),
    write: async (trx, { id, input, expectedVersion }) => {
      const client = await liveClientForWrite(trx, id, expectedVersion);
      // Absent fields stay as they are; an explicit null clears an optional one.
      return clients.update(
        trx,
        client,
        {
          ...(input.name ? { name: input.name } : {}),
          ...(input.domain !== undefined ? { domain: input.domain } : {}),
          ...(input.industry !== undefined ? { industry: input.industry } : {}),
          ...(input.country !== undefined ? { country: input.country } : {}),
          ...(input.accountManagerId !== undefined ? { account_manager_id: input.accountManagerId } : {}),
        },
        input.externalIds,
      );
    },
  }),

  changeClientStatus: mutation({
    args: inputs.changeClientStatusArgs,
    write: (trx, { id, status, expectedVersion }) => transition(trx, clients, clientLifecycle, { id, expectedVersion, to: status }),
  }),

  addContact: mutation({
    args: inputs.addContactArgs,
    write: async (trx, { clientId, input }) => {
      await liveClientForWrite(trx, clientId);
      return contacts.insert(
        trx,
        {
          id: newId('con'),
          client_id: clientId,
          name: input.name,
          email: input.email,
          phone: input.phone ?? null,
          title: input.title ?? null,
        },
        input.externalIds,
      );
    },
  }),

  createContract: mutation({
    args: inputs.createContractArgs,
    write: async (trx, { clientId, input }) => {
      await liveClientForWrite(trx, clientId);
      return contracts.insert(trx, {
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
    },
  }),

  activateContract: mutation({
    args: inputs.contractTransitionArgs,
    write: (trx, { id, expectedVersion }) =>
      transition(trx, contracts, contractLifecycle, { id, expectedVersion, to: 'ACTIVE' }, async (contract) => {
        if (await activeContractOf(trx, contract.client_id)) throw oneActiveContract(id);
        return {};
      }),
    conflict: ({ id }) => oneActiveContract(id),
  }),

  renewContract: mutation({
    args: inputs.renewContractArgs,
    write: async (trx, { id, input, expectedVersion }) => {
      const current = await transition(trx, contracts, contractLifecycle, { id, expectedVersion, to: 'RENEWED' });
      const startDate = addDays(current.end_date, 1);
      const endDate = input?.endDate ?? addMonths(current.end_date, 12);
      if (endDate <= startDate) {
        throw ERRORS.BAD_USER_INPUT.err(`endDate must be after ${startDate}, the day the renewal starts`, {
          fields: [{ path: ['input', 'endDate'], message: `must be after ${startDate}` }],
        });
      }
      return contracts.insert(trx, {
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
    },
  }),

  cancelContract: mutation({
    args: inputs.contractTransitionArgs,
    write: (trx, { id, expectedVersion }) => transition(trx, contracts, contractLifecycle, { id, expectedVersion, to: 'CANCELLED' }),
  }),

  createDeal: mutation({
    args: inputs.createDealArgs,
    write: async (trx, { clientId, input }) => {
      await liveClientForWrite(trx, clientId);
      return deals.insert(trx, {
        id: newId('dea'),
        client_id: clientId,
        title: input.title,
        amount_minor: Number(input.amount.minor),
        currency: input.amount.currency,
        stage: 'LEAD',
        expected_close_date: input.expectedCloseDate ?? null,
      });
    },
  }),

  moveDeal: mutation({
    args: inputs.moveDealArgs,
    write: (trx, { id, stage, expectedVersion }) => transition(trx, deals, dealLifecycle, { id, expectedVersion, to: stage }),
  }),

  // The fields' rule, the re-pointing and the tombstone: ../merge.ts.
  mergeClients: mutation({
    args: inputs.mergeClientsArgs,
    write: (trx, args) => mergeClients(trx, args),
    // Another write activated a contract meanwhile: the survivor would have two ACTIVE ones.
    conflict: ({ survivorId, mergedId }) =>
      ERRORS.CONFLICT.err(`Clients ${survivorId} and ${mergedId} both have an ACTIVE contract; cancel or renew one of them first`, {
        entity: 'Client',
        id: mergedId,
      }),
  }),

  importClients: mutation({
    args: inputs.importClientsArgs,
    rowReferences: ({ rows }) =>
      rows.flatMap((parsed, index) =>
        parsed.ok && parsed.row.accountManagerId
          ? [rowReference(index, 'accountManagerId', { typename: 'Employee', id: parsed.row.accountManagerId, refuse: refuseTerminated })]
          : [],
      ),
    write: (trx, input, _context, refusals) => importClients(trx, input, refusals),
  }),
};
