/** A small seeded PRNG (mulberry32): the same seed gives the same demo company on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Where the stream stands: `Random.resume(saved)` continues from here, drawing the same numbers again. */
  save(): number {
    return this.state;
  }

  static resume(saved: number): Random {
    const random = new Random(0);
    random.state = saved >>> 0;
    return random;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by weight: `weighted([['ACTIVE', 7], ['PROSPECT', 2]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    // Rounding can leave the roll a hair above zero: the last choice takes it.
    const last = choices.at(-1);
    if (!last) throw new Error('weighted() needs at least one choice');
    return last[0];
  }

  /** A deterministic id suffix in the same alphabet as lib/ids.ts. */
  idPart(): string {
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    let out = '';
    for (let i = 0; i < 16; i++) out += alphabet.charAt(Math.floor(this.next() * 32));
    return out;
  }
}
