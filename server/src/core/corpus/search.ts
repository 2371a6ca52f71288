// The fast fuzzy search over a corpus: completion asks it on every keystroke, so a query must
// cost a few milliseconds even over 100,000 records. Plain fuse.js scans every record (a second
// or more a query at 100k), so the index narrows first and lets fuse.js rank only the few left:
//
//   1. every record is folded (no diacritics, đ → d, lower case) and cut into tokens; a sorted
//      vocabulary with posting lists maps a token, or a token PREFIX, to a range of token ids;
//   2. a query's words are ANDed — whole words, except the last one, which is being typed and
//      counts as a prefix: the posting lists of whole words are intersected (sorted merges),
//      prefixes are checked by binary search in each record's sorted token ids. "quy che dan
//      van" finds "Quy chế công tác dân vận" with words skipped, and nothing that merely has
//      words starting with "quy", "che" …;
//   3. a word the vocabulary does not know may be a typo: when asked, it is replaced by the
//      vocabulary words that share most of its trigrams (words of 3 letters or more);
//   4. the survivors are pre-ranked in two cheap stages — whole words, adjacent pairs of query
//      words (a 128-bit pair filter per record), a static prior; then, for the best hundred or
//      so, the query read in order and close together in one field — and fuse.js orders the
//      last two dozen on the part of the text where the query is.
//
// Directive numbers have their own sorted index per kind and length ("29" → 29 first, then
// 290 … 299, then 2900 …), and directives are listed per kind and per province for "Kết luận số "
// with nothing typed yet.
//
// The index is built once per CorpusIndex and cached in a WeakMap: a new corpus load makes a new
// CorpusIndex, and the old index goes with it.

import Fuse from 'fuse.js';
import { idMatchKey, placeOf, type CorpusIndex, type DirectiveEntry, type Entry } from './corpus-index';
import type { OfficialRecord, OrganisationRecord, TitleRecord } from './types';

export type SearchKind = 'directive' | 'title' | 'organisation' | 'official';

interface DocBase {
  /** Position in its segment (directives, or names). */
  index: number;
  /** What a list shows: "Quyết định 290-QĐ/TW", a title, a name. */
  name: string;
  /** Folded name. */
  key: string;
  /** Folded other names: aliases, variants, abbreviations, the bare id. */
  alt: string[];
  /** Folded subject, issuer, organisation, title of a person … */
  text: string;
  /** Static rank hint (evidence, status), higher first; 0 for most records. */
  prior: number;
}

/**
 * A directive as the search index sees it. Of 100,000 records only a few hundred are read per
 * query, so the folded strings (name, key, other names, text, id) are made from the record when
 * asked, not kept: kept, they were a third of the index's memory. Read a field once where it
 * is used many times.
 */
export class DirectiveDoc implements DocBase {
  readonly kind = 'directive' as const;
  constructor(
    readonly entry: DirectiveEntry,
    public index: number,
    /** Static rank hint (evidence, status), higher first; 0 for most records. */
    readonly prior: number,
    /** Folded kind word: "quyet dinh" (shared by every document of the kind). */
    readonly kindKey: string,
    /** Number without leading zeros, folded: "8b". */
    readonly numberKey: string,
    /** Folded place of a local document's organisation ("ha tinh"), or null. */
    readonly place: string | null,
  ) {}

  /** What a list shows: "Quyết định 290-QĐ/TW". */
  get name(): string {
    return `${this.entry.record.kind} ${this.entry.record.id}`;
  }

  /** Folded kind and id: "quyet dinh 290-qd/tw". */
  get key(): string {
    return `${this.kindKey} ${quickFold(this.entry.record.id)}`;
  }

  /** A law is looked up by its name ("Luật Đất đai") as much as by its number; and aliases. */
  get alt(): string[] {
    const r = this.entry.record;
    return r.name ? [quickFold(`${r.kind} ${r.name}`), ...(r.aliases ?? []).map(quickFold)] : r.aliases?.length ? r.aliases.map(quickFold) : [];
  }

