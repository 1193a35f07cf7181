import { ApolloGateway, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ForwardAuthorization, type CallerContext } from './forward-authorization.ts';
import type { RecordedAnswer, ReplayFile, ReplayStep } from './replay.ts';

/**
 * Records what stock @apollo/gateway does for each request body (bench/peers/replay.ts): an
 * ApolloGateway in this process over the same supergraph, run one request at a time, whose data
 * sources note every subgraph request they send and whose didResolveQueryPlan hook keeps the plan.
 * Each Fetch of the plan is matched with the request sent for it (same subgraph, same operation);
 * a fetch the gateway skipped (nothing to ask for) is left out, as it was.
 */

/** The parts of @apollo/query-planner's plan nodes the replay needs. */
interface PlanNode {
  kind: string;
  nodes?: PlanNode[];
  node?: PlanNode;
  serviceName?: string;
  operation?: string;
}

interface SentFetch {
  service: string;
  url: string;
  query: string;
  body: string;
  used: boolean;
}

class RecordingSource extends ForwardAuthorization {
  constructor(
    private readonly service: string,
    url: string,
    private readonly sent: () => SentFetch[],
  ) {
    super({ url });
  }

  override async process(options: GraphQLDataSourceProcessOptions<CallerContext>) {
    const { query = '', variables, operationName } = options.request;
    this.sent().push({
      service: this.service,
      url: this.url ?? '',
      query,
      body: JSON.stringify({ query, variables, operationName }),
      used: false,
    });
    return super.process(options);
  }
}

export async function captureAnswers(supergraphSdl: string, bodies: readonly string[], authorization: string): Promise<ReplayFile> {
  let sent: SentFetch[] = [];
  let plan: PlanNode | undefined;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new RecordingSource(name, url ?? '', () => sent),
    experimental_didResolveQueryPlan: ({ queryPlan }) => {
      plan = queryPlan.node as PlanNode | undefined;
    },
  });
  const server = new ApolloServer<CallerContext>({ gateway });
  await server.start();
  try {
    const answers: Record<string, RecordedAnswer> = {};
    for (const body of new Set(bodies)) {
      sent = [];
      plan = undefined;
      const request = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const response = await server.executeOperation(request, { contextValue: { authorization } });
      if (response.body.kind !== 'single') throw new Error('capture: expected a single result');
      const { data, errors } = response.body.singleResult;
      if (errors) throw new Error(`capture: stock @apollo/gateway answered with errors: ${JSON.stringify(errors).slice(0, 500)}`);
      const replay = plan ? replayOf(plan, sent) : null;
      const unmatched = sent.filter((fetch) => !fetch.used);
      if (unmatched.length > 0) throw new Error(`capture: fetches outside the plan: ${unmatched.map((fetch) => fetch.service).join(', ')}`);
      answers[body] = { plan: replay, response: JSON.stringify({ data }) };
    }
    return { answers };
  } finally {
    await server.stop();
  }
}

function replayOf(node: PlanNode, sent: SentFetch[]): ReplayStep | null {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel': {
      const steps = (node.nodes ?? []).map((inner) => replayOf(inner, sent)).filter((step): step is ReplayStep => step !== null);
      if (steps.length === 0) return null;
      return steps.length === 1 ? (steps[0] ?? null) : { kind: node.kind, steps };
    }
    case 'Flatten':
      return node.node ? replayOf(node.node, sent) : null;
    case 'Fetch': {
      const fetch = sent.find(
        (candidate) => !candidate.used && candidate.service === node.serviceName && candidate.query === node.operation,
      );
      if (!fetch) return null;
      fetch.used = true;
      return { kind: 'Fetch', service: fetch.service, url: fetch.url, body: fetch.body };
    }
    default:
      throw new Error(`capture: the replay does not handle ${node.kind} plan nodes`);
  }
}
