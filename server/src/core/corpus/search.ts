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
//
// Files: search-fold.ts (folding, tokens), search-docs.ts (what is kept of a record),
// search-segment.ts (one inverted index and the staged search), this file (the index of a corpus:
// segments, numbers, kinds, places).

import { idMatchKey, placeOf, type CorpusIndex, type DirectiveEntry, type Entry } from './corpus-index';
import { DirectiveDoc, type NameDoc, type SearchHit, type SearchOptions } from './search-docs';
import { normNumberToken, quickFold, tokens } from './search-fold';
import { DOCS_PER_STEP, lowerBound, Segment, segmentParts, TopK } from './search-segment';
import type { OfficialRecord } from './types';

export { DirectiveDoc, type NameDoc, type OfficialDoc, type OrganisationDoc, type SearchDoc, type SearchHit, type SearchKind, type SearchOptions, type TitleDoc } from './search-docs';
export { idKey, quickFold, tokens } from './search-fold';

const CACHE = new WeakMap<CorpusIndex, SearchIndex>();

/** Builds under way, a step at a time (stepSearchIndex); finished at once when a search needs one. */
const BUILDING = new WeakMap<CorpusIndex, Generator<void, SearchIndex>>();

/** The search index of a corpus, built on first use and kept as long as the corpus is. */
export function searchIndexOf(corpus: CorpusIndex): SearchIndex {
  const s = CACHE.get(corpus);
  if (s) return s;
  // A build begun step by step goes on from where it stopped, not from the start.
  const steps = BUILDING.get(corpus) ?? buildSearchIndex(corpus);
  BUILDING.delete(corpus);
  let r = steps.next();
  while (!r.done) r = steps.next();
  CACHE.set(corpus, r.value);
  return r.value;
}

/**
 * Advances the build of `corpus`'s search index by one step (some DOCS_PER_STEP records); true
 * once it is built. The server calls it between other work, so that a large corpus is indexed
 * without stopping the diagnostics and hovers of a writer who is typing.
 */
export function stepSearchIndex(corpus: CorpusIndex): boolean {
  if (CACHE.has(corpus)) return true;
  let building = BUILDING.get(corpus);
  if (!building) BUILDING.set(corpus, (building = buildSearchIndex(corpus)));
  const r = building.next();
  if (!r.done) return false;
  BUILDING.delete(corpus);
  CACHE.set(corpus, r.value);
  return true;
}

function* buildSearchIndex(corpus: CorpusIndex): Generator<void, SearchIndex> {
  return new SearchIndex(corpus, yield* searchIndexParts(corpus));
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

/** What a SearchIndex is made of. */
interface SearchIndexParts {
  directiveDocs: DirectiveDoc[];
  nameDocs: NameDoc[];
  directiveSegment: Segment<DirectiveDoc>;
  nameSegment: Segment<NameDoc>;
  numbers: NumberIndex;
  numbersByKind: Map<string, NumberIndex>;
  byKind: Map<string, DirectiveDoc[]>;
  byPlace: Map<string, DirectiveDoc[]>;
}

/**
 * Builds the parts of a corpus's search index, pausing (yield) every DOCS_PER_STEP records or so:
 * run at once by searchIndexOf, or a step at a time by stepSearchIndex.
 */
function* searchIndexParts(corpus: CorpusIndex): Generator<void, SearchIndexParts> {
  const directiveDocs: DirectiveDoc[] = [];
  const nameDocs: NameDoc[] = [];
  const byKind = new Map<string, DirectiveDoc[]>();
  const byPlace = new Map<string, DirectiveDoc[]>();
  const memo = new Map<string, string | null>();
  const addName = (d: NameDoc): void => {
    d.index = nameDocs.length;
    nameDocs.push(d);
  };
  for (const e of corpus.directives) {
    const d = directiveDoc(corpus, e, directiveDocs.length, memo);
    directiveDocs.push(d);
    pushTo(byKind, d.kindKey, d);
    if (d.place) pushTo(byPlace, d.place, d);
    if (directiveDocs.length % DOCS_PER_STEP === 0) yield;
  }
  for (const e of corpus.titles) {
    const r = e.record;
    addName({ kind: 'title', entry: e, name: r.canonical, key: quickFold(r.canonical), alt: [...(r.variants ?? []), ...(r.abbreviations ?? [])].map(quickFold), text: '', prior: 0, index: 0 });
    if (nameDocs.length % DOCS_PER_STEP === 0) yield;
  }
  for (const e of corpus.organisations) {
    const r = e.record;
    addName({ kind: 'organisation', entry: e, name: r.name, key: quickFold(r.name), alt: (r.abbreviations ?? []).map(quickFold), text: '', prior: r.until ? -0.5 : 0, index: 0 });
    if (nameDocs.length % DOCS_PER_STEP === 0) yield;
  }
  const people = new Map<string, Entry<OfficialRecord>[]>();
  for (const e of corpus.officials) pushTo(people, quickFold(e.record.name), e);
  for (const [k, list] of people) {
    const text = quickFold(list.map((e) => `${e.record.title} ${e.record.organisation ?? ''}`).join(' '));
    addName({ kind: 'official', entries: list, name: list[0]!.record.name, key: k, alt: [], text, prior: 0, index: 0 });
    if (nameDocs.length % DOCS_PER_STEP === 0) yield;
  }
  const directiveSegment = new Segment(directiveDocs, yield* segmentParts(directiveDocs));
  const nameSegment = new Segment(nameDocs, yield* segmentParts(nameDocs));
  yield;
  const numbers = new NumberIndex(directiveDocs);
  const numbersByKind = new Map<string, NumberIndex>();
  for (const [k, list] of byKind) {
    yield;
    numbersByKind.set(k, new NumberIndex(list));
    // Only the head of each list is ever read ("Kết luận số " with nothing typed).
    byKind.set(k, topByPrior(list, 200));
  }
  return { directiveDocs, nameDocs, directiveSegment, nameSegment, numbers, numbersByKind, byKind, byPlace };
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** A directive's search document, with its static prior (evidence in the user's texts, status, confidence). */
function directiveDoc(corpus: CorpusIndex, e: DirectiveEntry, index: number, memo: Map<string, string | null>): DirectiveDoc {
  const r = e.record;
  const ev = corpus.evidence.size ? corpus.evidence.get(idMatchKey(r.id)) : undefined;
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
  return new DirectiveDoc(e, index, prior, kindKey, numberKey, place);
}

export class SearchIndex {
  readonly directiveDocs: DirectiveDoc[];
  readonly nameDocs: NameDoc[];
  private readonly directiveSegment: Segment<DirectiveDoc>;
  private readonly nameSegment: Segment<NameDoc>;
  private readonly numbers: NumberIndex;
  private readonly numbersByKind: Map<string, NumberIndex>;
  /** Folded kind → directive docs, best static prior first. */
  private readonly byKind: Map<string, DirectiveDoc[]>;
  /** Folded place → local directive docs. */
  private readonly byPlace: Map<string, DirectiveDoc[]>;

  /** `parts`: searchIndexParts(corpus), run to its end (buildSearchIndex). */
  constructor(
    readonly corpus: CorpusIndex,
    parts: SearchIndexParts,
  ) {
    this.directiveDocs = parts.directiveDocs;
    this.nameDocs = parts.nameDocs;
    this.directiveSegment = parts.directiveSegment;
    this.nameSegment = parts.nameSegment;
    this.numbers = parts.numbers;
    this.numbersByKind = parts.numbersByKind;
    this.byKind = parts.byKind;
    this.byPlace = parts.byPlace;
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
