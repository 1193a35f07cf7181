import { graphql } from '../__generated__/gql.ts';
import type { Client360ContractFragment } from '../__generated__/graphql.ts';
import { formatDate, formatMoney, formatState } from './format.ts';
import { Source } from './Source.tsx';

graphql(`
  fragment Client360Contract on Contract {
    id
    status
    startDate
    endDate
    autoRenew
    version
    annualValue {
      amount
      currencyCode
    }
  }
`);

/** A client's contracts (the CRM's): the active one decides the renewal date. */
export function ContractsTable({ contracts }: { contracts: readonly Client360ContractFragment[] }) {
  if (contracts.length === 0) return <p>No contracts.</p>;
  return (
    <table aria-label="Contracts">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col" className="number">
            Annual value
          </th>
          <th scope="col">Auto-renews</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {contracts.map((contract) => (
          <tr key={contract.id}>
            <th scope="row">{formatState(contract.status)}</th>
            <td>{formatDate(contract.startDate)}</td>
            <td>{formatDate(contract.endDate)}</td>
            <td className="number">{formatMoney(contract.annualValue)}</td>
            <td>{contract.autoRenew ? 'Yes' : 'No'}</td>
            <td>
              <Source field="Client.contracts" version={contract.version} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
