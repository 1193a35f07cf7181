import { getDomain } from 'tldts';
import { formatScaled, minorDigits, parseScaled, type Money } from '../../lib/money.ts';
import { companyMatchKey } from '../../lib/standardise/company-name.ts';
import { GatewayRequestError, type GatewayQuery, type GraphQLAnswer } from '../gateway-client.ts';
import { IDENTIFIERS, type FactName, type Identifier, type Sheet, type SheetRow } from './sheet.ts';

/**
 * Reconciles a sheet with the systems of record, through the gateway only: each row is matched
 * to one client (by id, then external id, then web domain, then companyMatchKey of the name),
 * the owners' facts about the matched clients are read, and every fact the sheet states
 * differently is reported with the owning system (from `systemOfRecord`) and, for money, by how
 * much: sheet minus system, to the minor unit, in the currency the system reports it in.
 */

export interface Disagreement {
  line: number;
  clientId: string;
  clientName: string;
  fact: FactName;
  sheet: string;
  system: string;
  /** The subgraph that owns the fact, as the data inventory says. */
  owner: string;
  /** Sheet minus system, for money facts: "-1250.00"; null otherwise. */
  difference: string | null;
  currencyCode: string | null;
}

export interface RowProblem {
  line: number;
  kind: 'UNMATCHED' | 'AMBIGUOUS' | 'UNREADABLE';
  /** What the row was matched by (`domain acme.com`), or the fact that could not be read. */
  subject: string;
  message: string;
  /** Every client an ambiguous row could be. */
  candidates: string[];
}

export interface ReconcileReport {
  rows: number;
  matched: number;
  disagreements: Disagreement[];
  problems: RowProblem[];
  /** Per currency, the sum of the money differences (sheet minus system). */
  moneyDifference: Money[];
}

interface Fact {
  label: string;
  /** The Client field that holds it, whose owner the data inventory names. */
  field: string;
  select: string;
  kind: 'money' | 'person' | 'text';
}

export const FACTS: Readonly<Record<FactName, Fact>> = {
  revenue12m: { label: 'revenue last 12 months', field: 'revenue', select: 'revenue(months: 12) { amount currencyCode }', kind: 'money' },
  outstanding: { label: 'outstanding', field: 'outstanding', select: 'outstanding { amount currencyCode }', kind: 'money' },
  accountManager: { label: 'account manager', field: 'accountManager', select: 'accountManager { name email }', kind: 'person' },
  status: { label: 'status', field: 'status', select: 'status', kind: 'text' },
  country: { label: 'country', field: 'country', select: 'country', kind: 'text' },
};

interface DirectoryEntry {
  id: string;
  name: string;
  domain: string | null;
  externalIds: { system: string; id: string }[];
}

/** Clients per page when reading the directory (the largest page the API gives). */
const PAGE = 500;
/** Clients per request when reading facts: one alias each, inside the gateway's root-field limit. */
const FACTS_BATCH = 20;

export async function reconcile(sheet: Sheet, query: GatewayQuery): Promise<ReconcileReport> {
  const [directory, owners] = await Promise.all([readDirectory(query), readOwners(query)]);
  const index = indexDirectory(directory, sheet.externalIdSystem);
  const problems: RowProblem[] = [];
  const matched: { row: SheetRow; client: DirectoryEntry }[] = [];
  for (const row of sheet.rows) {
    const result = match(row, index);
    if ('client' in result) matched.push({ row, client: result.client });
    else problems.push(result.problem);
  }
  const facts = await readFacts(query, [...new Set(matched.map(({ client }) => client.id))]);
  const disagreements: Disagreement[] = [];
  for (const { row, client } of matched) {
    const system = facts.get(client.id) ?? {};
    for (const [fact, stated] of Object.entries(row.facts) as [FactName, string][]) {
      const compared = compare(FACTS[fact], stated, system[FACTS[fact].field]);
      if (compared === 'agree') continue;
      if ('unreadable' in compared) {
        problems.push({ line: row.line, kind: 'UNREADABLE', subject: FACTS[fact].label, message: compared.unreadable, candidates: [] });
        continue;
      }
      disagreements.push({
        line: row.line,
        clientId: client.id,
        clientName: client.name,
        fact,
        sheet: stated,
        owner: owners.get(FACTS[fact].field) ?? 'unknown',
        ...compared,
      });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows: sheet.rows.length, matched: matched.length, disagreements, problems, moneyDifference: totals(disagreements) };
}

function must<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors?.length || !answer.data) {
    const reasons = (answer.errors ?? []).map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ');
    throw new GatewayRequestError(`The gateway could not answer everything the reconciliation needs: ${reasons}`);
  }
  return answer.data;
}

