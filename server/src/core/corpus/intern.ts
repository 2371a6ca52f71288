// Records read from a user's files repeat the same values record after record: one issuer, one
// organisation, one source title, one status for thousands of records. JSON.parse makes a new
// string and a new object for each occurrence, so a 100,000-record corpus held the same
// "Ban Thường vụ Tỉnh ủy" 35,000 times and the same source 100,000 times (a quarter of the
// memory its records took). An Interner, used while one corpus loads and then dropped, makes
// equal values one value.
//
// Records are never mutated after loading (the index, the rules and the features only read
// them), so equal parts — a `sources` list, a `status` — can be one object shared by many
// records. Interning changes no value: a record equals itself before and after (deepEqual).

import type { CorpusRecord } from './types';

/** Nested parts larger than this (serialised) are not worth a key: they are rarely repeated. */
const MAX_PART_KEY = 2000;

/**
 * Top-level fields that name one record (its id, number, subject, name): hashing them to find
 * no twin cost a tenth of loading 100,000 records. Short ones are shared by JSON.parse already.
 */
const OWN_FIELDS = new Set(['id', 'number', 'subject', 'name', 'canonical', 'long']);

export class Interner {
  private readonly strings = new Map<string, string>();
  private readonly parts = new Map<string, unknown>();

  /** The first string equal to `s` this interner saw. */
  string(s: string): string {
    const seen = this.strings.get(s);
    if (seen !== undefined) return seen;
    this.strings.set(s, s);
    return s;
  }

  /**
   * The record with its strings interned and its nested objects and lists shared with equal
   * ones of earlier records. Changes `r` in place (a record straight from JSON.parse, owned by
   * the loader) and returns it.
   */
  record<R extends CorpusRecord>(r: R): R {
    const o = r as unknown as Record<string, unknown>;
    for (const k in o) if (!OWN_FIELDS.has(k)) o[k] = this.value(o[k]);
    return r;
  }

  private value(v: unknown): unknown {
    if (typeof v === 'string') return this.string(v);
    if (v === null || typeof v !== 'object') return v;
    const key = JSON.stringify(v);
    if (key.length > MAX_PART_KEY) return this.inPlace(v);
    const seen = this.parts.get(key);
    if (seen !== undefined) return seen;
    const part = this.inPlace(v);
    this.parts.set(key, part);
    return part;
  }

  private inPlace(v: object): object {
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = this.value(v[i]);
    else {
      const o = v as Record<string, unknown>;
      for (const k in o) o[k] = this.value(o[k]);
    }
    return v;
  }
}
