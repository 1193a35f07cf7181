import { loadManifest, operationNames } from '../operations/manifest.ts';

/**
 * Operations the services send each other (reference checks, automation rules): the product's
 * own, so they keep their names in metrics. Named here by hand because lib may not import the
 * subgraphs that define them (subgraphs/projects/automation.ts, subgraphs/accounting/automation.ts).
 */
export const WELL_KNOWN_OPERATIONS: readonly string[] = ['CheckReferences', 'DealForProject', 'ClosedProjectTime'];

/** What a request whose name is not the product's is counted as. */
export const OTHER_OPERATION = 'other';
/** What a request without an operation name is counted as. */
export const ANONYMOUS_OPERATION = 'anonymous';

let product: ReadonlySet<string> | undefined;

/** The product's operation names: the trusted-documents manifest's and the well-known ones (read once). */
export function productOperationNames(): ReadonlySet<string> {
  product ??= new Set([...operationNames(loadManifest()), ...WELL_KNOWN_OPERATIONS]);
  return product;
}

/**
 * Metric label values for operation names, bounded by construction: a registered or well-known
 * name keeps its name, and so does the gateway's fetch of one from this subgraph
 * (`ClientOverview__crm__0`: the query planner names fetches `<operation>__<subgraph>__<n>`);
 * anything else — whatever a caller typed — is one value, `other`, so `query Rand123` cannot add
 * a series.
 */
export class OperationLabels {
  private readonly known: ReadonlySet<string>;

  constructor(
    private readonly service: string,
    extra: Iterable<string> = [],
  ) {
    this.known = new Set([...productOperationNames(), ...extra]);
  }

  label(name: string | null): string {
    if (name === null) return ANONYMOUS_OPERATION;
    if (this.known.has(name)) return name;
    const fetch = /^(.+)__([A-Za-z0-9_]+?)__(\d{1,2})$/.exec(name);
    if (fetch?.[1] !== undefined && fetch[2] === this.service && this.known.has(fetch[1])) return name;
    return OTHER_OPERATION;
  }
}
