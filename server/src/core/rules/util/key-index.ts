// Document keys (a record's key, an id in key form) as small numbers, and a table from those numbers
// for the collecting rules' judges. A judge walks every citation fact of the report on each
// re-check ("the first mention of each document", "the first date given to each"): with string
// keys in a Map or Set, the lookups were most of the three judges' time, a third of a re-check.
// The facts are kept with their block, so a key is numbered once, when its block is collected.

const numbers = new Map<string, number>();

/**
 * The number of a key, the same for the whole session (and thread). The table grows with the
 * distinct documents and ids a session reads: thousands, not more.
 */
export function keyNumber(key: string): number {
  let n = numbers.get(key);
  if (n === undefined) numbers.set(key, (n = numbers.size));
  return n;
}

/**
 * From key numbers to small non-negative integers (an index into the judge's own list), valid for
 * one judgement: `begin()` empties it at no cost (a generation stamp), so one table serves every
 * analysis and holds no fact of an earlier one.
 */
export class KeyIndex {
  private stamps = new Int32Array(256);
  private values = new Int32Array(256);
  private generation = 0;

  begin(): this {
    if (++this.generation === 0x7fffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    if (this.stamps.length < numbers.size) this.grow(numbers.size);
    return this;
  }

  /** The value of key number `k` in this judgement, or -1. */
  get(k: number): number {
    return this.stamps[k] === this.generation ? this.values[k]! : -1;
  }

  set(k: number, value: number): void {
    if (k >= this.stamps.length) this.grow(k + 1);
    this.stamps[k] = this.generation;
    this.values[k] = value;
  }

  private grow(min: number): void {
    let n = this.stamps.length;
    while (n < min) n *= 2;
    const stamps = new Int32Array(n);
    stamps.set(this.stamps);
    const values = new Int32Array(n);
    values.set(this.values);
    this.stamps = stamps;
    this.values = values;
  }
}
