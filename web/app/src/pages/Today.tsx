import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.ts';

/** Built by the next step of issue 13: renewals at risk, overdue invoices, red projects, deals won. */
const TODAY = graphql(`
  query TodayPage {
    reportingCurrency
  }
`);

export function Today() {
  const { data } = useQuery(TODAY);
  return (
    <section>
      <h1>Today</h1>
      <p>Amounts in {data?.reportingCurrency ?? '…'}</p>
    </section>
  );
}