  /** Folded subject, issuer, organisation and term. */
  get text(): string {
    const r = this.entry.record;
    return quickFold(`${r.subject ?? ''} ${r.issuer} ${r.organisation ?? ''}${r.term ? ` khoa ${r.term}` : ''}`);
  }

  /** Id folded, spaces removed, number without leading zeros: "8b-nq/hntw". */
  get idKey(): string {
    return idKey(this.entry.record.id);
  }
}
export interface TitleDoc extends DocBase {
  kind: 'title';
  entry: Entry<TitleRecord>;
}
export interface OrganisationDoc extends DocBase {
  kind: 'organisation';
  entry: Entry<OrganisationRecord>;
}
/** One person: every record the corpus has of them (titles at several dates). */
export interface OfficialDoc extends DocBase {
  kind: 'official';
  entries: Entry<OfficialRecord>[];
}
export type SearchDoc = DirectiveDoc | TitleDoc | OrganisationDoc | OfficialDoc;
export type NameDoc = TitleDoc | OrganisationDoc | OfficialDoc;

export interface SearchHit<D extends SearchDoc = SearchDoc> {
  doc: D;
  /** 0 (perfect) … 1 (barely), as fuse.js counts. */
  score: number;
  /** Query words found whole in the record. */
  exact: number;
  /** How closely the query reads in one field: 1 the whole phrase, 0 words scattered. */
  phrase: number;
}

export interface SearchOptions<D extends SearchDoc = SearchDoc> {
  limit?: number;
  /** Replace unknown words by similar vocabulary words (typos). */
  typos?: boolean;
  /** Keep only records whose name or another name starts with the first query word. */
  anchored?: boolean;
  filter?: (d: D) => boolean;
  /** How many pre-ranked candidates fuse.js orders (default 24). */
  rankPool?: number;
  /** Give up (return nothing) when the rarest query word is in more records than this. */
  maxScan?: number;
  /** Extra pre-rank for a record (the report's province, status …). */
  boost?: (d: D) => number;
}

// ---- Folding and tokens --------------------------------------------------------------------

const FOLD_CHAR = new Map<number, string>();

function foldChar(code: number): string {
  let f = FOLD_CHAR.get(code);
  if (f === undefined) {
    f = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[đð]/g, 'd');
    if (code === 0x00d0 || code === 0x0110) f = 'd';
    FOLD_CHAR.set(code, f);
  }
  return f;
}

/** Folded code of a BMP character: -2 not computed yet, -1 dropped, -3 folds to several characters. */
const FOLD_CODE = new Int32Array(0x10000).fill(-2);

function foldCode(c: number): number {
  let v = FOLD_CODE[c]!;
  if (v === -2) {
    const f = foldChar(c);
    v = f.length === 0 ? -1 : f.length === 1 ? f.charCodeAt(0) : -3;
    FOLD_CODE[c] = v;
  }
  return v;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x2009 || c === 0x200a || c === 0x3000 || c === 0x0b || c === 0x0c;
}

let BUF = new Uint16Array(512);

function decode(buf: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/**
 * The same key as text/normalize's fold() (lower case, no diacritics, đ → d, spaces collapsed
 * and trimmed), character by character from a table into one buffer: the index folds every
 * record of a large corpus, and normalising whole strings made that the slowest part of building.
 */
export function quickFold(s: string): string {
  if (BUF.length < s.length * 2 + 8) BUF = new Uint16Array(s.length * 2 + 8);
  const buf = BUF;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = n > 0;
      continue;
    }
    if (c >= 0x300 && c <= 0x36f) continue;
    const v = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
    if (v === -1) continue;
    if (pendingSpace) {
      buf[n++] = 32;
      pendingSpace = false;
    }
    if (v === -3) {
      const f = foldChar(c);
      for (let k = 0; k < f.length; k++) buf[n++] = f.charCodeAt(k);
    } else buf[n++] = v;
  }
  return decode(buf, n);
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Visit the tokens of folded text: runs of [a-z0-9]; numbers lose leading zeros ("08b" → "8b"). */
function eachToken(folded: string, f: (t: string) => void): void {
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const w = i < folded.length && isWordChar(folded.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      let a = start;
      while (a < i - 1 && folded.charCodeAt(a) === 48 && folded.charCodeAt(a + 1) >= 48 && folded.charCodeAt(a + 1) <= 57) a++;
      f(folded.slice(a, Math.min(i, a + 40)));
      start = -1;
    }
  }
}

