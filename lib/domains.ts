/** The four systems of record. Order is the order of ports (4001–4004) and of start-up. */
export const DOMAINS = ['crm', 'accounting', 'hr', 'projects'] as const;
export type Domain = (typeof DOMAINS)[number];

export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

/** Default listen port of each service; the gateway is 4000. */
export const DEFAULT_PORTS: Record<Domain | 'gateway', number> = {
  gateway: 4000,
  crm: 4001,
  accounting: 4002,
  hr: 4003,
  projects: 4004,
};

/**
 * The owner of every entity type that another domain references (DESIGN.md rule 1). A write that
 * points at one of these asks its owner whether it exists (lib/references.ts).
 */
export const ENTITY_OWNERS = {
  Client: 'crm',
  Employee: 'hr',
  Invoice: 'accounting',
  Project: 'projects',
} as const satisfies Record<string, Domain>;

export type OwnedEntity = keyof typeof ENTITY_OWNERS;

/** Which other domains' entities each domain's writes point at, so which owners it must reach. */
export const REFERENCED_OWNERS: Record<Domain, readonly Domain[]> = {
  crm: ['hr'],
  accounting: ['crm'],
  hr: [],
  projects: ['crm', 'hr'],
};
