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
 * firing a deadline timer. Operation limits (lib/http/operation-limits.ts) bound every query,
 * but they are configurable, so this stays as the backstop: past a slice of work without a turn,
 * resolvers wait for one (setImmediate) first. graphql-js has no such option; wrapping resolvers
 * is its usual seam (as lib/auth/authorise.ts does).
 *
 * The yield must not break DataLoader batching. DataLoader dispatches a batch once the promise
 * jobs queued with its first load have run (then a process.nextTick), so resolvers of one list
 * resuming in different turns, or some before and some after a turn, would each query alone:
 * statements per list would grow with its rows. Hence:
 * - one shared turn: every resolver that yields waits for the same setImmediate, so they all
 *   resume in one run of promise jobs, as they would have run without the guard;
 * - the slice starts at the first guarded resolver after a turn (not at the last turn, which
 *   for an idle process is long ago and would make every first resolver yield);
 * - batches wait for the yielded resolvers: `afterYieldedResolvers` is the batchScheduleFn of
 *   every loader (lib/loaders.ts). It dispatches exactly as DataLoader does by default, unless
 *   resolvers are waiting for a turn; then it dispatches after they resumed and made their loads.
 *   A batch therefore holds the same keys as without the guard (or, rarely, more), never fewer.
 * Dropping the yield and relying on the limits alone would be simpler, but a raised MAX_COST or
 * a cheap-looking query over a big table would again be able to hold the loop.
 */

/** Longest a run of resolvers may keep the event loop without a turn. */
export const SLICE_MS = 25;

interface Turn {
  /** Settles when the loop has had its turn. */
  readonly reached: Promise<void>;
  /** Whether a resolver is waiting for it (then every later one waits too, and every batch). */
  awaited: boolean;
}

/** The next turn, once a guarded resolver has run since the last one. */
let pending: Turn | null = null;
/** When the current slice began: the first guarded resolver after a turn. */
let sliceStart = 0;

function nextTurn(): Turn {
  if (pending) return pending;
  sliceStart = performance.now();
  let reach!: () => void;
  const turn: Turn = { reached: new Promise<void>((resolve) => (reach = resolve)), awaited: false };
  pending = turn;
  setImmediate(() => {
    pending = null;
    reach();
  });
  return turn;
}

const resolved = Promise.resolve();

/**
 * DataLoader's batchScheduleFn (lib/loaders.ts): dispatches once the promise jobs queued now
 * have run, as DataLoader's default does, and, while resolvers wait for a turn, only after they
 * resumed — so a list's loads form one batch even when its resolvers yielded half-way.
 */
export function afterYieldedResolvers(dispatch: () => void): void {
  void resolved.then(() =>
    process.nextTick(() => {
      const turn = pending;
      if (turn?.awaited) void turn.reached.then(() => afterYieldedResolvers(dispatch));
      else dispatch();
    }),
  );
}

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
    const turn = nextTurn();
    if (!turn.awaited && performance.now() - sliceStart < SLICE_MS) return resolve(source, args, context, info);
    turn.awaited = true;
    return observed(
      turn.reached.then(() => {
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
