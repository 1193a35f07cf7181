import { useState, type ReactNode } from 'react';
import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../__generated__/gql.ts';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { Unavailable } from '../components/Unavailable.tsx';
import { LogTime, MoveDeal, RecordPayment, SetProjectHealth } from '../workflows/index.ts';

/**
 * What account managers, finance and delivery leads open every morning: renewals at risk, overdue
 * invoices, red projects, proposals waiting for an answer and deals won this month, each row
 * linking to its client, with the workflows that act on it. Each list is its own query to its
 * owner, so a domain that is down costs only its own lists: the page says which system is
 * unavailable and shows the rest.
 */

const CURRENCY = graphql(`
  query TodayCurrency {
    reportingCurrency
  }
`);

/** Renewals weigh every active client (CRM, with Accounting's overdue and Projects' delivery health). */
const RENEWALS = graphql(`
  query TodayRenewals($after: String) {
    clients(first: 500, after: $after, status: ACTIVE) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          renewal {
            date
            daysLeft
            onTrack
            risks
          }
        }
      }
    }
  }
`);

const OVERDUE_INVOICES = graphql(`
  query TodayOverdueInvoices($first: Int!) {
    invoices(overdue: true, first: $first) {
      totalCount
      edges {
        node {
          id
          number
          version
          status
          dueDate
          balance {
            amount
            currencyCode
          }
          client {
            id
            name
          }
        }
      }
    }
  }
`);

const RED_PROJECTS = graphql(`
  query TodayRedProjects($first: Int!) {
    projects(health: RED, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          phase
          health
          healthNote
          version
          client {
            id
            name
          }
          lead {
            id
            name
          }
        }
      }
    }
  }
`);

