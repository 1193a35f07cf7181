import { Link } from 'react-router';
import { graphql } from '../__generated__/gql.ts';
import type { ClientListRowFragment } from '../__generated__/graphql.ts';
import type { ClientSort } from './ClientFilters.tsx';
import { formatDate, formatMoney, formatState } from './format.ts';
import { Source } from './Source.tsx';

/** One client of the list: the CRM's name and status, Accounting's money, the CRM's renewal outlook. */
graphql(`
  fragment ClientListRow on Client {
    id
    name
    status
    revenue(months: 12) {
      amount
      currencyCode
    }
    outstanding {
      amount
      currencyCode
    }
    renewal {
      date
      onTrack
      risks
    }
  }
`);

function OnTrack({ renewal }: { renewal: ClientListRowFragment['renewal'] }) {
  if (!renewal) return <span className="muted">—</span>;
  if (renewal.onTrack) return <span className="badge good">On track</span>;
  return (
    <span className="badge bad" title={renewal.risks.join('; ')}>
      At risk
    </span>
  );
}

export function ClientsTable({ clients, caption, sort }: { clients: readonly ClientListRowFragment[]; caption: string; sort: ClientSort }) {
  return (
    <table className="clients">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={sort === 'name' ? 'ascending' : sort === 'name-desc' ? 'descending' : undefined}>
            Client <Source field="Client.name" />
          </th>
          <th scope="col">
            Status <Source field="Client.status" />
          </th>
          <th scope="col" className="number" aria-sort={sort === 'revenue' ? 'descending' : undefined}>
            Revenue, 12 months <Source field="Client.revenue" />
          </th>
          <th scope="col" className="number">
            Outstanding <Source field="Client.outstanding" />
          </th>
          <th scope="col">
            Renewal <Source field="Client.renewal" />
          </th>
          <th scope="col">On track</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id}>
            <th scope="row">
              <Link to={`/clients/${client.id}`}>{client.name}</Link>
            </th>
            <td>{formatState(client.status)}</td>
            <td className="number">{formatMoney(client.revenue)}</td>
            <td className="number">{formatMoney(client.outstanding)}</td>
            <td>{formatDate(client.renewal?.date)}</td>
            <td>
              <OnTrack renewal={client.renewal} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
