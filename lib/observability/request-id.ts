import { randomUUID } from 'node:crypto';

/** The header that carries one request's id from the caller through the gateway to each subgraph and back. */
export const REQUEST_ID_HEADER = 'x-request-id';

// Safe to copy into logs, headers and label values: no spaces, quotes or control characters.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's id when it is a sane token (≤128 of `[A-Za-z0-9._:-]`), otherwise a fresh UUID. */
export function acceptRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}
