import { graphql } from '../__generated__/gql.ts';
import type { Client360DealFragment } from '../__generated__/graphql.ts';
import { MoveDeal } from '../workflows/index.ts';
import { formatDate, formatMoney, formatState } from './format.ts';
import { Source } from './Source.tsx';

graphql(`
  fragment Client360Deal on Deal {
    id
    title
    stage
    version
    amount {
      amount
      currencyCode
    }
    expectedCloseDate
  }
`);

/** A client's deals (the CRM's), each with the workflow that moves it through its stages. */
export function DealsTable({ deals }: { deals: readonly Client360DealFragment[] }) {
  if (deals.length === 0) return <p>No deals.</p>;
  return (
    <table aria-label="Deals">
      <thead>
        <tr>
          <th scope="col">Deal</th>
          <th scope="col">Stage</th>
          <th scope="col" className="number">
            Amount
          </th>
          <th scope="col">Expected close</th>
          <th scope="col">Source</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {deals.map((deal) => (
          <tr key={deal.id}>
            <th scope="row">{deal.title}</th>
            <td>{formatState(deal.stage)}</td>
            <td className="number">{formatMoney(deal.amount)}</td>
            <td>{formatDate(deal.expectedCloseDate)}</td>
            <td>
              <Source field="Client.deals" version={deal.version} />
            </td>
            <td>
              <MoveDeal deal={deal} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
