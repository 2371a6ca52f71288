// One inverted index of the search (corpus/search.ts, stages 1–4): a sorted vocabulary with
// posting lists, each document's sorted token ids and pair filter, and the search that ANDs the
// query's words, pre-ranks the survivors and lets fuse.js order the last few.

import Fuse from 'fuse.js';
import { eachToken, isWordChar } from './search-fold';
import type { SearchDoc, SearchHit, SearchOptions } from './search-docs';

/** The first position in sorted `arr` whose string is not below `x`. */
export function lowerBound(arr: readonly string[], x: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted intersection of two sorted lists of record numbers (galloping through the longer). */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i]!;
    if (b[j]! < x) {
      let step = 1;
      while (j + step < b.length && b[j + step]! < x) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, b.length);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (j < b.length && b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

function trigrams(t: string): string[] {
  const s = ` ${t} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Position of `t` at a word start in `s` at or after `from` (and, if `whole`, at a word end), or -1. */
function findWord(s: string, t: string, from: number, whole: boolean): number {
  let at = s.indexOf(t, from);
  while (at >= 0) {
    const before = at === 0 || !isWordChar(s.charCodeAt(at - 1));
    const after = !whole || at + t.length >= s.length || !isWordChar(s.charCodeAt(at + t.length));
    if (before && after) return at;
    at = s.indexOf(t, at + 1);
  }
  return -1;
}

/**
 * How closely the query reads in a field: the share of its words found in order, times how
 * tight they sit (their letters over the span they cover). "quy che dan van" in "quy che cong
 * tac dan van" → 1 × 12/21.
 */
function phraseScore(field: string, q: readonly string[]): { score: number; at: number } {
  if (!field) return { score: 0, at: -1 };
  let pos = 0;
  let first = -1;
  let end = 0;
  let found = 0;
  let letters = 0;
  for (let j = 0; j < q.length; j++) {
    const t = q[j]!;
    const at = findWord(field, t, pos, j < q.length - 1);
    if (at < 0) continue;
    if (first < 0) first = at;
    found++;
    letters += t.length;
    end = at + t.length;
    pos = end;
  }
  if (found === 0) return { score: 0, at: -1 };
  return { score: (found / q.length) * (letters / Math.max(letters, end - first)), at: first };
}

/** Fixed-size min-heap of (score, index) keeping the K largest scores. */
export class TopK {
  private readonly s: Float64Array;
  private readonly i: Int32Array;
  n = 0;
  constructor(private readonly k: number) {
    this.s = new Float64Array(Math.max(1, k));
    this.i = new Int32Array(Math.max(1, k));
  }
  push(score: number, idx: number): void {
    if (this.k <= 0) return;
    if (this.n < this.k) {
      let c = this.n++;
      this.s[c] = score;
      this.i[c] = idx;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (this.s[p]! <= this.s[c]!) break;
        this.swap(c, p);
        c = p;
      }
      return;
    }
    if (score <= this.s[0]!) return;
    this.s[0] = score;
    this.i[0] = idx;
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let m = c;
      if (l < this.n && this.s[l]! < this.s[m]!) m = l;
      if (r < this.n && this.s[r]! < this.s[m]!) m = r;
      if (m === c) break;
      this.swap(c, m);
      c = m;
    }
  }
  private swap(a: number, b: number): void {
    const s = this.s[a]!;
    this.s[a] = this.s[b]!;
    this.s[b] = s;
    const i = this.i[a]!;
    this.i[a] = this.i[b]!;
    this.i[b] = i;
  }
  /** Entries, best first. */
  drain(): { idx: number; score: number }[] {
    const out: { idx: number; score: number }[] = [];
    for (let j = 0; j < this.n; j++) out.push({ idx: this.i[j]!, score: this.s[j]! });
    return out.sort((a, b) => b.score - a.score || a.idx - b.idx);
  }
}

/** FNV-1a of a token's characters: the token table's hash, also used for the pair filter. */
function tokenHash(s: string, a = 0, b = s.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Bit (0 … 127) of an adjacent pair of words in a document's pair filter. */
function pairBit(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 127;
}

/**
 * Token ids for the words of folded text, from an open-addressing table keyed by a hash of the
 * characters, so that a word seen before costs no new string.
 */
class TokenTable {
  private table = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 12);
  private size = 0;

  constructor(
    private readonly words: string[],
    private readonly counts: number[],
  ) {}

  /**
   * Push the id of every token of `s` (eachToken's rules) onto `out`, and set the bit of every
   * pair of adjacent tokens in `pairs` (a 128-bit filter: four words).
   */
  tokens(s: string, out: number[], pairs: Uint32Array): void {
    let prev = 0;
    let hasPrev = false;
    eachToken(s, (a, b) => {
      const h = tokenHash(s, a, b);
      out.push(this.id(s, a, b, h));
      if (hasPrev) {
        const bit = pairBit(prev, h);
        pairs[bit >>> 5]! |= 1 << (bit & 31);
      }
      prev = h;
      hasPrev = true;
    });
  }

  private id(s: string, a: number, b: number, h: number): number {
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) {
        const nid = this.words.length;
        this.words.push(s.slice(a, b));
        this.counts.push(0);
        this.table[slot] = nid;
        this.hashes[slot] = h;
        if (++this.size * 2 > this.table.length) this.grow();
        return nid;
      }
      if (this.hashes[slot] === h) {
        const w = this.words[id]!;
        if (w.length === b - a) {
          let same = true;
          for (let k = 0; k < w.length; k++)
            if (w.charCodeAt(k) !== s.charCodeAt(a + k)) {
              same = false;
              break;
            }
          if (same) return id;
        }
      }
    }
  }

  private grow(): void {
    const oldT = this.table;
    const oldH = this.hashes;
    this.table = new Int32Array(oldT.length * 2).fill(-1);
    this.hashes = new Int32Array(oldT.length * 2);
    const mask = this.table.length - 1;
    for (let i = 0; i < oldT.length; i++) {
      const id = oldT[i]!;
      if (id < 0) continue;
      let slot = oldH[i]! & mask;
      while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
      this.table[slot] = id;
      this.hashes[slot] = oldH[i]!;
    }
  }
}


/** What stage 2 and fuse.js read of a document. */
interface DocFields {
  key: string;
  alt: string[];
  text: string;
}
const FIELD_CACHE = 4096;

/** A query word resolved against the vocabulary: a range of token ids, or a set of similar ones. */
type Matcher = { lo: number; hi: number; ids: null; size: number } | { lo: 0; hi: 0; ids: Int32Array; size: number };

/** The arrays of a Segment, computed by segmentParts. */
export interface SegmentParts {
  vocab: string[];
  postStart: Int32Array;
  postData: Int32Array;
  tokStart: Int32Array;
  tokData: Int32Array | Uint16Array;
  staticScore: Float64Array;
  pairFilter: Uint32Array;
}

/** Documents read between two pauses of a resumable build (about a millisecond of work). */
export const DOCS_PER_STEP = 64;

/**
 * Builds a Segment's arrays, pausing (yield) every DOCS_PER_STEP documents: the server builds the
 * index of a large corpus between a writer's keystrokes rather than in one long stop.
 */
export function* segmentParts(docs: readonly SearchDoc[]): Generator<void, SegmentParts> {
  // Pass 1: provisional token ids in order of appearance (interned without slicing a string
  // for a word already seen), each document's distinct ids appended to one growing array.
  const words: string[] = [];
  const counts: number[] = [];
  const scratch: number[] = [];
  const intern = new TokenTable(words, counts);
  const pairWords = new Uint32Array(4);
  const pairFilter = new Uint32Array(docs.length * 4);
  const staticScore = new Float64Array(docs.length);
  const add = (s: string) => intern.tokens(s, scratch, pairWords);
  let seen = new Int32Array(1024);
  const tokStart = new Int32Array(docs.length + 1);
  let tokData = new Int32Array(Math.max(1024, docs.length * 16));
  let filled = 0;
  for (let doc = 0; doc < docs.length; doc++) {
    if (doc % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
    const d = docs[doc]!;
    scratch.length = 0;
    pairWords.fill(0);
    // A directive document computes these from its record on each call: read them once.
    const key = d.key;
    add(key);
    for (const a of d.alt) add(a);
    add(d.text);
    if (d.kind === 'directive') add(d.idKey);
    staticScore[doc] = d.prior * 0.5 - key.length / 400;
    if (seen.length < words.length) {
      const grown = new Int32Array(words.length * 2);
      grown.set(seen);
      seen = grown;
    }
    if (tokData.length < filled + scratch.length) {
      const grown = new Int32Array(Math.max(tokData.length * 2, filled + scratch.length));
      grown.set(tokData.subarray(0, filled));
      tokData = grown;
    }
    // Dedupe with a stamp per word (ids are sorted after renumbering in pass 2).
    for (const id of scratch) {
      if (seen[id] === doc + 1) continue;
      seen[id] = doc + 1;
      tokData[filled++] = id;
      counts[id]!++;
    }
    tokStart[doc + 1] = filled;
    pairFilter.set(pairWords, doc * 4);
  }
  yield;
  // Pass 2: sort the vocabulary (prefixes become ranges), renumber, and fill the postings.
  const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
  const rank = new Int32Array(words.length);
  order.forEach((old, i) => (rank[old] = i));
  const vocab = order.map((i) => words[i]!);
  const postStart = new Int32Array(words.length + 1);
  for (let i = 0; i < order.length; i++) postStart[i + 1] = postStart[i]! + counts[order[i]!]!;
  const postData = new Int32Array(filled);
  const fill = postStart.slice(0, words.length);
  // Exactly sized: the growing array had room to spare.
  const data = words.length <= 0x10000 ? new Uint16Array(filled) : new Int32Array(filled);
  for (let doc = 0; doc < docs.length; doc++) {
    if (doc % (DOCS_PER_STEP * 4) === DOCS_PER_STEP * 4 - 1) yield;
    const at = tokStart[doc]!;
    const to = tokStart[doc + 1]!;
    for (let j = at; j < to; j++) {
      const id = rank[tokData[j]!]!;
      data[j] = id;
      postData[fill[id]!++] = doc;
    }
    data.subarray(at, to).sort();
  }
  return { vocab, postStart, postData, tokStart, tokData: data, staticScore, pairFilter };
}

/**
 * An inverted index over one set of documents. Directives and names (titles, organisations,
 * people) live in separate segments, so a search for a title never walks the postings of a
 * hundred thousand directives that share its common words.
 */
export class Segment<D extends SearchDoc> {
  private readonly vocab: string[];
  /**
   * Postings of token i: the documents that have it, sorted, postData[postStart[i] … postStart[i + 1]).
   * One array for all tokens: a typed array per token carried a few hundred bytes of its own.
   */
  private readonly postStart: Int32Array;
  private readonly postData: Int32Array;
  /**
   * Token ids of document i, sorted: tokData[tokStart[i] … tokStart[i + 1]). Two bytes an id
   * while the vocabulary has at most 65,536 words (a 100,000-record corpus has a few thousand).
   */
  private readonly tokStart: Int32Array;
  private readonly tokData: Int32Array | Uint16Array;
  /** Pre-rank parts that do not depend on the query: prior, a short name. */
  private readonly staticScore: Float64Array;
  /** Per document, 128 bits: which pairs of adjacent words it has (with false positives). */
  private readonly pairFilter: Uint32Array;
  private trigramIndex: Map<string, number[]> | null = null;
  private readonly mark: Int32Array;
  private readonly exactScratch: Uint8Array;
  private generation = 0;
  /**
   * Folded fields of the documents ranked lately. A directive document folds them on each call,
   * and a writer typing a query key by key ranks mostly the same hundred documents again; kept
   * for at most FIELD_CACHE documents (emptied when full), well under a megabyte.
   */
  private readonly fieldCache = new Map<number, DocFields>();

  /** `parts`: segmentParts(docs), run to its end. */
  constructor(
    readonly docs: readonly D[],
    parts: SegmentParts,
  ) {
    this.vocab = parts.vocab;
    this.postStart = parts.postStart;
    this.postData = parts.postData;
    this.tokStart = parts.tokStart;
    this.tokData = parts.tokData;
    this.staticScore = parts.staticScore;
    this.pairFilter = parts.pairFilter;
    this.mark = new Int32Array(docs.length);
    this.exactScratch = new Uint8Array(docs.length);
  }

  /** Documents that have token `id`, sorted. */
  private postings(id: number): Int32Array {
    return this.postData.subarray(this.postStart[id]!, this.postStart[id + 1]!);
  }

  get vocabularySize(): number {
    return this.vocab.length;
  }

  /** Trigrams of the vocabulary, built on the first search that asks for typos. */
  private trigramsOfVocab(): Map<string, number[]> {
    if (this.trigramIndex) return this.trigramIndex;
    const m = new Map<string, number[]>();
    this.vocab.forEach((t, i) => {
      if (t.length < 3 || isWordChar(t.charCodeAt(0)) && t.charCodeAt(0) <= 57) return;
      for (const g of trigrams(t)) {
        const l = m.get(g);
        if (l) l.push(i);
        else m.set(g, [i]);
      }
    });
    return (this.trigramIndex = m);
  }

  private matcher(t: string, prefix: boolean, typos: boolean): Matcher | null {
    const lo = lowerBound(this.vocab, t);
    const hi = prefix ? lowerBound(this.vocab, t + '\uffff') : this.vocab[lo] === t ? lo + 1 : lo;
    if (hi > lo) return { lo, hi, ids: null, size: this.postStart[hi]! - this.postStart[lo]! };
    if (!typos || t.length < 3 || (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57)) return null;
    // Similar words by shared trigrams (Dice coefficient ≥ 0.5), at most 8.
    const grams = trigrams(t);
    const tri = this.trigramsOfVocab();
    const shared = new Map<number, number>();
    for (const g of grams) for (const id of tri.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const similar: { id: number; sim: number }[] = [];
    for (const [id, c] of shared) {
      const sim = (2 * c) / (grams.length + this.vocab[id]!.length + 2);
      if (sim >= 0.5) similar.push({ id, sim });
    }
    if (similar.length === 0) return null;
    similar.sort((a, b) => b.sim - a.sim || a.id - b.id);
    const ids = Int32Array.from(similar.slice(0, 8).map((s) => s.id)).sort();
    let size = 0;
    for (const id of ids) size += this.postStart[id + 1]! - this.postStart[id]!;
    return { lo: 0, hi: 0, ids, size };
  }

  /** Whether document `doc` has a token id in [lo, hi). */
  private hasRange(doc: number, lo: number, hi: number): boolean {
    const data = this.tokData;
    let a = this.tokStart[doc]!;
    let b = this.tokStart[doc + 1]!;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (data[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    return a < this.tokStart[doc + 1]! && data[a]! < hi;
  }

  private has(doc: number, m: Matcher): boolean {
    if (m.ids === null) return this.hasRange(doc, m.lo, m.hi);
    for (const id of m.ids) if (this.hasRange(doc, id, id + 1)) return true;
    return false;
  }

  search(folded: string, q: readonly string[], opts: SearchOptions<D>): SearchHit<D>[] {
    const matchers: { m: Matcher; exactId: number }[] = [];
    for (let j = 0; j < q.length; j++) {
      const t = q[j]!;
      const m = this.matcher(t, j === q.length - 1, !!opts.typos);
      if (!m) return [];
      const e = lowerBound(this.vocab, t);
      matchers.push({ m, exactId: this.vocab[e] === t ? e : -1 });
    }
    const byRarity = [...matchers].sort((a, b) => a.m.size - b.m.size);
    const rare = byRarity[0]!.m;
    // A query whose rarest word is in most records says too little to rank: no answer beats a
    // slow, arbitrary one.
    if (opts.maxScan !== undefined && rare.size > opts.maxScan) return [];
    const first = q[0]!;
    const gen = ++this.generation;
    // Adjacent query words written together ("quy che", "dan van") are a cheap sign of a
    // phrase, checked in each record's pair filter (stage 2 reads the text itself). The last
    // word is still being typed, so its pair counts only when it is already a whole word.
    const pairBits: number[] = [];
    const last = q.length - 1;
    for (let j = 0; j + 1 < q.length; j++) {
      if (j + 1 < last || matchers[last]!.exactId >= 0) pairBits.push(pairBit(tokenHash(q[j]!), tokenHash(q[j + 1]!)));
    }
    const poolSize = opts.rankPool ?? 24;
    // Stage 1 (every record that has all the words): whole words, pairs, prior. Stage 2 (the
    // best few hundred): how closely the query reads in order in one field.
    const stage1 = new TopK(Math.max(120, poolSize * 5));
    const exactOf = this.exactScratch;
    const mark = this.mark;
    const statics = this.staticScore;
    const needDoc = !!(opts.anchored || opts.filter || opts.boost);
    const pf = this.pairFilter;
    // Whole words have one posting list each, sorted by record: intersect those first (a merge
    // reads memory in order), then check prefixes and typo sets record by record.
    const single = byRarity.filter((x) => x.m.ids === null && x.m.hi - x.m.lo === 1);
    const rest = byRarity.filter((x) => !single.includes(x)).map((x) => x.m);
    let both: Int32Array | null = null;
    if (single.length) {
      both = this.postings(single[0]!.m.lo);
      for (let j = 1; j < single.length; j++) both = intersect(both, this.postings(single[j]!.m.lo));
    }
    const checks = both ? rest : rest.slice(1);
    // Whole words in `single` are exact by construction; only the others need counting.
    const otherExact = matchers.filter((x) => !single.includes(x) && x.exactId >= 0).map((x) => x.exactId);
    const visit = (doc: number) => {
      for (let j = 0; j < checks.length; j++) if (!this.has(doc, checks[j]!)) return;
      let score = statics[doc]!;
      if (needDoc) {
        const d = this.docs[doc]!;
        if (opts.anchored && !(d.key.startsWith(first) || d.alt.some((a) => a.startsWith(first)))) return;
        if (opts.filter && !opts.filter(d)) return;
        if (opts.boost) score += opts.boost(d);
      }
      for (let j = 0; j < pairBits.length; j++) {
        const bit = pairBits[j]!;
        if (pf[doc * 4 + (bit >>> 5)]! & (1 << (bit & 31))) score += 3;
      }
      let exact = single.length;
      for (let j = 0; j < otherExact.length; j++) if (this.hasRange(doc, otherExact[j]!, otherExact[j]! + 1)) exact++;
      exactOf[doc] = exact;
      stage1.push(score + exact * 2, doc);
    };
    if (both) {
      for (let k = 0; k < both.length; k++) visit(both[k]!);
    } else {
      // Only prefixes and typo sets: walk the rarest one's postings, once per record.
      const rare0 = rest[0]!;
      const lists = rare0.ids === null ? Array.from({ length: rare0.hi - rare0.lo }, (_, i) => rare0.lo + i) : [...rare0.ids];
      const post = this.postData;
      for (const id of lists) {
        for (let k = this.postStart[id]!, end = this.postStart[id + 1]!; k < end; k++) {
          const doc = post[k]!;
          if (mark[doc] === gen) continue;
          mark[doc] = gen;
          visit(doc);
        }
      }
    }
    const pool = new TopK(poolSize);
    const phraseOf = new Map<number, number>();
    // What fuse.js reads of each candidate; a directive document folds its fields on each call.
    const fields = new Map<number, DocFields>();
    for (const { idx, score } of stage1.drain()) {
      const d = this.docs[idx]!;
      let f = this.fieldCache.get(idx);
      if (!f) {
        if (this.fieldCache.size >= FIELD_CACHE) this.fieldCache.clear();
        this.fieldCache.set(idx, (f = { key: d.key, alt: d.alt, text: d.text }));
      }
      const { key, alt, text } = f;
      const inText = phraseScore(text, q);
      let phrase = Math.max(phraseScore(key, q).score, inText.score);
      for (const a of alt) phrase = Math.max(phrase, phraseScore(a, q).score);
      phraseOf.set(idx, phrase);
      // fuse.js reads the part of the text where the query is, not all of it.
      fields.set(idx, { key, alt, text: inText.at < 0 ? text.slice(0, 80) : text.slice(Math.max(0, inText.at - 8), inText.at + 72) });
      pool.push(score + phrase * 10, idx);
    }
    const ranked = pool.drain();
    if (ranked.length === 0) return [];
    const candidates = ranked.map((r) => this.docs[r.idx]!);
    // fuse.js orders the handful by how closely the whole query reads in the name, the other
    // names and the text. A candidate fuse.js finds too weak still matched every word.
    const fuse = new Fuse(
      ranked.map((r) => fields.get(r.idx)!),
      {
        keys: [
          { name: 'key', weight: 3 },
          { name: 'alt', weight: 2 },
          { name: 'text', weight: 1 },
        ],
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.6,
        shouldSort: false,
      },
    );
    const fuseScore = new Map<number, number>();
    for (const r of fuse.search(folded)) fuseScore.set(r.refIndex, r.score ?? 0.5);
    const top = ranked[0]!.score;
    const bottom = ranked[ranked.length - 1]!.score;
    const hits: SearchHit<D>[] = candidates.map((d, i) => {
      const pre = top > bottom ? (top - ranked[i]!.score) / (top - bottom) : 0;
      return {
        doc: d,
        // fuse.js's score blended with the pre-rank, which knows word order and whole words.
        score: (fuseScore.get(i) ?? 0.8) * 0.5 + pre * 0.5,
        exact: exactOf[ranked[i]!.idx]!,
        phrase: phraseOf.get(ranked[i]!.idx) ?? 0,
      };
    });
    hits.sort((a, b) => a.score - b.score || a.doc.index - b.doc.index);
    return hits.slice(0, opts.limit ?? 20);
  }
}
