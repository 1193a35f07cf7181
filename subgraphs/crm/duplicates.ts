import { distance } from 'fastest-levenshtein';
import type { Kysely } from 'kysely';
import { companyMatchKey } from '../../lib/standardise/company-name.ts';
import type { DuplicateEvidenceKind } from './__generated__/resolvers-types.ts';
import { clientsForMatching, contactsSharingSomething, sharedContactEmails } from './store/duplicates.ts';
import type { CrmDatabase } from './store/schema.ts';

/**
 * Duplicate candidates (README § Duplicates and merging clients): pairs of clients, and of
 * contacts, that are likely one record twice, each with its evidence and a score.
 *
 * Pairs come only from blocks, records sharing a key, never from comparing every record with every
 * other: a big company's 100,000 clients are one read and a sort. Client blocks: the web domain,
 * the name's match key (lib/standardise/company-name.ts), near-equal keys (each key against the
 * next few in sorted order, and the same for keys read backwards, so a typo at either end is
 * still caught), and a contact email found on two clients. Contact blocks are made in SQL
 * (store/duplicates.ts). A key shared by more than MAX_BLOCK records says nothing about any two
 * of them (a switchboard number, the demo company's generated names) and is skipped.
 *
 * Each piece of evidence has a weight from 0 to 1; a pair scores 1 - Π(1 - weight), so evidence
 * adds up without passing 1. Another kind of evidence is one more block and one more weight
 * here. (Two clients never share an external id: lib/external-ids refuses a (system, id) pair a
 * second holder, so that is no evidence this store can hold.)
 */

export interface Evidence {
  kind: DuplicateEvidenceKind;
  /** What the two share: the domain, the names, the email or phone. */
  value: string;
  weight: number;
}

/** A likely duplicate pair: the older record first (the natural survivor of a merge). */
export interface Candidate {
  ids: [string, string];
  score: number;
  evidence: Evidence[];
}

export interface DuplicateSearch {
  first: number;
  minScore: number;
}

export const WEIGHTS = {
  SAME_DOMAIN: 0.8,
  /** For names whose keys are equal; a near-equal key counts this times its similarity. */
  SIMILAR_NAME: 0.9,
  SHARED_CONTACT_EMAIL: 0.7,
  SAME_EMAIL: 0.9,
  /** Alone below the default minScore: people share phones more often than they share emails. */
  SAME_PHONE: 0.4,
  /** Two contacts of one client with names alike. */
  SIMILAR_CONTACT_NAME: 0.6,
} as const;

/** Below this similarity (1 - edit distance / longer length) two keys are not alike. */
export const NAME_SIMILARITY = 0.9;
export const MAX_BLOCK = 25;
/** How many following keys each key is compared with, in each sorted order. */
const WINDOW = 6;

export async function findClientDuplicates(db: Kysely<CrmDatabase>, search: DuplicateSearch): Promise<Candidate[]> {
  const [clients, emails] = await Promise.all([clientsForMatching(db), sharedContactEmails(db)]);
  const pairs = new PairCollector(new Map(clients.map((client) => [client.id, client.created_at])));

  for (const [domain, ids] of blocks(clients, (client) => client.domain?.toLowerCase())) {
    pairs.addBlock(ids, { kind: 'SAME_DOMAIN', value: domain, weight: WEIGHTS.SAME_DOMAIN });
  }

  const byKey = blocks(clients, (client) => companyMatchKey(client.name) || null);
  const names = new Map(clients.map((client) => [client.id, client.name]));
  const nameEvidence = (a: string, b: string, weight: number): Evidence => ({
    kind: 'SIMILAR_NAME',
    value: `${names.get(a) ?? a} ~ ${names.get(b) ?? b}`,
    weight,
  });
  for (const ids of byKey.values()) pairs.addBlockWith(ids, (a, b) => nameEvidence(a, b, WEIGHTS.SIMILAR_NAME));
  for (const [keyA, keyB] of nearKeys([...byKey.keys()])) {
    const weight = round(WEIGHTS.SIMILAR_NAME * similarity(keyA, keyB));
    pairs.addCross(byKey.get(keyA) ?? [], byKey.get(keyB) ?? [], (a, b) => nameEvidence(a, b, weight));
  }

  for (const [email, ids] of blocks(
    emails,
    (row) => row.email,
    (row) => row.client_id,
  )) {
    pairs.addBlock(ids, { kind: 'SHARED_CONTACT_EMAIL', value: email, weight: WEIGHTS.SHARED_CONTACT_EMAIL });
  }
  return pairs.top(search);
}

export async function findContactDuplicates(db: Kysely<CrmDatabase>, search: DuplicateSearch): Promise<Candidate[]> {
  const contacts = await contactsSharingSomething(db);
  const pairs = new PairCollector(new Map(contacts.map((contact) => [contact.id, contact.created_at])));
  for (const [email, ids] of blocks(contacts, (contact) => contact.email.toLowerCase())) {
    pairs.addBlock(ids, { kind: 'SAME_EMAIL', value: email, weight: WEIGHTS.SAME_EMAIL });
  }
  for (const [phone, ids] of blocks(contacts, (contact) => contact.phone)) {
    pairs.addBlock(ids, { kind: 'SAME_PHONE', value: phone, weight: WEIGHTS.SAME_PHONE });
  }
  for (const [key, ids] of blocks(contacts, (contact) => `${contact.client_id} ${personKey(contact.name)}`)) {
    pairs.addBlock(ids, { kind: 'SIMILAR_NAME', value: key.slice(key.indexOf(' ') + 1), weight: WEIGHTS.SIMILAR_CONTACT_NAME });
  }
  return pairs.top(search);
}

