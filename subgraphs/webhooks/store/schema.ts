import type { Generated, Selectable } from 'kysely';
import type { Flag, VersionedColumns } from '../../../lib/store/columns.ts';
import type { PlatformTables } from '../../../lib/store/platform.ts';

/** A registered receiver. Versioned and audited like every owned entity; its secret lives apart (webhook_secrets). */
export interface EndpointRow extends VersionedColumns {
  /** `whe_…` */
  id: string;
  url: string;
  /** JSON array of type patterns (`Client.*`, `Invoice.issued`). */
  types: string;
  description: string | null;
  enabled: Flag;
  /** When the signing secret last changed (creation or rotation): the audited trace of a rotation. */
  secret_rotated_at: string;
  /** Set when deleted: a deleted endpoint is gone from every query and gets nothing more. */
  deleted_at: string | null;
}

/**
 * The signing secret, kept out of the endpoint row so that it never reaches the audit log or
 * an event (both record every changed column).
 */
export interface SecretRow {
  endpoint_id: string;
  secret: string;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'DEAD';

/** One event owed to one endpoint; unique per (endpoint, event), so a redelivered event adds nothing. */
export interface DeliveryRow {
  /** Dispatch order, which is bus order: due deliveries go out oldest first. */
  seq: Generated<number>;
  /** `whd_…` */
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  /** The exact bytes POSTed (the ChangeEvent as JSON), so every attempt sends, and signs, the same body. */
  body: string;
  status: DeliveryStatus;
  attempt_count: number;
  /** When the worker may take it next (PENDING only); a claim pushes it out by a lease. */
  next_attempt_at: string | null;
  /** First attempt since it was queued (or replayed): the retry window is measured from here. */
  first_attempt_at: string | null;
  last_attempt_at: string | null;
  created_at: string;
}

/** A delivery as read, its `seq` assigned. */
export type Delivery = Selectable<DeliveryRow>;

export interface AttemptRow {
  /** `wha_…` */
  id: string;
  delivery_id: string;
  /** 1 for the first attempt of the delivery, counting on across replays. */
  number: number;
  attempted_at: string;
  /** The receiver's HTTP status; null when no response came (refused, timed out). */
  status_code: number | null;
  duration_ms: number;
  error: string | null;
}

export interface WebhooksDatabase extends PlatformTables {
  webhook_endpoints: EndpointRow;
  webhook_secrets: SecretRow;
  webhook_deliveries: DeliveryRow;
  webhook_attempts: AttemptRow;
}
