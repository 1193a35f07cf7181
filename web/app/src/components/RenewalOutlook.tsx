import type { Client360PageQuery } from '../__generated__/graphql.ts';
import { Fact } from './Fact.tsx';
import { formatDate } from './format.ts';

type Renewal = NonNullable<NonNullable<Client360PageQuery['client']>['renewal']>;

/** The CRM's renewal outlook: its own contract end date weighed with Accounting's overdue money and Projects' delivery health. */
export function RenewalOutlook({ renewal }: { renewal: Renewal }) {
  return (
    <div className="renewal">
      <div className="facts">
        <Fact label="On track to renew" field="Client.renewal">
          {renewal.onTrack ? <span className="badge good">On track</span> : <span className="badge bad">At risk</span>}
        </Fact>
        <Fact label="Renewal date" field="Client.renewal">
          {formatDate(renewal.date)}
        </Fact>
        <Fact label="Days left" field="Client.renewal">
          {renewal.daysLeft ?? '—'}
        </Fact>
      </div>
      {renewal.risks.length > 0 && (
        <ul className="risks" aria-label="Risks">
          {renewal.risks.map((risk) => (
            <li key={risk}>{risk}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
