import { z } from 'zod';
import { isTypePattern } from '../../lib/events/envelope.ts';
import { validate } from '../../lib/validation.ts';
import { decodePosition } from './cursor.ts';

/**
 * The arguments of `changes` and `entityChanged`, checked before the bus is asked: every failing
 * one is listed in one BAD_USER_INPUT, by path (`after`, `types.1`, `first`).
 */

export const MAX_FEED_PAGE = 500;
export const DEFAULT_FEED_PAGE = 100;

const after = z
  .string()
  .nullish()
  .transform((cursor, ctx) => {
    if (cursor === null || cursor === undefined) return undefined;
    const position = decodePosition(cursor);
    if (position !== null) return position;
    ctx.addIssue({ code: 'custom', message: 'must be a cursor returned by this API (an edge cursor or pageInfo.endCursor)' });
    return z.NEVER;
  });

const types = z
  .array(z.string().refine(isTypePattern, 'must be an event type such as Invoice.issued, or Invoice.* for every event of an entity'))
  .nullish()
  .transform((patterns) => (patterns?.length ? patterns : undefined));

const first = z
  .number()
  .int()
  .min(1, `must be between 1 and ${MAX_FEED_PAGE}`)
  .max(MAX_FEED_PAGE, `must be between 1 and ${MAX_FEED_PAGE}`)
  .nullish()
  .transform((size) => size ?? DEFAULT_FEED_PAGE);

const feedArguments = z.object({ after, types, first });
const tailArguments = z.object({ after, types });

export type FeedArguments = z.output<typeof feedArguments>;
export type TailArguments = z.output<typeof tailArguments>;

/** `changes(after, types, first)`: `after` undefined means from the start. */
export function parseFeedArguments(args: unknown): FeedArguments {
  return validate(feedArguments, args);
}

/** `entityChanged(types, after)`: `after` undefined means from now on (the bus's head). */
export function parseTailArguments(args: unknown): TailArguments {
  return validate(tailArguments, args);
}
