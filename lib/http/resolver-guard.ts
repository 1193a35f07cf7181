import { defaultFieldResolver, isObjectType, OperationTypeNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { abandonment } from './abandoned-work.ts';

/**
 * Every resolver of a subgraph goes through this guard (lib/subgraph.ts), for two reasons.
 *
 * Abandoned work stops: once the request's signal is aborted (deadline, client gone, memory
 * ceiling) a query's resolvers answer with its coded error instead of running. The error comes
 * as a rejected promise, never a synchronous throw: graphql-js 16 leaves the sibling items of a
 * list unobserved when one throws synchronously, and their rejections would be unhandled, which
 * ends a Node process. A mutation is never stopped between its fields (its writes commit).
 *
 * The event loop gets its turns: a big query resolves from promise jobs alone (every field a
 * resolved promise, DataLoader's cache hits too), which Node runs before any timer or socket
 * event, so one query could keep a process from answering /healthz, noticing its client left or
 * firing a deadline timer for minutes. Past a slice without a turn, a resolver waits for one
 * (setImmediate) first. graphql-js has no such option; wrapping resolvers is its usual seam (as
 * lib/auth/authorise.ts does).
 */

/** Longest the event loop may go without a turn while queries resolve. */
export const SLICE_MS = 25;

let lastTurn = performance.now();
let turnScheduled = false;

/** Notes when the loop next gets a turn (one pending setImmediate at a time). */
function watchForTurn(): void {
  if (turnScheduled) return;
  turnScheduled = true;
  setImmediate(() => {
    turnScheduled = false;
    lastTurn = performance.now();
  });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A promise graphql-js will observe later, marked observed now so that a rejection is never reported unhandled. */
function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Wraps one resolver with the guard. */
export function guardedResolver<S, C, A>(resolve: GraphQLFieldResolver<S, C, A>): GraphQLFieldResolver<S, C, A> {
  return (source, args, context, info) => {
    const stoppable = info.operation.operation !== OperationTypeNode.MUTATION;
    const stop = stoppable ? abandonment() : null;
    if (stop) return observed(Promise.reject(stop));
    watchForTurn();
    if (performance.now() - lastTurn < SLICE_MS) return resolve(source, args, context, info);
    return observed(
      nextTurn().then(() => {
        const late = stoppable ? abandonment() : null;
        if (late) throw late;
        return resolve(source, args, context, info);
      }),
    );
  };
}

/** Guards every field resolver of `schema` (in place; once per schema). */
export function guardResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve = guardedResolver(field.resolve ?? defaultFieldResolver);
  }
}
