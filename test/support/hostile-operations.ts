/**
 * The hostile documents of issue 10, built as an attacker would send them (raw strings: they are
 * meant to be refused, so there is no typed document to check them against). Shared by
 * test/e2e/limits.test.ts and bench/refusals.ts.
 */

/** `client(id) { projects { client { projects { … } } } }`, `levels` fields deep below `client`, then `id`. */
export function nestedClientProjects(clientId: string, levels: number): string {
  let inner = 'id';
  for (let level = levels; level >= 1; level--) inner = `${level % 2 === 1 ? 'projects' : 'client'} { ${inner} }`;
  return `query Deep { client(id: ${JSON.stringify(clientId)}) { ${inner} } }`;
}

/** `count` aliases of `client(id) { id name … }` (10,000 of them: about 850 KB). */
export function aliasedClients(clientId: string, count: number): string {
  const id = JSON.stringify(clientId);
  const fields = Array.from({ length: count }, (_, index) => `c${index}: client(id: ${id}) { id name domain industry country status }`);
  return `query Aliased { ${fields.join(' ')} }`;
}

/** `count` aliases of a short `client(id: $id)` (50,000 of them, 1.3 MB, stay under the 2 MB body limit); pass `{ id }`. */
export function manyShortAliases(count: number): string {
  return `query($id:ID!){${Array.from({ length: count }, (_, index) => `a${index}:client(id:$id){id}`).join(' ')}}`;
}

/** `count` aliases of `clients(first: 50) { … revenue }`. */
export function aliasedClientPages(count: number): string {
  const page = 'clients(first: 50) { edges { node { id name revenue(months: 12) { amount currencyCode } } } }';
  return `query Pages { ${Array.from({ length: count }, (_, index) => `p${index}: ${page}`).join(' ')} }`;
}

/** `count` aliases of a 200-client page with each client's projects and invoices. */
export function aliasedWidePages(count: number): string {
  const page =
    'clients(first: 200) { edges { node { id name projects { id name phase health } ' +
    'invoices { edges { node { id number status total { amount currencyCode } } } } } } }';
  return `query Wide { ${Array.from({ length: count }, (_, index) => `w${index}: ${page}`).join(' ')} }`;
}
