import type { GraphQLFormattedError } from 'graphql';
import type { HttpService } from '../../lib/http/service.ts';
import { runInRequest, type RequestScope } from '../../lib/observability/request-scope.ts';
import type { GatewayContext } from '../context.ts';
import type { ExportOperation } from './reports.ts';

/**
 * How an export runs a page: through the gateway's own Apollo Server (executeOperation), so the
 * page is planned over the supergraph and fetched from the subgraphs exactly as a POST to
 * /graphql would be, with the caller's context, the trusted-documents check, the rate limits and
 * the entity cache; never by reading a store. In-process rather than over HTTP: nothing to parse
 * twice, and the page's fetches still carry the export's request id and stop when it is abandoned.
 */

export interface PageAnswer {
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}

export type ExecuteExportPage = (
  operation: ExportOperation,
  variables: Record<string, unknown>,
  context: GatewayContext,
  scope: RequestScope,
) => Promise<PageAnswer>;

export function executeThroughGateway(service: HttpService): ExecuteExportPage {
  return async (operation, variables, contextValue, scope) => {
    const response = await runInRequest(scope, () =>
      service.apollo.executeOperation(
        {
          query: operation.text,
          operationName: operation.name,
          variables,
          // The document's id: TRUSTED_DOCUMENTS looks it up in the manifest, APQ checks it against the text.
          extensions: { persistedQuery: { version: 1, sha256Hash: operation.sha256Hash } },
        },
        { contextValue },
      ),
    );
    // The export documents use neither @defer nor @stream, so the answer is always one result.
    if (response.body.kind !== 'single') throw new Error(`${operation.name} answered incrementally`);
    return response.body.singleResult;
  };
}
