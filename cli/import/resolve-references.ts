import { companyMatchKey } from '../../lib/standardise/company-name.ts';
import type { Gateway, GraphQLAnswer } from './gateway.ts';
import type { PreparedRow, RowRefusal } from './prepare-row.ts';
import type { ImportTarget, ReferenceField } from './targets.ts';

/**
 * Turns the names and emails a file refers to other records by (Xero's ContactName, a HubSpot
 * owner's email) into the owners' ids, as they stand in the gateway: clients by companyMatchKey
 * (so "ACME Ltd" finds "Acme Limited"), employees by email. Each directory is read once per run,
 * the first time a row needs it, a page of 500 at a time.
 */
export class References {
  private readonly directories = new Map<ReferenceField['kind'], Promise<Map<string, string[]>>>();

  constructor(private readonly gateway: Gateway) {}

  /** The row with its references replaced by ids, or refused (REFERENCE_NOT_FOUND) naming the ones that match nothing or more than one record. */
  async resolve(row: PreparedRow, target: ImportTarget): Promise<PreparedRow> {
    const problems: RowRefusal[] = [];
    const byName = new Set(target.references.map((reference) => reference.from));
    // The names and emails are not sent: the ids they resolve to are.
    const fields = Object.fromEntries(Object.entries(row.fields).filter(([field]) => !byName.has(field)));
    for (const reference of target.references) {
      const value = row.fields[reference.from];
      if (typeof value !== 'string') continue;
      const ids = (await this.directory(reference.kind)).get(keyOf(reference.kind, value)) ?? [];
      if (ids.length === 1) fields[reference.to] = ids[0];
      else problems.push(notFound(reference, value, ids));
    }
    if (!problems.length) return { ...row, fields };
    const message = problems.map((problem) => problem.message).join('; ');
    return { ...row, refusal: { code: 'REFERENCE_NOT_FOUND', message, fields: problems.flatMap((problem) => problem.fields) } };
  }

  private directory(kind: ReferenceField['kind']): Promise<Map<string, string[]>> {
    let directory = this.directories.get(kind);
    if (!directory) {
      directory =
        kind === 'client' ? this.read('clients', 'name') : kind === 'employee' ? this.read('employees', 'email') : this.departments();
      this.directories.set(kind, directory);
    }
    return directory;
  }

  /** HR's departments, by name: a short list, not paged. */
  private async departments(): Promise<Map<string, string[]>> {
    const answer = await this.gateway.request<{ departments: { id: string; name: string }[] }>(
      'query ImportDepartments { departments { id name } }',
      {},
    );
    if (!answer.data) throw new Error(`reading departments through the gateway failed: ${answer.errors?.[0]?.message ?? 'no data'}`);
    const directory = new Map<string, string[]>();
    for (const { id, name } of answer.data.departments) {
      const key = keyOf('department', name);
      directory.set(key, [...(directory.get(key) ?? []), id]);
    }
    return directory;
  }

  private async read(list: 'clients' | 'employees', by: 'name' | 'email'): Promise<Map<string, string[]>> {
    const query = `query ImportDirectory($after: String) { ${list}(first: 500, after: $after) { edges { node { id ${by} } } pageInfo { hasNextPage endCursor } } }`;
    type Page = Record<
      string,
      { edges: { node: { id: string } & Record<string, string> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
    >;
    const directory = new Map<string, string[]>();
    for (let after: string | null = null; ;) {
      const answer: GraphQLAnswer<Page> = await this.gateway.request<Page>(query, { after });
      const page: Page[string] | undefined = answer.data?.[list];
      if (!page) throw new Error(`reading ${list} through the gateway failed: ${answer.errors?.[0]?.message ?? 'no data'}`);
      for (const { node } of page.edges) {
        const key = keyOf(list === 'clients' ? 'client' : 'employee', node[by] ?? '');
        directory.set(key, [...(directory.get(key) ?? []), node.id]);
      }
      if (!page.pageInfo.hasNextPage) return directory;
      after = page.pageInfo.endCursor;
    }
  }
}

function keyOf(kind: ReferenceField['kind'], value: string): string {
  return kind === 'client' ? companyMatchKey(value) : value.trim().toLowerCase();
}

function notFound(reference: ReferenceField, value: string, ids: string[]): RowRefusal {
  const what = { client: 'client named', employee: 'employee with the email', department: 'department named' }[reference.kind];
  const message = ids.length
    ? `"${value}" matches ${ids.length} ${reference.kind}s (${ids.join(', ')}): give the id instead`
    : `no ${what} "${value}"`;
  return { code: 'REFERENCE_NOT_FOUND', message, fields: [reference.from] };
}
