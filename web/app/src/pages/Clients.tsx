import { skipToken, useQuery } from '@apollo/client/react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../__generated__/gql.ts';
import type { ClientStatus } from '../__generated__/graphql.ts';
import { ClientFilters, type ClientSort, type ClientView } from '../components/ClientFilters.tsx';
import { ClientsTable } from '../components/ClientsTable.tsx';
import { Pager } from '../components/Pager.tsx';
import { Unavailable } from '../components/Unavailable.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';

/**
 * Every client, a page at a time: filtered and ordered by name in the CRM, or ranked by revenue
 * in Accounting (`clientsByRevenue`), never sorted in the browser, so it works the same for 50
 * clients as for 100,000. The view lives in the URL (?q=&status=&sort=&after=), and the cursors
 * of the pages before in the history entry, for "Previous page".
 */

export const PAGE_SIZE = 20;

const CLIENTS_BY_NAME = graphql(`
  query ClientsByName($first: Int!, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder!) {
    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {
      edges {
        node {
          ...ClientListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const CLIENTS_BY_REVENUE = graphql(`
  query ClientsByRevenue($first: Int!, $after: String) {
    clientsByRevenue(months: 12, first: $first, after: $after) {
      edges {
        node {
          ...ClientListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const SORTS: readonly ClientSort[] = ['name', 'name-desc', 'revenue'];
const STATUSES: readonly string[] = ['PROSPECT', 'ACTIVE', 'CHURNED'];

function readView(params: URLSearchParams): ClientView & { after: string | null } {
  const sort = params.get('sort') ?? 'name';
  const status = params.get('status') ?? '';
  return {
    search: params.get('q') ?? '',
    status: STATUSES.includes(status) ? status : '',
    sort: SORTS.includes(sort as ClientSort) ? (sort as ClientSort) : 'name',
    after: params.get('after'),
  };
}

function writeView(view: ClientView, after: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.status) params.set('status', view.status);
  if (view.sort !== 'name') params.set('sort', view.sort);
  if (after) params.set('after', after);
  return params;
}

/** The cursors of the pages before this one (null: the first page), kept in the history entry. */
function trailOf(state: unknown): (string | null)[] {
  const trail = (state as { trail?: unknown } | null)?.trail;
  return Array.isArray(trail) ? trail.filter((cursor): cursor is string | null => cursor === null || typeof cursor === 'string') : [];
}

export function Clients() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const view = readView(params);
  const byRevenue = view.sort === 'revenue';
  // A page opened from a link with a cursor, and no trail, goes back to the first page.
  const trail = trailOf(location.state);
  if (view.after && trail.length === 0) trail.push(null);

  const byName = useQuery(
    CLIENTS_BY_NAME,
    byRevenue
      ? skipToken
      : {
          variables: {
            first: PAGE_SIZE,
            after: view.after,
            search: view.search || null,
            status: (view.status || null) as ClientStatus | null,
            orderBy: view.sort === 'name-desc' ? 'NAME_DESC' : 'NAME_ASC',
          },
          fetchPolicy: 'cache-and-network',
        },
  );
  const ranked = useQuery(
    CLIENTS_BY_REVENUE,
    byRevenue ? { variables: { first: PAGE_SIZE, after: view.after }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const { loading, error } = byRevenue ? ranked : byName;
  const connection = byRevenue ? ranked.data?.clientsByRevenue : byName.data?.clients;

  const go = (next: ClientView, after: string | null, nextTrail: (string | null)[]) =>
    void navigate({ search: writeView(next, after).toString() }, { state: { trail: nextTrail } });

  return (
    <section className="clients-page">
      <h1>Clients</h1>
      {/* A new client may join the page; a payment changes a listed client's outstanding amount. */}
      <p className="subtle">
        <LiveStatus listTypes={['Client']} />
      </p>
      <ClientFilters view={view} onChange={(next) => go(next, null, [])} />
      <Unavailable
        error={error}
        shows={
          byRevenue
            ? {
                accounting: 'the revenue ranking cannot be shown; sort by name to see the clients',
                crm: 'names and statuses are not shown',
              }
            : {
                accounting: 'revenue and outstanding amounts are not shown, and renewals are not weighed',
                projects: 'renewals are not weighed',
                crm: 'the list cannot be shown',
              }
        }
      />
      {connection ? (
        <>
          <ClientsTable
            clients={connection.edges.map((edge) => edge.node)}
            sort={view.sort}
            caption={caption(connection.totalCount, view)}
          />
          <Pager
            pageNumber={trail.length + 1}
            pageCount={Math.ceil(connection.totalCount / PAGE_SIZE)}
            hasPrevious={trail.length > 0}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={() => go(view, trail.at(-1) ?? null, trail.slice(0, -1))}
            onNext={() => go(view, connection.pageInfo.endCursor, [...trail, view.after])}
          />
        </>
      ) : (
        loading && <p aria-live="polite">Loading clients…</p>
      )}
    </section>
  );
}

function caption(total: number, view: ClientView): string {
  const clients = `${total} ${total === 1 ? 'client' : 'clients'}`;
  if (view.sort === 'revenue') return `${clients} with revenue in the last 12 months, highest first`;
  const filters = [view.status && view.status.toLowerCase(), view.search && `named like “${view.search}”`].filter(Boolean);
  return filters.length ? `${clients}: ${filters.join(', ')}` : clients;
}
