import { z } from 'zod';
import { externalIdsInput, externalIdText } from '../../lib/external-ids/fields.ts';
import { importArgs } from '../../lib/imports/args.ts';
import { fields, moneyInput } from '../../lib/validation.ts';

/** zod schemas for the CRM's mutation arguments; `validate` turns a failure into BAD_USER_INPUT. */

const employeeId = fields.id('emp');

/** What a client is given when it is created, by createClient or by an import's new row. */
const newClient = {
  name: fields.name,
  domain: fields.webDomain.nullish(),
  industry: fields.name.nullish(),
  country: fields.countryCode.nullish(),
  status: z.enum(['PROSPECT', 'ACTIVE', 'CHURNED']).nullish(),
  accountManagerId: employeeId.nullish(),
};

export const createClientArgs = z.object({
  input: z.object({ ...newClient, externalIds: externalIdsInput }),
});

export const updateClientArgs = z.object({
  id: fields.id('cli'),
  input: z
    .object({
      name: fields.name.nullish(),
      domain: fields.webDomain.nullish(),
      industry: fields.name.nullish(),
      country: fields.countryCode.nullish(),
      accountManagerId: employeeId.nullish(),
      externalIds: externalIdsInput,
    })
    .refine((input) => input.name !== null, { error: 'name cannot be cleared', path: ['name'] }),
  expectedVersion: fields.expectedVersion,
});

export const addContactArgs = z.object({
  clientId: fields.id('cli'),
  input: z.object({
    name: fields.name,
    email: fields.email,
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,30}$/, 'must be a phone number')
      .nullish(),
    title: fields.name.nullish(),
    externalIds: externalIdsInput,
  }),
});

/** One row of importClients; absent fields stay as they are, null clears an optional one. */
export const importClientsArgs = importArgs(z.object({ externalId: externalIdText, ...newClient }));

export const createContractArgs = z.object({
  clientId: fields.id('cli'),
  input: z
    .object({
      startDate: fields.isoDate,
      endDate: fields.isoDate,
      annualValue: moneyInput,
      autoRenew: z.boolean().nullish(),
    })
    .refine((input) => input.endDate > input.startDate, { error: 'must be after startDate', path: ['endDate'] }),
});

export const renewContractArgs = z.object({
  id: fields.id('ctr'),
  input: z.object({ endDate: fields.isoDate.nullish(), annualValue: moneyInput.nullish() }).nullish(),
  expectedVersion: fields.expectedVersion,
});

export const createDealArgs = z.object({
  clientId: fields.id('cli'),
  input: z.object({
    title: fields.name,
    amount: moneyInput,
    expectedCloseDate: fields.isoDate.nullish(),
  }),
});

/** Lifecycle changes: the id must be of the right kind and a version one this API returned. */
const transition = (prefix: string) => z.object({ id: fields.id(prefix), expectedVersion: fields.expectedVersion });

export const changeClientStatusArgs = transition('cli').extend({ status: z.enum(['PROSPECT', 'ACTIVE', 'CHURNED']) });
export const contractTransitionArgs = transition('ctr');
export const moveDealArgs = transition('dea').extend({ stage: z.enum(['LEAD', 'QUALIFIED', 'PROPOSAL', 'WON', 'LOST']) });

const mergeSide = z.enum(['SURVIVOR', 'MERGED']).nullish();

export const mergeClientsArgs = z
  .object({
    survivorId: fields.id('cli'),
    mergedId: fields.id('cli'),
    fields: z.object({ name: mergeSide, domain: mergeSide, industry: mergeSide, country: mergeSide, accountManager: mergeSide }).nullish(),
    expectedSurvivorVersion: fields.expectedVersion,
    expectedMergedVersion: fields.expectedVersion,
  })
  .refine((args) => args.survivorId !== args.mergedId, { error: 'must differ from survivorId', path: ['mergedId'] });

/** duplicateCandidates' arguments: how many pairs of each kind, and the lowest score worth showing. */
export const duplicateCandidatesArgs = z.object({
  first: z.number().int().min(0).max(500),
  minScore: z.number().min(0).max(1),
});

/** clients' filters and order (the page itself is checked by pageRequest). */
export const clientsArgs = z.object({
  status: z.enum(['PROSPECT', 'ACTIVE', 'CHURNED', 'MERGED']).nullish(),
  search: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .nullish()
    .transform((value) => value || null),
  orderBy: z
    .enum(['NAME_ASC', 'NAME_DESC'])
    .nullish()
    .transform((value) => value ?? 'NAME_ASC'),
});
