/** The four business domains. Order is the order of ports (4001–4004) and of start-up. */
export const DOMAINS = ['crm', 'accounting', 'hr', 'projects'] as const;
export type Domain = (typeof DOMAINS)[number];

export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

/** Webhook endpoints, deliveries and attempts: a system of record, but not a business domain (it owns no entity). */
export const WEBHOOKS = 'webhooks';

/**
 * Every system of record: a subgraph with its own store, served over HTTP by its own process
 * (`recordgraph serve <name>`). The four business domains, then webhooks; the order of ports
 * (4001–4005) and of start-up.
 */
export const SYSTEMS_OF_RECORD = [...DOMAINS, WEBHOOKS] as const;
export type RecordSystem = (typeof SYSTEMS_OF_RECORD)[number];

export function isRecordSystem(value: string): value is RecordSystem {
  return (SYSTEMS_OF_RECORD as readonly string[]).includes(value);
}

/** Default listen port of each service; the gateway is 4000. */
export const DEFAULT_PORTS: Record<RecordSystem | 'gateway', number> = {
  gateway: 4000,
  crm: 4001,
  accounting: 4002,
  hr: 4003,
  projects: 4004,
  webhooks: 4005,
};

// The owner of every entity type lives in the one ownership registry, checked by `npm run check`.
export { ENTITY_OWNERS, type OwnedEntity } from './ownership/registry.ts';

/**
 * Which other domains each domain must reach: the owners of the entities its writes point at,
 * and the domains its automation rules ask (accounting reads a closed project's time from
 * projects; projects reads a won deal from crm). Webhooks asks nobody: it hears the bus.
 */
export const REFERENCED_OWNERS: Record<RecordSystem, readonly Domain[]> = {
  crm: ['hr'],
  accounting: ['crm', 'projects'],
  hr: [],
  projects: ['crm', 'hr'],
  webhooks: [],
};
