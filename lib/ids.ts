import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

// Random bytes are drawn from the system 4 KiB at a time: asked for 10 bytes per id, its generator
// cost more than the rest of an imported row's write (three ids a row: the entity, audit, event).
const pool = Buffer.alloc(4096);
let used = pool.length;

function poolBytes(count: number): Uint8Array {
  if (used + count > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += count;
  return pool.subarray(used - count, used);
}

/** Random part of an id: 16 characters of Crockford-style base32 (80 bits), the bytes read as one big-endian number. */
export function randomIdPart(bytes: Uint8Array = poolBytes(10)): string {
  const digits: string[] = [];
  // From the last byte up, five bits a digit; at most 12 bits are held at a time.
  let held = 0;
  let bits = 0;
  for (let i = bytes.length - 1; i >= 0; i--) {
    held |= (bytes[i] ?? 0) << bits;
    bits += 8;
    for (; bits >= 5; bits -= 5, held >>>= 5) digits.push(ALPHABET.charAt(held & 31));
  }
  if (bits > 0) digits.push(ALPHABET.charAt(held & 31));
  return digits.reverse().join('');
}

/** An opaque id with its type prefix (`cli_…`, `inv_…`), stable forever. */
export function newId(prefix: string): string {
  return `${prefix}_${randomIdPart()}`;
}

/** True when `id` has the given prefix, so a wrong kind of id is refused before any lookup. */
export function hasPrefix(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}_`) && id.length > prefix.length + 1;
}
