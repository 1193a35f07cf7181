import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Random part of an id: 16 characters of Crockford-style base32 (80 bits). */
export function randomIdPart(bytes: Uint8Array = randomBytes(10)): string {
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < bytes.length * 8; i += 5) {
    out = ALPHABET.charAt(Number(bits & 31n)) + out;
    bits >>= 5n;
  }
  return out;
}

/** An opaque id with its type prefix (`cli_…`, `inv_…`), stable forever. */
export function newId(prefix: string): string {
  return `${prefix}_${randomIdPart()}`;
}

/** True when `id` has the given prefix, so a wrong kind of id is refused before any lookup. */
export function hasPrefix(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}_`) && id.length > prefix.length + 1;
}