const DEALS = graphql(`
  query TodayDeals($stage: DealStage!, $since: Date, $first: Int!) {
    deals(stage: $stage, updatedSince: $since, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          stage
          version
          updatedAt
          expectedCloseDate
          amount {
            amount
            currencyCode
          }
          client {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE = 25;

/** The phases Projects takes time in (subgraphs/projects/lifecycles.ts): elsewhere logTime is refused, so no button. */
const TIME_LOGGING_PHASES: readonly string[] = ['KICKOFF', 'DELIVERY', 'REVIEW'];

/** Lists whose members come and go as things change: a change to one of these refetches them. */
const LISTED_TYPES = ['Client', 'Invoice', 'Project', 'Deal', 'Contract'];

export function Today() {
  const { data } = useQuery(CURRENCY);
  return (
    <section className="today">
      <h1>Today</h1>
      <p className="subtle">
        Aggregates in {data?.reportingCurrency ?? '…'}; invoices and deals in their own currency. <LiveStatus listTypes={LISTED_TYPES} />
      </p>
      <RenewalsAtRisk />
      <OverdueInvoices />
      <RedProjects />
      <Proposals />
      <DealsWon />
    </section>
  );
}

function RenewalsAtRisk() {
  return (
    <Panel title="Renewals at risk" owner="CRM, weighing Accounting and Projects">
      {/* Every active client is weighed, so the list can be long: it scrolls in its own box. */}
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th>Client</th>
              <th>Renews</th>
              <th>Days left</th>
              <th>Risks</th>
            </tr>
          </thead>
          <tbody>
            <RenewalRows after={null} />
          </tbody>
        </table>
      </div>
    </Panel>
  );
}

/** One page of active clients' renewals, and the next page after it, until every client is weighed. */
function RenewalRows({ after }: { after: string | null }) {
  const { data, error, loading } = useQuery(RENEWALS, { variables: { after } });
  const clients = data?.clients.edges.map((edge) => edge.node) ?? [];
  const atRisk = clients
    .filter((client) => client.renewal && !client.renewal.onTrack)
    .sort((a, b) => (a.renewal?.daysLeft ?? -Infinity) - (b.renewal?.daysLeft ?? -Infinity));
  const unweighed = clients.some((client) => client.renewal === null);
  const next = data?.clients.pageInfo.hasNextPage ? data.clients.pageInfo.endCursor : null;
  return (
    <>
      <StateRow columns={4} loading={loading && !data} error={error} what="renewal outlooks" shown={!unweighed} />
      {unweighed && !error && <MessageRow columns={4}>Some renewal outlooks could not be weighed.</MessageRow>}
      {after === null && data && !loading && atRisk.length === 0 && !next && !unweighed && (
        <MessageRow columns={4}>Every active client is on track.</MessageRow>
      )}
      {atRisk.map((client) => (
        <tr key={client.id}>
          <td>
            <Link to={`/clients/${client.id}`}>{client.name}</Link>
          </td>
          <td>{client.renewal?.date ?? '—'}</td>
          <td>{client.renewal?.daysLeft ?? '—'}</td>
          <td>{client.renewal?.risks.join('; ')}</td>
        </tr>
      ))}
      {next && <RenewalRows after={next} />}
    </>
  );
}

function OverdueInvoices() {
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading } = useQuery(OVERDUE_INVOICES, { variables: { first } });
  const invoices = data?.invoices.edges.map((edge) => edge.node) ?? [];
  return (
    <Panel title="Overdue invoices" owner="Accounting" count={data?.invoices.totalCount}>
      <table>
        <thead>
          <tr>
            <th>Invoice</th>
            <th>Client</th>
            <th>Due</th>
            <th>Balance</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <StateRow columns={5} loading={loading && !data} error={error} what="overdue invoices" shown={invoices.length > 0} />
          {data && invoices.length === 0 && <MessageRow columns={5}>Nothing is overdue.</MessageRow>}
          {invoices.map((invoice) => (
            <tr key={invoice.id} data-invoice={invoice.id}>
              <td>{invoice.number}</td>
              <td>
                <Link to={`/clients/${invoice.client.id}`}>{invoice.client.name}</Link>
              </td>
              <td>{invoice.dueDate}</td>
              <td className="amount" data-testid="balance">
                {money(invoice.balance)}
              </td>
              <td>
                <RecordPayment invoice={invoice} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={invoices.length} total={data?.invoices.totalCount} onMore={() => setFirst(first + PAGE)} />
    </Panel>
  );
}

function RedProjects() {
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading } = useQuery(RED_PROJECTS, { variables: { first } });
  // A closed project keeps its last health but needs nobody's attention.
  const projects = data?.projects.edges.map((edge) => edge.node).filter((project) => project.phase !== 'CLOSED') ?? [];
  return (
    <Panel title="Red projects" owner="Projects" count={data ? projects.length : undefined}>
      <table>
        <thead>
          <tr>
            <th>Project</th>
            <th>Client</th>
            <th>Phase</th>
            <th>Lead</th>
            <th>Why</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <StateRow columns={6} loading={loading && !data} error={error} what="red projects" shown={projects.length > 0} />
          {data && projects.length === 0 && <MessageRow columns={6}>No open project is red.</MessageRow>}
          {projects.map((project) => (
            <tr key={project.id} data-project={project.id}>
              <td>{project.name}</td>
              <td>
                <Link to={`/clients/${project.client.id}`}>{project.client.name}</Link>
              </td>
              <td>{project.phase}</td>
              <td>{project.lead?.name ?? '—'}</td>
              <td>{project.healthNote ?? ''}</td>
              <td className="actions">
                <SetProjectHealth project={project} />
                {TIME_LOGGING_PHASES.includes(project.phase) && <LogTime project={project} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={data?.projects.edges.length ?? 0} total={data?.projects.totalCount} onMore={() => setFirst(first + PAGE)} />
    </Panel>
  );
}

function Proposals() {
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading } = useQuery(DEALS, { variables: { stage: 'PROPOSAL', first } });
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  return (
    <Panel title="Proposals waiting for an answer" owner="CRM" count={data?.deals.totalCount}>
      <table>
        <thead>
          <tr>
            <th>Deal</th>
            <th>Client</th>
            <th>Amount</th>
            <th>Expected close</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <StateRow columns={5} loading={loading && !data} error={error} what="proposals" shown={deals.length > 0} />
          {data && deals.length === 0 && <MessageRow columns={5}>No proposal is waiting.</MessageRow>}
          {deals.map((deal) => (
            <tr key={deal.id} data-deal={deal.id}>
              <td>{deal.title}</td>
              <td>
                <Link to={`/clients/${deal.client.id}`}>{deal.client.name}</Link>
              </td>
              <td className="amount">{money(deal.amount)}</td>
              <td>{deal.expectedCloseDate ?? '—'}</td>
              <td>
                <MoveDeal deal={deal} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={deals.length} total={data?.deals.totalCount} onMore={() => setFirst(first + PAGE)} />
    </Panel>
  );
}

/** The first of this month as the CRM dates its changes (UTC timestamps). */
function monthStart(): string {
  return `${new Date().toISOString().slice(0, 7)}-01`;
}

function DealsWon() {
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading } = useQuery(DEALS, { variables: { stage: 'WON', since: monthStart(), first } });
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  return (
    <Panel title="Deals won this month" owner="CRM" count={data?.deals.totalCount}>
      <table>
        <thead>
          <tr>
            <th>Deal</th>
            <th>Client</th>
            <th>Amount</th>
            <th>Won on</th>
          </tr>
        </thead>
        <tbody>
          <StateRow columns={4} loading={loading && !data} error={error} what="deals won" shown={deals.length > 0} />
          {data && deals.length === 0 && <MessageRow columns={4}>No deal won yet this month.</MessageRow>}
          {deals.map((deal) => (
            <tr key={deal.id} data-deal={deal.id}>
              <td>{deal.title}</td>
              <td>
                <Link to={`/clients/${deal.client.id}`}>{deal.client.name}</Link>
              </td>
              <td className="amount">{money(deal.amount)}</td>
              <td>{deal.updatedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={deals.length} total={data?.deals.totalCount} onMore={() => setFirst(first + PAGE)} />
    </Panel>
  );
}

/** Exact as the owner wrote it: amounts are decimal strings, never floats. */
function money(value: { amount: string; currencyCode: string }): string {
  return `${value.currencyCode} ${value.amount}`;
}

function Panel({ title, owner, count, children }: { title: string; owner: string; count?: number; children: ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      <h2>
        {title}
        {count !== undefined && <span className="count"> {count}</span>}
      </h2>
      <p className="owner">from {owner}</p>
      {children}
    </section>
  );
}

function MessageRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="subtle">
        {children}
      </td>
    </tr>
  );
}

/** Loading, or why a list is missing or incomplete: which system is unavailable, or the error. */
function StateRow(props: { columns: number; loading: boolean; error: ErrorLike | undefined; what: string; shown: boolean }) {
  if (props.loading) return <MessageRow columns={props.columns}>Loading…</MessageRow>;
  if (!props.error) return null;
  return (
    <tr>
      <td colSpan={props.columns}>
        <Unavailable
          error={props.error}
          shows={{}}
          otherwise={props.shown ? `some ${props.what} may be missing` : `${props.what} cannot be shown right now`}
        />
      </td>
    </tr>
  );
}

function More({ shown, total, onMore }: { shown: number; total: number | undefined; onMore: () => void }) {
  if (total === undefined || shown >= total) return null;
  return (
    <p>
      <button type="button" className="more" onClick={onMore}>
        Show more ({total - shown} not shown)
      </button>
    </p>
  );
}
