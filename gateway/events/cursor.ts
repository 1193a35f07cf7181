/**
 * Change-feed cursors: opaque to clients, a bus position inside (base64url of `p:<position>`).
 * The prefix leaves room for another kind of position later without breaking saved cursors.
 */

const POSITION = /^p:(0|[1-9][0-9]*)$/;

export function encodePosition(position: number): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

/** The cursor of the feed's start: resuming from it reads every event. */
export const START_CURSOR = encodePosition(0);

/** The position a cursor names, or null for anything this API did not return. */
export function decodePosition(cursor: string): number | null {
  const match = POSITION.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const position = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  // base64url decoding skips characters outside its alphabet, so a cursor must re-encode to itself.
  return Number.isSafeInteger(position) && encodePosition(position) === cursor ? position : null;
}