async function readDirectory(query: GatewayQuery): Promise<DirectoryEntry[]> {
  const clients: DirectoryEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { clients: { edges: { node: DirectoryEntry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = must(
      await query(
        `query ReconcileDirectory($first: Int, $after: String) {
          clients(first: $first, after: $after) { edges { node { id name domain externalIds { system id } } } pageInfo { hasNextPage endCursor } }
        }`,
        { first: PAGE, after },
      ),
    );
    clients.push(...page.clients.edges.map((edge) => edge.node));
    if (!page.clients.pageInfo.hasNextPage) return clients;
    after = page.clients.pageInfo.endCursor;
  }
}

/** Client field → the subgraph that resolves it, from the data inventory. */
async function readOwners(query: GatewayQuery): Promise<Map<string, string>> {
  const { systemOfRecord } = must(
    await query<{ systemOfRecord: { entities: { typename: string; fields: { name: string; resolvedBy: string }[] }[] } }>(
      'query ReconcileOwners { systemOfRecord { entities { typename fields { name resolvedBy } } } }',
    ),
  );
  const client = systemOfRecord.entities.find((entity) => entity.typename === 'Client');
  return new Map(client?.fields.map((field) => [field.name, field.resolvedBy]) ?? []);
}

async function readFacts(query: GatewayQuery, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const selection = Object.values(FACTS)
    .map((fact) => fact.select)
    .join(' ');
  const facts = new Map<string, Record<string, unknown>>();
  for (let start = 0; start < ids.length; start += FACTS_BATCH) {
    const batch = ids.slice(start, start + FACTS_BATCH);
    const variables = Object.fromEntries(batch.map((id, i) => [`id${i}`, id]));
    const document = `query ReconcileFacts(${batch.map((_, i) => `$id${i}: ID!`).join(', ')}) {
      ${batch.map((_, i) => `c${i}: client(id: $id${i}) { id ...Facts }`).join('\n')}
    }
    fragment Facts on Client { ${selection} }`;
    const data = must(await query<Record<string, (Record<string, unknown> & { id: string }) | null>>(document, variables));
    for (const client of Object.values(data)) if (client) facts.set(client.id, client);
  }
  return facts;
}

type Index = Record<Identifier, Map<string, DirectoryEntry[]>>;

function indexDirectory(directory: DirectoryEntry[], externalIdSystem: string | null): Index {
  const index: Index = { id: new Map(), externalId: new Map(), domain: new Map(), name: new Map() };
  const add = (identifier: Identifier, key: string, client: DirectoryEntry) => {
    const list = index[identifier].get(key) ?? [];
    if (!list.includes(client)) index[identifier].set(key, [...list, client]);
  };
  for (const client of directory) {
    add('id', client.id, client);
    for (const externalId of client.externalIds) if (externalId.system === externalIdSystem) add('externalId', externalId.id, client);
    if (client.domain) add('domain', webDomain(client.domain), client);
    add('name', companyMatchKey(client.name), client);
  }
  return index;
}

/** The registrable domain of a web address or host (www.acme.com/about → acme.com), as tldts reads it. */
function webDomain(value: string): string {
  return getDomain(value) ?? value.trim().toLowerCase();
}

const KEY_OF: Record<Identifier, (value: string) => string> = {
  id: (value) => value,
  externalId: (value) => value,
  domain: webDomain,
  name: companyMatchKey,
};

/** The row's client by its strongest identifier; a stronger identifier that matches nothing is not overridden by a weaker one. */
function match(row: SheetRow, index: Index): { client: DirectoryEntry } | { problem: RowProblem } {
  const identifier = IDENTIFIERS.find((candidate) => row.identifiers[candidate] !== undefined);
  const value = identifier ? (row.identifiers[identifier] ?? '') : '';
  const subject = identifier ? `${identifier} ${value}` : 'nothing';
  const found = identifier ? (index[identifier].get(KEY_OF[identifier](value)) ?? []) : [];
  const [only] = found;
  if (only && found.length === 1) return { client: only };
  if (found.length > 1) {
    const candidates = found.map((client) => client.id);
    return {
      problem: {
        line: row.line,
        kind: 'AMBIGUOUS',
        subject,
        message: `${found.length} clients match: ${found.map((client) => `${client.id} (${client.name})`).join(', ')}`,
        candidates,
      },
    };
  }
  return {
    problem: {
      line: row.line,
      kind: 'UNMATCHED',
      subject,
      message: identifier ? 'no client matches' : 'the row identifies no client',
      candidates: [],
    },
  };
}

type Comparison = 'agree' | { unreadable: string } | Pick<Disagreement, 'system' | 'difference' | 'currencyCode'>;

function compare(fact: Fact, stated: string, value: unknown): Comparison {
  if (fact.kind === 'money') {
    const system = value as Money | null | undefined;
    if (!system) return { system: '(none)', difference: null, currencyCode: null };
    const digits = minorDigits(system.currencyCode);
    // Currency symbols and codes, spaces and thousands separators are the sheet's formatting, not the amount.
    const sheetMinor = parseScaled(stated.replace(/[\s,$€£¥]/g, '').replace(/^[A-Z]{3}|[A-Z]{3}$/g, ''), digits);
    if (sheetMinor === null) return { unreadable: `${JSON.stringify(stated)} is not an amount with at most ${digits} decimal places` };
    const systemMinor = parseScaled(system.amount, digits) ?? 0n;
    if (sheetMinor === systemMinor) return 'agree';
    return { system: system.amount, difference: formatScaled(sheetMinor - systemMinor, digits), currencyCode: system.currencyCode };
  }
  const same = (a: string | null | undefined) =>
    (a ?? '').trim().replace(/\s+/g, ' ').toLowerCase() === stated.replace(/\s+/g, ' ').toLowerCase();
  if (fact.kind === 'person') {
    const person = value as { name: string; email: string } | null | undefined;
    if (person && (same(person.name) || same(person.email))) return 'agree';
    return { system: person ? `${person.name} <${person.email}>` : '(none)', difference: null, currencyCode: null };
  }
  const text = typeof value === 'string' ? value : null;
  return same(text) ? 'agree' : { system: text ?? '(none)', difference: null, currencyCode: null };
}

function totals(disagreements: Disagreement[]): Money[] {
  const sums = new Map<string, bigint>();
  for (const { difference, currencyCode } of disagreements) {
    if (difference === null || currencyCode === null) continue;
    sums.set(currencyCode, (sums.get(currencyCode) ?? 0n) + (parseScaled(difference, minorDigits(currencyCode)) ?? 0n));
  }
  return [...sums].map(([currencyCode, minor]) => ({ amount: formatScaled(minor, minorDigits(currencyCode)), currencyCode }));
}
