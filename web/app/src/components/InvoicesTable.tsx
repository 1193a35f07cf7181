import { graphql } from '../__generated__/gql.ts';
import type { Client360InvoiceFragment } from '../__generated__/graphql.ts';
import { RecordPayment } from '../workflows/index.ts';
import { formatDate, formatMoney, formatState } from './format.ts';
import { Source } from './Source.tsx';

graphql(`
  fragment Client360Invoice on Invoice {
    id
    number
    status
    version
    total {
      amount
      currencyCode
    }
    balance {
      amount
      currencyCode
    }
    dueDate
    overdue
  }
`);

/** A client's invoices, newest first, each with Accounting's version and the payment workflow. */
export function InvoicesTable({ invoices, totalCount }: { invoices: readonly Client360InvoiceFragment[]; totalCount: number }) {
  if (invoices.length === 0) return <p>No invoices.</p>;
  return (
    <table aria-label="Invoices">
      <caption>
        {invoices.length < totalCount ? `The ${invoices.length} newest of ${totalCount} invoices` : `${totalCount} invoices`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">
            Total
          </th>
          <th scope="col" className="number">
            Balance
          </th>
          <th scope="col">Due</th>
          <th scope="col">Source</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((invoice) => (
          <tr key={invoice.id} className={invoice.overdue ? 'overdue' : undefined}>
            <th scope="row">{invoice.number}</th>
            <td>
              {formatState(invoice.status)}
              {invoice.overdue && <span className="badge bad">Overdue</span>}
            </td>
            <td className="number">{formatMoney(invoice.total)}</td>
            <td className="number">{formatMoney(invoice.balance)}</td>
            <td>{formatDate(invoice.dueDate)}</td>
            <td>
              <Source field="Invoice.total" version={invoice.version} />
            </td>
            <td>
              <RecordPayment invoice={invoice} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