/** A person's name as matching sees it: lower case, no accents, no punctuation, single spaces. */
function personKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 1 for equal strings, down to 0: one minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Records grouped by a key (ids, once each), for keys shared by at most MAX_BLOCK records (a group of one makes no pair). */
function blocks<T>(
  rows: readonly T[],
  keyOf: (row: T) => string | null | undefined,
  idOf: (row: T) => string = (row) => (row as { id: string }).id,
): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!key) continue;
    const group = groups.get(key) ?? new Set<string>();
    group.add(idOf(row));
    groups.set(key, group);
  }
  const shared = new Map<string, string[]>();
  for (const [key, ids] of groups) if (ids.size <= MAX_BLOCK) shared.set(key, [...ids]);
  return shared;
}

/** Distinct keys alike enough (NAME_SIMILARITY), found among neighbours in sorted order, forwards and backwards. */
function nearKeys(keys: readonly string[]): [string, string][] {
  const found = new Map<string, [string, string]>();
  // Keys are letters, digits and spaces without accents (companyMatchKey): reversing code points is safe.
  const reverse = (key: string) => Array.from(key).reverse().join('');
  const forwards = [...keys].sort();
  const backwards = keys.map(reverse).sort().map(reverse);
  for (const sorted of [forwards, backwards]) {
    for (let index = 0; index < sorted.length; index++) {
      const key = sorted[index] ?? '';
      for (let next = index + 1; next <= index + WINDOW && next < sorted.length; next++) {
        const other = sorted[next] ?? '';
        if (!alike(key, other)) continue;
        const pair: [string, string] = key < other ? [key, other] : [other, key];
        found.set(pair.join('\u0000'), pair);
      }
    }
  }
  return [...found.values()];
}

/** Keys close by edit distance, with the same numbers in them ("Studio 54" and "Studio 56" are two companies). */
function alike(a: string, b: string): boolean {
  // Edit distance is at least the difference in length: most neighbours are ruled out without computing it.
  if (Math.abs(a.length - b.length) > (1 - NAME_SIMILARITY) * Math.max(a.length, b.length)) return false;
  return digitsOf(a) === digitsOf(b) && similarity(a, b) >= NAME_SIMILARITY;
}

function digitsOf(key: string): string {
  return key.replace(/\D+/g, ' ').trim();
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Evidence gathered per pair from every block, then scored, filtered and ordered. */
class PairCollector {
  private readonly pairs = new Map<string, { ids: [string, string]; evidence: Evidence[] }>();

  /** `createdAt` orders each pair, older first. */
  constructor(private readonly createdAt: ReadonlyMap<string, string>) {}

  addBlock(ids: readonly string[], evidence: Evidence): void {
    this.addBlockWith(ids, () => evidence);
  }

  addBlockWith(ids: readonly string[], evidenceOf: (a: string, b: string) => Evidence): void {
    if (ids.length < 2) return;
    ids.forEach((a, index) => {
      for (const b of ids.slice(index + 1)) this.add(a, b, evidenceOf);
    });
  }

  addCross(left: readonly string[], right: readonly string[], evidenceOf: (a: string, b: string) => Evidence): void {
    if (left.length * right.length > MAX_BLOCK * MAX_BLOCK) return;
    for (const a of left) for (const b of right) this.add(a, b, evidenceOf);
  }

  private add(x: string, y: string, evidenceOf: (a: string, b: string) => Evidence): void {
    if (x === y) return;
    const ids = this.ordered(x, y);
    const key = ids.join(' ');
    const pair = this.pairs.get(key) ?? { ids, evidence: [] };
    const evidence = evidenceOf(...ids);
    // One piece of evidence counts once, however many blocks found it.
    if (!pair.evidence.some((known) => known.kind === evidence.kind && known.value === evidence.value)) pair.evidence.push(evidence);
    this.pairs.set(key, pair);
  }

  private ordered(x: string, y: string): [string, string] {
    const [cx, cy] = [this.createdAt.get(x) ?? '', this.createdAt.get(y) ?? ''];
    return cx < cy || (cx === cy && x < y) ? [x, y] : [y, x];
  }

  top({ first, minScore }: DuplicateSearch): Candidate[] {
    const candidates: Candidate[] = [];
    for (const { ids, evidence } of this.pairs.values()) {
      const score = round(1 - evidence.reduce((unexplained, { weight }) => unexplained * (1 - weight), 1));
      if (score >= minScore) candidates.push({ ids, score, evidence: evidence.sort((a, b) => b.weight - a.weight) });
    }
    candidates.sort((a, b) => b.score - a.score || compare(a.ids[0], b.ids[0]) || compare(a.ids[1], b.ids[1]));
    return candidates.slice(0, first);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