/** Tokens of folded text (see eachToken). */
export function tokens(folded: string): string[] {
  const out: string[] = [];
  eachToken(folded, (t) => out.push(t));
  return out;
}

function normNumberToken(t: string): string {
  return /^0+[0-9]/.test(t) ? t.replace(/^0+(?=[0-9])/, '') : t;
}

/** Folded id for prefix comparison: "08B-NQ/HNTW" → "8b-nq/hntw", "30 / 2020/NĐ-CP" → "30/2020/nd-cp". */
export function idKey(id: string): string {
  return normNumberToken(quickFold(id).replace(/\s+/g, ''));
}

// ---- Small tools ---------------------------------------------------------------------------

function lowerBound(arr: readonly string[], x: string): number {
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
class TopK {
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

// ---- One inverted index ------------------------------------------------------------------

/** FNV-1a of a token's characters: the interner's hash, also used for the pair filter. */
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
class Interner {
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
    let start = -1;
    let prev = 0;
    let hasPrev = false;
    for (let i = 0; i <= s.length; i++) {
      const w = i < s.length && isWordChar(s.charCodeAt(i));
      if (w && start < 0) start = i;
      else if (!w && start >= 0) {
        let a = start;
        while (a < i - 1 && s.charCodeAt(a) === 48 && s.charCodeAt(a + 1) >= 48 && s.charCodeAt(a + 1) <= 57) a++;
        const b = Math.min(i, a + 40);
        const h = tokenHash(s, a, b);
        out.push(this.id(s, a, b, h));
        if (hasPrev) {
          const bit = pairBit(prev, h);
          pairs[bit >>> 5]! |= 1 << (bit & 31);
        }
        prev = h;
        hasPrev = true;
        start = -1;
      }
    }
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


/** A query word resolved against the vocabulary: a range of token ids, or a set of similar ones. */
type Matcher = { lo: number; hi: number; ids: null; size: number } | { lo: 0; hi: 0; ids: Int32Array; size: number };

/**
 * An inverted index over one set of documents. Directives and names (titles, organisations,
 * people) live in separate segments, so a search for a title never walks the postings of a
 * hundred thousand directives that share its common words.
 */
class Segment<D extends SearchDoc> {
  private readonly vocab: string[];
  /**
   * Postings of token i: the documents that have it, sorted, postData[postStart[i] … postStart[i + 1]).
   * One array for all tokens: a typed array per token carried a few hundred bytes of its own.
   */
  private readonly postStart: Int32Array;
  private readonly postData: Int32Array;
  /** Token ids of document i, sorted: tokData[tokStart[i] … tokStart[i + 1]). */
  private readonly tokStart: Int32Array;
  private readonly tokData: Int32Array;
  /** Pre-rank parts that do not depend on the query: prior, a short name. */
  private readonly staticScore: Float64Array;
  /** Per document, 128 bits: which pairs of adjacent words it has (with false positives). */
  private readonly pairFilter: Uint32Array;
  private trigramIndex: Map<string, number[]> | null = null;
  private readonly mark: Int32Array;
  private readonly exactScratch: Uint8Array;
  private generation = 0;

  constructor(readonly docs: readonly D[]) {
    // Pass 1: provisional token ids in order of appearance (interned without slicing a string
    // for a word already seen), each document's distinct ids appended to one growing array.
    const words: string[] = [];
    const counts: number[] = [];
    const scratch: number[] = [];
    const intern = new Interner(words, counts);
    const pairWords = new Uint32Array(4);
    this.pairFilter = new Uint32Array(docs.length * 4);
    const staticScore = new Float64Array(docs.length);
    const add = (s: string) => intern.tokens(s, scratch, pairWords);
    let seen = new Int32Array(1024);
    const tokStart = new Int32Array(docs.length + 1);
    let tokData = new Int32Array(Math.max(1024, docs.length * 16));
    let filled = 0;
    docs.forEach((d, doc) => {
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
      this.pairFilter.set(pairWords, doc * 4);
    });
    // Pass 2: sort the vocabulary (prefixes become ranges), renumber, and fill the postings.
    const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
    const rank = new Int32Array(words.length);
    order.forEach((old, i) => (rank[old] = i));
    this.vocab = order.map((i) => words[i]!);
    this.postStart = new Int32Array(words.length + 1);
    for (let i = 0; i < order.length; i++) this.postStart[i + 1] = this.postStart[i]! + counts[order[i]!]!;
    this.postData = new Int32Array(filled);
    const fill = this.postStart.slice(0, words.length);
    // Exactly sized: the growing array had room to spare.
    this.tokData = tokData.slice(0, filled);
    this.tokStart = tokStart;
    for (let doc = 0; doc < docs.length; doc++) {
      const at = tokStart[doc]!;
      const to = tokStart[doc + 1]!;
      for (let j = at; j < to; j++) {
        const id = rank[this.tokData[j]!]!;
        this.tokData[j] = id;
        this.postData[fill[id]!++] = doc;
      }
      this.tokData.subarray(at, to).sort();
    }
    this.staticScore = staticScore;
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
    const fields = new Map<number, { key: string; alt: string[]; text: string }>();
    for (const { idx, score } of stage1.drain()) {
      const d = this.docs[idx]!;
      const key = d.key;
      const alt = d.alt;
      const text = d.text;
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

// ---- The corpus's search index -----------------------------------------------------------

const CACHE = new WeakMap<CorpusIndex, SearchIndex>();

/** The search index of a corpus, built on first use and kept as long as the corpus is. */
export function searchIndexOf(corpus: CorpusIndex): SearchIndex {
  let s = CACHE.get(corpus);
  if (!s) CACHE.set(corpus, (s = new SearchIndex(corpus)));
  return s;
}

/** Directive numbers of one kind (or of all kinds), sorted, one list per number length. */
class NumberIndex {
  private readonly levels: { keys: string[]; docs: DirectiveDoc[] }[] = [];

  /** `docs` in index order. */
  constructor(docs: readonly DirectiveDoc[]) {
    // Documents by number (in index order within one), then the distinct numbers sorted: a few
    // thousand numbers sort faster than 100,000 documents compared by their number strings.
    const byNumber = new Map<string, DirectiveDoc[]>();
    for (const d of docs) {
      const list = byNumber.get(d.numberKey);
      if (list) list.push(d);
      else byNumber.set(d.numberKey, [d]);
    }
    const numbers = [...byNumber.keys()].sort();
    for (const n of numbers) {
      const level = (this.levels[n.length] ??= { keys: [], docs: [] });
      for (const d of byNumber.get(n)!) {
        level.keys.push(n);
        level.docs.push(d);
      }
    }
  }

  /** Exact numbers first, then one character longer …, until `cap` documents pass `filter`. */
  prefix(p: string, filter: (d: DirectiveDoc) => boolean, cap: number): DirectiveDoc[] {
    const out: DirectiveDoc[] = [];
    for (let len = p.length; len < this.levels.length; len++) {
      const level = this.levels[len];
      if (!level) continue;
      const lo = lowerBound(level.keys, p);
      const hi = lowerBound(level.keys, p + '\uffff');
      for (let i = lo; i < hi && out.length < cap * 2; i++) if (filter(level.docs[i]!)) out.push(level.docs[i]!);
      if (out.length >= cap) break;
    }
    return out;
  }
}

export class SearchIndex {
  readonly directiveDocs: DirectiveDoc[] = [];
  readonly nameDocs: NameDoc[] = [];
  private readonly directiveSegment: Segment<DirectiveDoc>;
  private readonly nameSegment: Segment<NameDoc>;
  private readonly numbers: NumberIndex;
  private readonly numbersByKind = new Map<string, NumberIndex>();
  /** Folded kind → directive docs, best static prior first. */
  private readonly byKind = new Map<string, DirectiveDoc[]>();
  /** Folded place → local directive docs. */
  private readonly byPlace = new Map<string, DirectiveDoc[]>();

  constructor(readonly corpus: CorpusIndex) {
    const memo = new Map<string, string | null>();
    for (const e of corpus.directives) this.addDirective(e, memo);
    for (const e of corpus.titles) {
      const r = e.record;
      this.addName({ kind: 'title', entry: e, name: r.canonical, key: quickFold(r.canonical), alt: [...(r.variants ?? []), ...(r.abbreviations ?? [])].map(quickFold), text: '', prior: 0, index: 0 });
    }
    for (const e of corpus.organisations) {
      const r = e.record;
      this.addName({ kind: 'organisation', entry: e, name: r.name, key: quickFold(r.name), alt: (r.abbreviations ?? []).map(quickFold), text: '', prior: r.until ? -0.5 : 0, index: 0 });
    }
    const people = new Map<string, Entry<OfficialRecord>[]>();
    for (const e of corpus.officials) {
      const k = quickFold(e.record.name);
      const list = people.get(k);
      if (list) list.push(e);
      else people.set(k, [e]);
    }
    for (const [k, list] of people) {
      const text = quickFold(list.map((e) => `${e.record.title} ${e.record.organisation ?? ''}`).join(' '));
      this.addName({ kind: 'official', entries: list, name: list[0]!.record.name, key: k, alt: [], text, prior: 0, index: 0 });
    }
    this.directiveSegment = new Segment(this.directiveDocs);
    this.nameSegment = new Segment(this.nameDocs);
    this.numbers = new NumberIndex(this.directiveDocs);
    for (const [k, list] of this.byKind) {
      this.numbersByKind.set(k, new NumberIndex(list));
      // Only the head of each list is ever read ("Kết luận số " with nothing typed).
      this.byKind.set(k, topByPrior(list, 200));
    }
  }

  private addName(d: NameDoc): void {
    d.index = this.nameDocs.length;
    this.nameDocs.push(d);
  }

  private addDirective(e: DirectiveEntry, memo: Map<string, string | null>): void {
    const r = e.record;
    const ev = this.corpus.evidence.size ? this.corpus.evidence.get(idMatchKey(r.id)) : undefined;
    const state = r.status?.state;
    const prior =
      (ev ? Math.log2(1 + ev.count) : 0) +
      (state === 'in-force' ? 1 : state === 'replaced' || state === 'expired' ? -0.5 : 0) +
      (r.confidence === 'unverified' || r.confidence === 'conflict' ? -0.25 : 0);
    // Kinds, numbers and places repeat across records: one string each, not one per document.
    const once = (k: string, f: () => string | null): string | null => {
      let v = memo.get(k);
      if (v === undefined) memo.set(k, (v = f()));
      return v;
    };
    const kindKey = once(`k\0${r.kind}`, () => quickFold(r.kind))!;
    const numberKey = once(`n\0${r.number}`, () => normNumberToken(quickFold(r.number).replace(/\s+/g, '')))!;
    const place = r.organisation ? once(`p\0${r.organisation}`, () => placeOf(r.organisation!)) : null;
    const d = new DirectiveDoc(e, this.directiveDocs.length, prior, kindKey, numberKey, place);
    this.directiveDocs.push(d);
    const k = this.byKind.get(kindKey);
    if (k) k.push(d);
    else this.byKind.set(kindKey, [d]);
    if (d.place) {
      const p = this.byPlace.get(d.place);
      if (p) p.push(d);
      else this.byPlace.set(d.place, [d]);
    }
  }

  get vocabularySize(): number {
    return this.directiveSegment.vocabularySize + this.nameSegment.vocabularySize;
  }

  /**
   * Directives whose number starts with `prefix`, of one kind (folded kind word) or of all,
   * exact numbers first, then one digit longer …, about `cap` documents that pass `filter`.
   */
  byNumberPrefix(prefix: string, kindKey: string | null, filter: (d: DirectiveDoc) => boolean, cap: number): DirectiveDoc[] {
    const index = kindKey ? this.numbersByKind.get(kindKey) : this.numbers;
    return index ? index.prefix(normNumberToken(prefix.toLowerCase()), filter, cap) : [];
  }

  /** Directives of a kind: the best `cap` by static prior, plus every local one of `place`. */
  byKindWord(kindKey: string, place: string | null, filter: (d: DirectiveDoc) => boolean, cap: number): DirectiveDoc[] {
    const out: DirectiveDoc[] = [];
    const seen = new Set<number>();
    if (place) {
      for (const d of this.byPlace.get(place) ?? []) {
        if (d.kindKey === kindKey && filter(d)) {
          out.push(d);
          seen.add(d.index);
        }
      }
    }
    let n = 0;
    for (const d of this.byKind.get(kindKey) ?? []) {
      if (n >= cap) break;
      if (seen.has(d.index) || !filter(d)) continue;
      out.push(d);
      n++;
    }
    return out;
  }

  /** Directives by static prior (evidence, in force, recent), for a lookup with nothing typed. */
  topDirectives(limit: number, filter: (d: DirectiveDoc) => boolean = () => true): DirectiveDoc[] {
    const heap = new TopK(limit);
    for (const d of this.directiveDocs) if (filter(d)) heap.push(d.prior + dateRank(d.entry.record.date), d.index);
    return heap.drain().map((h) => this.directiveDocs[h.idx]!);
  }

  /**
   * Directives matching every word of `query` (diacritics, case and đ ignored; the last word
   * as a prefix), best first. Empty when a word matches nothing and no typo correction helps.
   */
  searchDirectives(query: string, opts: SearchOptions<DirectiveDoc> = {}): SearchHit<DirectiveDoc>[] {
    const folded = quickFold(query);
    const q = dedupe(tokens(folded));
    return q.length ? this.directiveSegment.search(folded, q, opts) : [];
  }

  /** Titles, organisations and people matching `query` (as searchDirectives). */
  searchNames(query: string, opts: SearchOptions<NameDoc> = {}): SearchHit<NameDoc>[] {
    const folded = quickFold(query);
    const q = dedupe(tokens(folded));
    return q.length ? this.nameSegment.search(folded, q, opts) : [];
  }
}

/** Repeated words count once; the last word keeps its place (it is the prefix being typed). */
function dedupe(q: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < q.length; i++) if (q.indexOf(q[i]!, i + 1) < 0) out.push(q[i]!);
  return out;
}

/** The `n` documents with the highest prior (recent first among equals), best first. */
function topByPrior(list: readonly DirectiveDoc[], n: number): DirectiveDoc[] {
  const heap = new TopK(n);
  list.forEach((d, i) => heap.push(d.prior + dateRank(d.entry.record.date) / 100, i));
  return heap.drain().map((h) => list[h.idx]!);
}

/** A small bonus for recent documents (0 … 1 over 1990–2030), for ordering with nothing typed. */
function dateRank(date: string | undefined): number {
  if (!date) return 0;
  const y = +date.slice(0, 4);
  return Math.max(0, Math.min(1, (y - 1990) / 40));
}
