import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { ERRORS } from '../errors.ts';
import { currentRequest } from '../observability/request-scope.ts';

/**
 * Abandoned work stops: once a request's signal is aborted (deadline spent, client gone, memory
 * ceiling reached) its resolvers and loaders throw instead of starting more work, and the answer
 * is one coded error instead of thousands of field errors.
 */

/** Seconds a shed or overloaded caller is told to wait before retrying (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Checks a request may run between timer ticks. A runaway query keeps the event loop busy with
 * promise jobs, so the deadline's timer and the memory sampler may not fire for seconds; the
 * service registers a check per request signal (lib/http/shedding.ts) that `abandonment` runs
 * synchronously from every resolver (lib/http/resolver-guard.ts) and loader.
 */
const checks = new WeakMap<AbortSignal, () => void>();

/** Registers the synchronous check `checkpoint` runs for requests carrying `signal` (it aborts the signal when due). */
export function checkAbandonment(signal: AbortSignal, check: () => void): void {
  checks.set(signal, check);
}

/** The coded error a request abandoned for `signal`'s reason gets. */
export function abandonmentError(signal: AbortSignal): GraphQLError {
  const reason: unknown = signal.reason;
  if (reason instanceof GraphQLError) return reason;
  // The client closed the connection: nobody reads the answer, but logs and metrics name a code.
  return ERRORS.DEADLINE_EXCEEDED.err('The caller stopped waiting; the work was abandoned.');
}

/** The request's abandonment error if its work should stop, else null (also outside a request). */
export function abandonment(): GraphQLError | null {
  const signal = currentRequest()?.signal;
  if (!signal) return null;
  if (!signal.aborted) checks.get(signal)?.();
  return signal.aborted ? abandonmentError(signal) : null;
}

/** Throws the request's abandonment error if its work should stop (in async code: DataLoader batches). */
export function checkpoint(): void {
  const stop = abandonment();
  if (stop) throw stop;
}

/**
 * The answer to an abandoned query collapses to the one abandonment error, with its HTTP status,
 * instead of a field error for every resolver that stopped (lib/http/resolver-guard.ts).
 * Mutations are left alone after they start: their writes commit in a transaction each, and
 * stopping between them would leave the caller unsure what was stored; a mutation that arrives
 * too late is refused before any work (lib/http/shedding.ts).
 */
export function abandonedWorkPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const scope = currentRequest();
      if (!scope) return;
      const { signal } = scope;
      return {
        async willSendResponse({ response, operation }) {
          if (!signal.aborted || operation?.operation === OperationTypeNode.MUTATION || response.body.kind !== 'single') return;
          const error = abandonmentError(signal);
          const { http: _http, ...extensions } = error.extensions;
          response.body.singleResult = { errors: [{ message: error.message, extensions }] };
          // Typed `unknown` by graphql-js, a record by Hive Gateway's declarations (bench/peers): read it as unknown either way.
          const http: unknown = error.extensions.http;
          const status = (http as { status?: number } | undefined)?.status;
          if (status) response.http.status = status;
          if (error.extensions.code === 'OVERLOADED') response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          scope.errorCodes.splice(0, scope.errorCodes.length, String(error.extensions.code));
        },
      };
    },
  };
}
