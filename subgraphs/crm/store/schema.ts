import type { Selectable } from 'kysely';
import type { Flag, ScaledInt, VersionedColumns } from '../../../lib/store/columns.ts';
import type { ExternalIdTables } from '../../../lib/external-ids/table.ts';
import type { PlatformTables } from '../../../lib/store/platform.ts';
import type { ClientStatus, ContractStatus, DealStage, Health, Money } from '../__generated__/resolvers-types.ts';

/** The CRM's tables. Another domain's entity appears only as an id (`account_manager_id`). */
export interface CrmDatabase extends PlatformTables, ExternalIdTables {
  clients: ClientTable;
  contacts: ContactTable;
  deals: DealTable;
  contracts: ContractTable;
}

export interface ClientTable extends VersionedColumns {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  country: string | null;
  status: ClientStatus;
  account_manager_id: string | null;
  /** The survivor, for a MERGED client; null for any other. */
  merged_into_id: string | null;
}

export interface ContactTable extends VersionedColumns {
  id: string;
  client_id: string;
  name: string;
  email: string;
  phone: string | null;
  title: string | null;
}

export interface DealTable extends VersionedColumns {
  id: string;
  client_id: string;
  title: string;
  amount_minor: ScaledInt;
  currency: string;
  stage: DealStage;
  expected_close_date: string | null;
}

export interface ContractTable extends VersionedColumns {
  id: string;
  client_id: string;
  start_date: string;
  end_date: string;
  annual_value_minor: ScaledInt;
  currency: string;
  auto_renew: Flag;
  status: ContractStatus;
  renews_contract_id: string | null;
}

/** Only mergeClients sets `merged_into_id`, so no other insert has to name it (the column defaults to null). */
export type ClientRow = Omit<Selectable<ClientTable>, 'merged_into_id'> & { merged_into_id?: string | null };
export type ContactRow = Selectable<ContactTable>;
export type DealRow = Selectable<DealTable>;
export type ContractRow = Selectable<ContractTable>;

/**
 * A Client as resolvers see it: the stored row plus, when the gateway is resolving `renewal`,
 * the facts other domains supplied through @requires.
 */
export type ClientParent = ClientRow & {
  overdue?: Money | null;
  deliveryHealth?: Health | null;
};
