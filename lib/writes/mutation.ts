import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AuthorisedContext } from '../auth/authorise.ts';
import { requireScope, type Caller, type Scope } from '../auth/scopes.ts';
import { leaseOf } from '../idempotency/lease.ts';
import type { Reference, ReferenceChecker, ReferenceRefusal } from '../references.ts';
import { refusingDuplicates } from '../store/database.ts';
import type { PlatformTables } from '../store/platform.ts';
import { validate } from '../validation.ts';
import { noteCommitted, type AnnouncedWrite } from './announced.ts';
import { runWrite } from './transaction.ts';

/**
 * The one path every write of every subgraph takes. A reader of any mutation can list, in order,
 * what happens to it, up to the event on the bus:
 *
 *   0. idempotency  an Idempotency-Key is claimed for the caller before anything below runs, and
 *                   a retry is answered with the first response (lib/idempotency, HTTP level); a
 *                   retry that took over the key of an owner that died after this write had
 *                   committed answers with what the write returned then, and skips 3 to 6
 *   1. authorise    the caller holds the subgraph's write scope (`crm:write`), and whatever the
 *                   mutation's arguments need besides (setting a salary needs hr:salary:read):
 *                   FORBIDDEN, before anything is read
 *   2. validate     zod parses the arguments: BAD_USER_INPUT listing every failing field
 *   3. references   the owners of other domains' entities it points at confirm each one
 *                   (lib/references.ts): REFERENCE_NOT_FOUND, or SUBGRAPH_UNAVAILABLE
 *   4. transaction  in one store transaction, with the caller and mutation as the write's actor:
 *                   a. lock the rows it changes and check their versions (CONFLICT) and
 *                      lifecycles (INVALID_TRANSITION): VersionedTable.forWrite, transition()
 *                   b. write them, each as its next version (lib/writes/versioned.ts)
 *                   c. append, per entity written, the audit row and the outbox event side by
 *                      side (lib/writes/record.ts)
 *                   d. with an Idempotency-Key: mark the key committed with the write's result,
 *                      provided the request still owns it (else CONFLICT, and all of 4 rolls back)
 *   5. commit       all of 4 or none of it; a unique index refusing a value another write took
 *                   meanwhile is the mutation's CONFLICT
 *   6. announce     wake the outbox relay, so the event leaves now rather than at its next scan
 *                   (lib/events/relay.ts publishes it to the bus, at least once, in write order),
 *                   and name what was written in the response's extensions (lib/writes/announced.ts),
 *                   so the gateway drops what it cached of them before it answers
 *
 * A refused write stops at its step and leaves nothing behind. Every Mutation resolver is built
 * here: defineSubgraph (lib/subgraph.ts) refuses to start a subgraph with one that is not.
 */

/** What the write path needs from a subgraph's per-request context. */
export interface WriteContext<DB> extends AuthorisedContext {
  db: Kysely<DB>;
  /** Asks the owners of referenced entities, on the caller's behalf. */
  references: ReferenceChecker;
  writes: WriteServices;
}

/** Given to every request's context by defineSubgraph. */
export interface WriteServices {
  /** The scope every mutation of the subgraph needs, e.g. `crm:write`. */
  scope: Scope;
  /** Wakes the outbox relay once a write has committed (does nothing without a bus). */
  announce(): void;
}

export interface MutationSpec<Args extends z.ZodType, DB, Ctx extends WriteContext<DB>, Result> {
  /** Step 1, besides the write scope: refusals that depend on the arguments as sent. */
  authorise?: (args: Record<string, unknown>, caller: Caller) => void;
  /** Step 2: the arguments' zod schema (inputs.ts). */
  args: Args;
  /** Step 3: other domains' entities the write points at. */
  references?: (input: z.output<Args>) => Reference[];
  /**
   * Step 3 for a write made of rows that are refused one by one (an import, lib/imports): every
   * row's references are asked of their owners at once, and `write` is handed the refusals, so
   * that only the rows concerned are refused.
   */
  rowReferences?: (input: z.output<Args>) => Reference[];
  /** Step 4, inside the transaction `trx`; `refusals` are those of `rowReferences`. */
  write: (trx: Kysely<DB>, input: z.output<Args>, context: Ctx, refusals: readonly ReferenceRefusal[]) => Promise<Result>;
  /** Step 5: the CONFLICT a unique index's refusal means here (a taken email, invoice number). */
  conflict?: (input: z.output<Args>) => GraphQLError;
}

export type MutationResolver<Ctx, Result> = (
  parent: unknown,
  args: Record<string, unknown>,
  context: Ctx,
  info: GraphQLResolveInfo,
) => Promise<Result>;

const BUILT_HERE = new WeakSet<object>();

/** True for a resolver `mutation` built (defineSubgraph checks every Mutation field). */
export function isWritePath(resolver: unknown): boolean {
  return typeof resolver === 'function' && BUILT_HERE.has(resolver);
}

/**
 * The write path for one subgraph's context type: `const mutation = writePath<CrmContext>()`, then
 * one `mutation({ … })` per Mutation field. (Curried so the context is named once per file and
 * each mutation's argument types are inferred from its zod schema.)
 */
export function writePath<Ctx extends WriteContext<DB>, DB = Ctx extends WriteContext<infer D> ? D : never>() {
  return function mutation<Args extends z.ZodType, Result>(spec: MutationSpec<Args, DB, Ctx, Result>): MutationResolver<Ctx, Result> {
    const resolver: MutationResolver<Ctx, Result> = async (_parent, args, context, info) => {
      requireScope(context.caller, context.writes.scope, `Mutation.${info.fieldName}`);
      spec.authorise?.(args, context.caller);
      const input = validate(spec.args, args);
      // The request's hold on its Idempotency-Key, if it sent one; this field's writes are kept by response key (its alias).
      const lease = leaseOf(context);
      const responseKey = lease ? String(info.path.key) : '';
      const earlier = lease?.committed(responseKey);
      if (earlier?.found) return earlier.result as Result;
      if (spec.references) await context.references.assertReferences(spec.references(input));
      const refusals = spec.rowReferences ? await context.references.refusals(spec.rowReferences(input)) : [];
      const written: AnnouncedWrite[] = [];
      const actor = { mutation: info.fieldName, caller: context.caller, written };
      const commit = () =>
        runWrite(context.db, actor, async (trx) => {
          const written = await spec.write(trx, input, context, refusals);
          // The subgraph's DB has the platform tables (defineSubgraph's constraint); this generic code cannot see it.
          await lease?.recordWrite(trx as unknown as Kysely<PlatformTables>, responseKey, written);
          return written;
        });
      const { conflict } = spec;
      const result = conflict ? await refusingDuplicates(commit, () => conflict(input)) : await commit();
      lease?.didCommit(responseKey, result);
      noteCommitted(context, written);
      context.writes.announce();
      return result;
    };
    BUILT_HERE.add(resolver);
    return resolver;
  };
}
