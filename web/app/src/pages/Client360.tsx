import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__/gql.ts';
import { ContractsTable } from '../components/ContractsTable.tsx';
import { DealsTable } from '../components/DealsTable.tsx';
import { Fact } from '../components/Fact.tsx';
import { formatMoney, formatState } from '../components/format.ts';
import { InvoicesTable } from '../components/InvoicesTable.tsx';
import { ProjectsTable } from '../components/ProjectsTable.tsx';
import { RenewalOutlook } from '../components/RenewalOutlook.tsx';
import { RevenueChart } from '../components/RevenueChart.tsx';
import { problemsOf, Unavailable } from '../components/Unavailable.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';

/**
 * One client from every system at once, through the one query the gateway plans across them: the
 * CRM's client, contracts, deals and renewal outlook, HR's account manager, Accounting's money and
 * invoices, Projects' delivery. Every fact names its owner and the version it was read at; when a
 * system is down the page shows the rest and says what is missing.
 */

export const INVOICES_SHOWN = 25;

const CLIENT_360 = graphql(`
  query Client360Page($id: ID!, $invoices: Int!) {
    client(id: $id) {
      id
      name
      status
      domain
      industry
      country
      version
      accountManager {
        id
        name
        email
        version
      }
      revenue(months: 12) {
        amount
        currencyCode
      }
      outstanding {
        amount
        currencyCode
      }
      overdue {
        amount
        currencyCode
      }
      deliveryHealth
      revenueByMonth(months: 24) {
        month
        revenue {
          amount
          currencyCode
        }
        invoices
      }
      invoices(first: $invoices) {
        edges {
          node {
            ...Client360Invoice
          }
        }
        totalCount
      }
      projects {
        ...Client360Project
      }
      contracts {
        ...Client360Contract
      }
      deals {
        ...Client360Deal
      }
      renewal {
        date
        daysLeft
        onTrack
        risks
      }
    }
  }
`);

/** What each system's absence takes from this page. */
const MISSING = {
  crm: 'the client, its contracts and deals are not shown',
  accounting: 'revenue, invoices and the renewal outlook are not shown',
  projects: 'projects and the renewal outlook are not shown',
  hr: 'the account manager is not shown',
};

/** A section that says in place why it is empty when its owner did not answer. */
function Missing({ what, system }: { what: string; system: string }) {
  return (
    <p className="muted">
      {what} cannot be shown while {system} is unavailable.
    </p>
  );
}

export function Client360() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(CLIENT_360, {
    variables: { id, invoices: INVOICES_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const down = problemsOf(error).systems;
  const client = data?.client;

  if (!client) {
    return (
      <section>
        <p>
          <Link to="/clients">← Clients</Link>
        </p>
        <Unavailable error={error} shows={MISSING} />
        {loading ? <p aria-live="polite">Loading the client…</p> : !down.has('crm') && <p role="alert">No client has the id {id}.</p>}
      </section>
    );
  }

  return (
    <article className="client-360">
      <p>
        <Link to="/clients">← Clients</Link>
      </p>
      <h1>{client.name}</h1>
      {/* A payment, a health change or a renamed client anywhere refetches what shows it. */}
      <p className="subtle">
        <LiveStatus />
      </p>
      <Unavailable error={error} shows={MISSING} />

      <section aria-labelledby="overview">
        <h2 id="overview">Overview</h2>
        <div className="facts">
          <Fact label="Status" field="Client.status" version={client.version}>
            {formatState(client.status)}
          </Fact>
          <Fact label="Account manager" field="Employee.name" version={client.accountManager?.version}>
            {client.accountManager ? `${client.accountManager.name} (${client.accountManager.email})` : '—'}
          </Fact>
          <Fact label="Domain" field="Client.domain" version={client.version}>
            {client.domain ?? '—'}
          </Fact>
          <Fact label="Industry" field="Client.industry" version={client.version}>
            {client.industry ?? '—'}
          </Fact>
          <Fact label="Country" field="Client.country" version={client.version}>
            {client.country ?? '—'}
          </Fact>
          <Fact label="Revenue, 12 months" field="Client.revenue">
            {formatMoney(client.revenue)}
          </Fact>
          <Fact label="Outstanding" field="Client.outstanding">
            {formatMoney(client.outstanding)}
          </Fact>
          <Fact label="Overdue" field="Client.overdue">
            {formatMoney(client.overdue)}
          </Fact>
          <Fact label="Delivery health" field="Client.deliveryHealth">
            {formatState(client.deliveryHealth)}
          </Fact>
        </div>
      </section>

      <section aria-labelledby="renewal">
        <h2 id="renewal">Renewal outlook</h2>
        {client.renewal ? (
          <RenewalOutlook renewal={client.renewal} />
        ) : down.has('accounting') || down.has('projects') ? (
          <Missing what="The renewal outlook" system={down.has('accounting') ? 'Accounting' : 'Projects'} />
        ) : (
          <p>No renewal: the client has no active contract.</p>
        )}
      </section>

      <section aria-labelledby="revenue">
        <h2 id="revenue">Revenue</h2>
        {client.revenueByMonth ? <RevenueChart months={client.revenueByMonth} /> : <Missing what="Revenue by month" system="Accounting" />}
      </section>

      <section aria-labelledby="invoices">
        <h2 id="invoices">Invoices</h2>
        {client.invoices ? (
          <InvoicesTable invoices={client.invoices.edges.map((edge) => edge.node)} totalCount={client.invoices.totalCount} />
        ) : (
          <Missing what="Invoices" system="Accounting" />
        )}
      </section>

      <section aria-labelledby="projects">
        <h2 id="projects">Projects</h2>
        {client.projects ? <ProjectsTable projects={client.projects} /> : <Missing what="Projects" system="Projects" />}
      </section>

      <section aria-labelledby="contracts">
        <h2 id="contracts">Contracts</h2>
        <ContractsTable contracts={client.contracts} />
      </section>

      <section aria-labelledby="deals">
        <h2 id="deals">Deals</h2>
        <DealsTable deals={client.deals} />
      </section>
    </article>
  );
}
