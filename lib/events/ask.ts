import type { Domain } from '../domains.ts';
import type { GraphQLRequest } from '../references.ts';
import type { EventsDeps } from '../subgraph.ts';

/**
 * An automation rule asking another domain what the event does not say (a won deal's client, a
 * closed project's time), with the service token. Any error (the owner down, or refusing the
 * token) throws, so the bus offers the event again after a back-off.
 */
export async function askOwner(events: EventsDeps, owner: Domain, rule: string, request: GraphQLRequest): Promise<Record<string, unknown>> {
  const executor = events.executors[owner];
  if (!executor) throw new Error(`${rule}: no executor for ${owner}`);
  const response = await executor(request, await events.serviceToken());
  if (response.errors?.length || !response.data) {
    throw new Error(`${owner} did not answer ${rule}'s question: ${response.errors?.[0]?.message ?? 'no data'}`);
  }
  return response.data;
}
