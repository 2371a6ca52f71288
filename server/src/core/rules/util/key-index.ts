// Document keys (a record's key, an id in key form) as small numbers, and a table from those numbers
// for the collecting rules' judges. A judge walks every citation fact of the report on each
// re-check ("the first mention of each document", "the first date given to each"): with string
// keys in a Map or Set, the lookups were most of the three judges' time, a third of a re-check.
// The facts are kept with their block, so a key is numbered once, when its block is collected.

const numbers = new Map<string, Map<string, number>>();
let count = 0;

/**
 * The number of a key (and a qualifier: "25-NQ/TW" in the term "X"), the same for the whole session
 * (and thread). Two levels, so that no key is built by joining strings on every analysis. The table
 * grows with the distinct documents and ids a session reads: thousands, not more.
 */
export function keyNumber(key: string, qualifier = ''): number {
  let byQualifier = numbers.get(key);
  if (!byQualifier) numbers.set(key, (byQualifier = new Map()));
  let n = byQualifier.get(qualifier);
  if (n === undefined) byQualifier.set(qualifier, (n = count++));
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
    if (this.stamps.length < count) this.grow(count);
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
