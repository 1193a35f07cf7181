import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, the way Stripe signs: `recordgraph-signature: t=<unix seconds>,v1=<hex>`,
 * where the hex is HMAC-SHA256 keyed with the endpoint's secret over `<t>.<raw body>`. Signing
 * the timestamp with the body lets a receiver refuse a replayed old delivery (5-minute tolerance).
 */

export const SIGNATURE_HEADER = 'recordgraph-signature';

/** Five minutes: how far a signature's timestamp may be from the receiver's clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The hex HMAC-SHA256 of `<timestamp>.<body>` under `secret`. */
export function signPayload(secret: string, body: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header value for one delivery sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${signPayload(secret, body, timestamp)}`;
}

export interface VerifyOptions {
  /** The raw request body, exactly as received (before any JSON parsing). */
  payload: string;
  /** The `recordgraph-signature` header. */
  header: string | null | undefined;
  secret: string;
  /** Largest accepted distance between `t` and `now`, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The receiver's clock, unix seconds (default now). */
  now?: number;
}

export type VerifyResult = { valid: true; timestamp: number } | { valid: false; reason: string };

/**
 * Checks a delivery: the header parses, its timestamp is within the tolerance, and one of its
 * `v1` signatures matches, compared in constant time so the comparison reveals nothing about
 * how much of a forged signature was right.
 */
export function verifySignature(options: VerifyOptions): VerifyResult {
  const parsed = parseHeader(options.header ?? '');
  if (!parsed) return { valid: false, reason: 'malformed signature header' };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - parsed.timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return { valid: false, reason: 'timestamp outside the tolerance' };
  }
  const expected = Buffer.from(signPayload(options.secret, options.payload, parsed.timestamp), 'utf8');
  const matches = parsed.signatures.some((signature) => equalInConstantTime(expected, Buffer.from(signature, 'utf8')));
  return matches ? { valid: true, timestamp: parsed.timestamp } : { valid: false, reason: 'no signature matches' };
}

/** timingSafeEqual throws on unequal lengths; a length mismatch is simply "not equal" (and leaks only the length, which is public). */
function equalInConstantTime(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at < 0) return null;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1') signatures.push(value);
    // Other schemes (a future v2) are ignored, as Stripe's libraries do.
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}
