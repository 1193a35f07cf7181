import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { systemName } from './systems.ts';

/**
 * What a page could not get, in words. The gateway answers what the running systems have and adds
 * one error per failed fetch naming the system (`extensions.subgraph`, with SUBGRAPH_UNAVAILABLE or
 * GATEWAY_TIMEOUT); the page says which system is missing and what it therefore does not show.
 * Other errors are shown as the gateway worded them.
 */

export interface UnavailableProps {
  /** The query's error (Apollo's CombinedGraphQLErrors for GraphQL errors, anything else for the network). */
  error: ErrorLike | undefined;
  /** For each system the page reads, what is missing without it: `{ accounting: 'revenue and invoices are not shown' }`. */
  shows: Readonly<Record<string, string>>;
  /** What is missing without a system `shows` does not name (a list that needs several of them). */
  otherwise?: string;
}

const SYSTEM_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'GATEWAY_TIMEOUT']);

export interface Problems {
  /** Each failed system with the code it failed with, in the order first met. */
  systems: Map<string, string>;
  /** Messages of the other errors, de-duplicated. */
  other: string[];
}

export function problemsOf(error: ErrorLike | undefined): Problems {
  const problems: Problems = { systems: new Map(), other: [] };
  if (!error) return problems;
  if (!CombinedGraphQLErrors.is(error)) {
    problems.other.push('The gateway cannot be reached; the page shows what it had.');
    return problems;
  }
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.code;
    const subgraph = graphQLError.extensions?.subgraph;
    if (typeof subgraph === 'string' && typeof code === 'string' && SYSTEM_CODES.has(code)) {
      if (!problems.systems.has(subgraph)) problems.systems.set(subgraph, code);
    } else if (!problems.other.includes(graphQLError.message)) {
      problems.other.push(graphQLError.message);
    }
  }
  return problems;
}

export function Unavailable({ error, shows, otherwise }: UnavailableProps) {
  const { systems, other } = problemsOf(error);
  if (systems.size === 0 && other.length === 0) return null;
  return (
    <div className="unavailable" role="alert">
      {[...systems].map(([subgraph, code]) => (
        <p key={subgraph}>
          <strong>
            {systemName(subgraph)} {code === 'GATEWAY_TIMEOUT' ? 'did not answer in time' : 'is unavailable'}
          </strong>
          {(shows[subgraph] ?? otherwise) ? `: ${shows[subgraph] ?? otherwise}.` : '.'}
        </p>
      ))}
      {other.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
