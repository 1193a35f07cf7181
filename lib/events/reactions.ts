import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { nowIso } from '../dates.ts';
import type { ErrorCode } from '../errors.ts';
import { platformOf, type PlatformStore, type PlatformTables } from '../store/platform.ts';
import { runWrite } from '../writes/transaction.ts';
import type { Consumer, EventBus } from './bus.ts';
import type { ChangeEvent } from './envelope.ts';

/**
 * A cross-domain reaction: when an event of `types` arrives, the owning domain makes its own
 * write, audited and announced like any other (the actor is `automation:<rule>`). `react` may
 * ask other subgraphs first, then calls `once(write)`: the write runs in one transaction
 * (lib/writes/transaction.ts runWrite, as a mutation's does) that also records the event as
 * processed by this rule, so a redelivered event writes nothing.
 */
export interface Reaction<DB> {
  /** `<domain>.<name>`, e.g. `projects.openProjectForWonDeal`: the durable consumer's name and the audit actor. */
  rule: string;
  types: readonly string[];
  react(event: ChangeEvent, once: (write: (trx: Kysely<DB>) => Promise<void>) => Promise<boolean>): Promise<void>;
}

export interface ReactionRunnerOptions<DB extends PlatformTables> {
  db: Kysely<DB>;
  bus: EventBus;
  reactions: readonly Reaction<DB>[];
  /** Called after a reaction's write commits, so its own events leave at once (OutboxRelay.wake). */
  committed: () => void;
  /** Where a rule says it will retry an event, or skips one; a pino logger fits. */
  logger?: Record<'warn' | 'error', (details: object, message: string) => void>;
}

/**
 * Refusals that the same event will always get (the deal's client does not exist, the project
 * cannot move): retrying would hold back every later event of the rule for ever, so the rule
 * records the event as processed, logs an error and goes on. Anything else (an owner down, a
 * token refused until the configuration is fixed, a lost race) is retried.
 */
const FINAL_REFUSALS: ReadonlySet<ErrorCode> = new Set(['REFERENCE_NOT_FOUND', 'NOT_FOUND', 'INVALID_TRANSITION', 'BAD_USER_INPUT']);

function isFinalRefusal(error: unknown): boolean {
  return error instanceof GraphQLError && FINAL_REFUSALS.has(error.extensions.code as ErrorCode);
}

/** Records that `rule` has dealt with `eventId`; false when it already had (a concurrent delivery waits for the first to commit). */
async function markProcessed(db: PlatformStore, rule: string, eventId: string): Promise<boolean> {
  const claim = await db
    .insertInto('processed_events')
    .values({ rule, event_id: eventId, processed_at: nowIso() })
    .onConflict((conflict) => conflict.columns(['rule', 'event_id']).doNothing())
    .executeTakeFirst();
  return (claim.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** True when `rule` has already acted on `eventId` (cheap check before asking other subgraphs). */
export async function processed(db: PlatformStore, rule: string, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('processed_events')
    .select('event_id')
    .where('rule', '=', rule)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Starts one durable consumer per reaction. A reaction that throws (an owner it asks is down)
 * gets the same event again after a back-off (EventBus.consume), and later events wait.
 */
export function startReactions<DB extends PlatformTables>(options: ReactionRunnerOptions<DB>): Consumer[] {
  return options.reactions.map((reaction) =>
    options.bus.consume(reaction.rule, { types: reaction.types }, async ({ event }) => {
      const caller = { subject: `automation:${reaction.rule}`, scopes: new Set<string>(), anonymous: false };
      const once = async (write: (trx: Kysely<DB>) => Promise<void>): Promise<boolean> => {
        const wrote = await runWrite(options.db, { mutation: reaction.rule, caller }, async (trx) => {
          if (!(await markProcessed(platformOf(trx), reaction.rule, event.id))) return false;
          await write(trx);
          return true;
        });
        if (wrote) options.committed();
        return wrote;
      };
      try {
        await reaction.react(event, once);
      } catch (error: unknown) {
        if (!isFinalRefusal(error)) {
          options.logger?.warn({ rule: reaction.rule, eventId: event.id, err: error }, 'automation rule failed; it will retry this event');
          throw error;
        }
        await markProcessed(platformOf(options.db), reaction.rule, event.id);
        options.logger?.error(
          { rule: reaction.rule, eventId: event.id, err: error },
          'automation rule cannot act on this event and skips it',
        );
      }
    }),
  );
}
