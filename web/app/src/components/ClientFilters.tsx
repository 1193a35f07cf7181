import { useEffect, useState, type SyntheticEvent } from 'react';

export type ClientSort = 'name' | 'name-desc' | 'revenue';

export interface ClientView {
  search: string;
  /** '' for every status but merged. */
  status: string;
  sort: ClientSort;
}

const STATUSES = ['PROSPECT', 'ACTIVE', 'CHURNED'] as const;

/**
 * The list's filters and order. The CRM filters and orders by name; the revenue order is
 * Accounting's ranking, which knows clients by id only, so name search and status apply to the
 * name order and are set aside while the list is ranked by revenue.
 */
export function ClientFilters({ view, onChange }: { view: ClientView; onChange: (next: ClientView) => void }) {
  const [search, setSearch] = useState(view.search);
  // The URL is the state: back, forward and a pasted link set the box too.
  useEffect(() => setSearch(view.search), [view.search]);
  const byRevenue = view.sort === 'revenue';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onChange({ ...view, search: search.trim() });
  };
  return (
    <form className="filters" role="search" aria-label="Filter clients" onSubmit={submit}>
      <label>
        Search by name
        <input type="search" value={search} disabled={byRevenue} maxLength={100} onChange={(event) => setSearch(event.target.value)} />
      </label>
      <button type="submit" disabled={byRevenue}>
        Search
      </button>
      <label>
        Status
        <select
          value={view.status}
          disabled={byRevenue}
          onChange={(event) => onChange({ ...view, search: search.trim(), status: event.target.value })}
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status.charAt(0) + status.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select
          value={view.sort}
          onChange={(event) => {
            const sort = event.target.value as ClientSort;
            onChange(sort === 'revenue' ? { search: '', status: '', sort } : { ...view, sort });
          }}
        >
          <option value="name">Name, A to Z</option>
          <option value="name-desc">Name, Z to A</option>
          <option value="revenue">Revenue, highest first</option>
        </select>
      </label>
      {byRevenue && (
        <p className="hint">Ranked by Accounting, which knows clients by id only: name search and status apply to the name order.</p>
      )}
    </form>
  );
}
