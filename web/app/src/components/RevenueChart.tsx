import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatMonth, type MoneyValue } from './format.ts';

export interface MonthRevenue {
  month: string;
  revenue: MoneyValue;
  invoices: number;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** A client's revenue per month as bars, with the same numbers as a table for screen readers and copying. */
export function RevenueChart({ months }: { months: readonly MonthRevenue[] }) {
  const points = months.map((month) => ({ month: month.month, amount: Number(month.revenue.amount), invoices: month.invoices }));
  const currency = months[0]?.revenue.currencyCode ?? 'USD';
  return (
    <figure className="revenue-chart">
      <figcaption>
        Revenue by month, last {months.length} months ({currency})
      </figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid vertical={false} stroke="#e3e6ec" />
            <XAxis dataKey="month" tickFormatter={formatMonth} interval="preserveStartEnd" fontSize={12} />
            <YAxis tickFormatter={(value: number) => compact.format(value)} width={56} fontSize={12} />
            <Tooltip
              labelFormatter={(label) => (typeof label === 'string' ? formatMonth(label) : '')}
              formatter={(value) => [formatMoney({ amount: String(value), currencyCode: currency }), 'Revenue']}
            />
            <Bar dataKey="amount" fill="#3d6bd8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Revenue by month as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="number">
                Revenue
              </th>
              <th scope="col" className="number">
                Invoices
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{month.month}</th>
                <td className="number">{formatMoney(month.revenue)}</td>
                <td className="number">{month.invoices}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
