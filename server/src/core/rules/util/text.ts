// Small pure helpers the prose rules share (date-future, title-capitalization, tone-mark-style,
// organisation-renamed, abbreviation-undefined, section-missing). They work on the canonical
// text of a Reading (NFC, LF, plain quotes; see text/normalize.ts) and say so in their names
// where an offset is canonical; rules report spans on the original text through nt.toOriginal.
//
// - toCanonical: the inverse of nt.toOriginal (binary search; the map is monotonic).
// - Segmenter: the clause (up to ";", ":", ".", "!", "?" or a line end) and the sentence around
//   an offset, from boundaries found once per block of text asked about; Matches: a regular
//   expression's matches in order, queried by range; LazyMatches: the same for a pattern of
//   words, found only in the runs of words asked about. A dot inside a number ("28.2.2018", "19.340") or after a short
//   abbreviation ("TP. Hồ Chí Minh") does not end a sentence.
// - quotedSpans: text between straight double quotes on one line (curly quotes are folded to
//   straight ones by normalisation); an unpaired quote opens nothing.
// - keyText: lower case with the tone mark of "oa/oe/uy" on the first vowel, same length as the
//   input, so a match on it has the offsets of the text it came from; markOnFirst and moveMark
//   move a tone mark between the two vowels of such a pair, keeping letter case.
// - likeOriginal: a replacement in the normalisation form (NFC/NFD) of the text it replaces.
// - capsLines: the lines that are all-capital headings; withoutFinalDot: a message part that a
//   full stop may follow.

import type { NormalizedText } from '../../text/normalize';
import type { Localized, Span } from '../../types';
import { charClasses, countIn, IS_LETTER, IS_LOWER, IS_MARK, IS_NUMBER, rx, rxNow, someIn } from '../../text/letters';

/** Canonical offset of an original offset: the first canonical index that maps at or after it. */
export function toCanonical(nt: NormalizedText, original: number): number {
  if (nt.text === nt.original) return original;
  let lo = 0;
  let hi = nt.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nt.toOriginal(mid) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Abbreviations that end with a dot without ending the sentence.
const DOT_ABBREVIATION = rx(String.raw`(?:^|[^\p{L}])(?:TP|Tp|TX|TT|TS|GS|PGS|ThS|NCS|BS|KS|Th|St|v\.v|đ\/c|Đ\/c)$`, 'u');

function endsSentence(t: string, i: number, withSemicolon: boolean): boolean {
  const ch = t[i]!;
  if (ch === '\n') return true;
  if (withSemicolon && (ch === ';' || ch === ':')) return true;
  if (ch === '!' || ch === '?') return true;
  if (ch === '.') {
    const next = t[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== ')') return false; // 28.2.2018, 19.340, TP.HCM
    if (DOT_ABBREVIATION.test(t.slice(Math.max(0, i - 6), i))) return false;
    return true;
  }
  return false;
}

/** Index of the first element of sorted `arr` greater than `x`. */
function upperBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether sorted `arr` has an element in [from, to). */
export function anyIn(arr: readonly number[], from: number, to: number): boolean {
  const k = upperBound(arr, from - 1);
  return k < arr.length && arr[k]! < to;
}

/**
 * Clauses and sentences of a text. Their ends are found a block of the text at a time, the first
 * time a block is asked about, then looked up by binary search: a rule that asks about a few
 * dates of a long report reads only the blocks around them, and one that asks about every date
 * or name of a long or hostile text still reads each block once (linear). A segment is bounded by
 * its ends or `limit` characters either side of the offset asked about.
 */
export class Segmenter {
  /** Per block of BLOCK characters: its clause ends and sentence ends, once found. */
  private readonly blocks: ({ clauseEnds: number[]; sentenceEnds: number[] } | undefined)[] = [];

  constructor(private readonly t: string) {}

  private block(k: number): { clauseEnds: number[]; sentenceEnds: number[] } {
    let b = this.blocks[k];
    if (b) return b;
    b = { clauseEnds: [], sentenceEnds: [] };
    const t = this.t;
    // One test of the character code first: most characters end nothing.
    for (let i = k * BLOCK, n = Math.min(t.length, (k + 1) * BLOCK); i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === 59 || c === 58) b.clauseEnds.push(i); // ";" ":"
      else if ((c === 10 || c === 33 || c === 63 || c === 46) && endsSentence(t, i, false)) {
        b.sentenceEnds.push(i);
        b.clauseEnds.push(i);
      }
    }
    this.blocks[k] = b;
    return b;
  }

  private around(which: 'clauseEnds' | 'sentenceEnds', pos: number, limit: number): Span {
    const lo = Math.max(0, pos - limit);
    const hi = Math.min(this.t.length, pos + limit);
    // The last end before pos, looked for no further back than the limit lets it matter.
    let start = lo;
    for (let k = Math.floor((pos - 1) / BLOCK); k >= 0 && (k + 1) * BLOCK > lo; k--) {
      const ends = this.block(k)[which];
      const j = upperBound(ends, pos - 1) - 1; // last end < pos
      if (j >= 0) {
        start = Math.max(ends[j]! + 1, lo);
        break;
      }
    }
    // The first end at or after pos, within the limit.
    let end = hi;
    for (let k = Math.floor(pos / BLOCK); k * BLOCK < hi; k++) {
      const ends = this.block(k)[which];
      const j = upperBound(ends, pos - 1); // first end >= pos
      if (j < ends.length) {
        end = Math.min(ends[j]!, hi);
        break;
      }
    }
    return { start, end };
  }

  /** The clause around canonical offset `pos`: bounded by ".", "!", "?", ";", ":" or a line end. */
  clauseAt(pos: number, limit = 600): Span {
    return this.around('clauseEnds', pos, limit);
  }

  /** The sentence around canonical offset `pos`: bounded by ".", "!", "?" or a line end. */
  sentenceAt(pos: number, limit = 800): Span {
    return this.around('sentenceEnds', pos, limit);
  }
}

const BLOCK = 2048;

const segmenterCache = new WeakMap<NormalizedText, Segmenter>();

/** The Segmenter of a reading's canonical text, built once per reading (several rules ask). */
export function segmenterOf(nt: NormalizedText): Segmenter {
  let s = segmenterCache.get(nt);
  if (!s) segmenterCache.set(nt, (s = new Segmenter(nt.text)));
  return s;
}

/** Every match of a global regular expression, in order, for range queries by binary search. */
export class Matches {
  readonly starts: number[] = [];
  readonly all: RegExpMatchArray[] = [];

  constructor(t: string, re: RegExp) {
    for (const m of t.matchAll(re)) {
      this.starts.push(m.index!);
      this.all.push(m);
    }
  }

  /** Matches that start in [from, to). */
  between(from: number, to: number): RegExpMatchArray[] {
    const out: RegExpMatchArray[] = [];
    for (let k = upperBound(this.starts, from - 1); k < this.starts.length && this.starts[k]! < to; k++) out.push(this.all[k]!);
    return out;
  }

  /** Whether a match starts in [from, to). */
  any(from: number, to: number): boolean {
    return anyIn(this.starts, from, to);
  }
}

// text/letters.ts's character table, read directly by the per-character loops below (through
// hasClass, the phrase scans of a full check were 5 % slower).
let classes: Uint8Array | undefined;

/** Whether the code unit at `i` may stand inside a phrase of words: a letter, a mark or white space as `\s` counts it. */
function isRunChar(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return ((classes ??= charClasses())[c]! & (IS_LETTER | IS_MARK)) !== 0 || isSpaceCode(c);
}

// The global copy of each expression LazyMatches is given, made once: a rule makes its
// LazyMatches for every block, and building the copy each time was 0.5 % of a full check. Shared
// safely: a scan sets lastIndex before it starts and runs to its end synchronously.
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

/**
 * Matches's answers for a pattern of words — every match made of letters, marks and white space
 * only, its look-arounds at a match's edges asking only whether a letter is there (PLAN and DONE
 * of date-future) — found only near the places asked about. Such a match cannot hold any other
 * character, so the text falls apart at those characters into runs, a match lies inside one run,
 * and scanning a run alone finds what a scan of the whole text finds there. Each run asked about
 * is scanned once: a rule that asks about a few clauses of a long report reads only those.
 */
export class LazyMatches {
  private readonly re: RegExp;
  /** Matches by the start of their run, offsets into the whole text. */
  private readonly runs = new Map<number, RegExpExecArray[]>();

  constructor(
    private readonly t: string,
    re: RegExp,
  ) {
    this.re = globalOf(re);
  }

  private run(start: number, end: number): RegExpExecArray[] {
    let found = this.runs.get(start);
    if (found) return found;
    found = [];
    const piece = this.t.slice(start, end);
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m !== null; m = re.exec(piece)) {
      if (m[0].length === 0) re.lastIndex++;
      m.index += start;
      found.push(m);
    }
    this.runs.set(start, found);
    return found;
  }

  /** Matches that start in [from, to), in order. */
  between(from: number, to: number): RegExpExecArray[] {
    const t = this.t;
    const out: RegExpExecArray[] = [];
    let i = Math.max(0, from);
    while (i > 0 && isRunChar(t, i - 1)) i--; // back to the start of the run holding `from`
    while (i < to && i < t.length) {
      if (!isRunChar(t, i)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < t.length && isRunChar(t, end)) end++;
      for (const m of this.run(i, end)) if (m.index >= from && m.index < to) out.push(m);
      i = end;
    }
    return out;
  }

  /** Whether a match starts in [from, to). */
  any(from: number, to: number): boolean {
    return this.between(from, to).length > 0;
  }
}

// Five rules ask for the quoted spans of the same canonical text in one analysis: the last
// answer is kept (the callers only read it).
let lastQuoted: { t: string; spans: readonly Span[] } | null = null;

/** Canonical spans between paired straight double quotes on one line, quotes included. */
export function quotedSpans(t: string): readonly Span[] {
  if (lastQuoted && lastQuoted.t === t) return lastQuoted.spans;
  const spans = findQuoted(t);
  lastQuoted = { t, spans };
  return spans;
}

function findQuoted(t: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  // Code units, not t[i]: a letter outside Latin-1 read as a string is a new string each time.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) open = -1;
    else if (c === 34) {
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

/** Whether [start, end) lies inside one of `spans` (sorted or not). */
export function insideAny(spans: readonly Span[], start: number, end = start): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/**
 * Spans in any order, nested or overlapping, asked "is [start, end) inside one of you?" by binary
 * search: sorted by start, with the furthest end reached so far, a span holding [start, end)
 * exists exactly when the furthest end among the spans starting at or before `start` reaches `end`.
 */
export class SpanSet {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let m = -Infinity;
    for (const s of sorted) this.maxEnd.push((m = Math.max(m, s.end)));
  }

  contains(start: number, end = start): boolean {
    const k = upperBound(this.starts, start) - 1;
    return k >= 0 && this.maxEnd[k]! >= end;
  }
}

/** Whether [start, end) lies inside one of `spans`, sorted by start and not nested: binary search. */
export function insideSorted(spans: readonly Span[], start: number, end = start): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return !!s && end <= s.end;
}

// Tone-marked vowels by base letter, in the order grave, acute, hook, tilde, dot.
export const TONED: Record<string, string> = {
  a: 'àáảãạ', e: 'èéẻẽẹ', o: 'òóỏõọ', u: 'ùúủũụ', y: 'ỳýỷỹỵ',
  A: 'ÀÁẢÃẠ', E: 'ÈÉẺẼẸ', O: 'ÒÓỎÕỌ', U: 'ÙÚỦŨỤ', Y: 'ỲÝỶỸỴ',
};
const TONE_OF = new Map<string, { base: string; tone: number }>();
for (const [base, marks] of Object.entries(TONED)) [...marks].forEach((m, i) => TONE_OF.set(m, { base, tone: i }));

/** Base letter and tone (0–4) of a tone-marked vowel, or undefined. */
export function toneOf(ch: string): { base: string; tone: number } | undefined {
  return TONE_OF.get(ch);
}

/**
 * Move the tone mark of a two-letter vowel pair ("oá", "uỷ", "óa", "ủy") onto its first or its
 * second vowel, keeping each letter's case: "UỶ" → "ỦY", "Uỷ" → "Ủy".
 */
export function moveMark(pair: string, to: 'first' | 'second'): string {
  const a = pair[0]!;
  const b = pair[1]!;
  const ta = toneOf(a);
  const tb = toneOf(b);
  if (to === 'first' && tb && !ta && TONED[a]) return TONED[a]![tb.tone]! + tb.base;
  if (to === 'second' && ta && !tb && TONED[b]) return ta.base + TONED[b]![ta.tone]!;
  return pair;
}

// "oa", "oe", "uy" at a syllable's end with the mark on the second vowel, in any letter case.
const MARK_ON_SECOND = rx(String.raw`[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![\p{L}\p{M}])|[uU][ỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])`, 'gu');

/** The mark of "oa/oe/uy" at a syllable's end on the first vowel, in any letter case (same length). */
export function markOnFirst(s: string): string {
  return s.replace(MARK_ON_SECOND, (p) => moveMark(p, 'first'));
}

/**
 * Lower case with the tone mark of "oa/oe/uy" on the first vowel, one code unit for one code
 * unit, so offsets into the result are offsets into `t`. (A character whose lower case is longer
 * stays as it is.)
 */
export function keyText(t: string): string {
  const lower = t.toLowerCase();
  if (lower.length === t.length) return markOnFirst(lower);
  let out = '';
  for (const ch of t) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return markOnFirst(out);
}

const keyCache = new WeakMap<NormalizedText, string>();

/** keyText of a reading's canonical text, computed once per reading (several rules ask). */
export function keyTextOf(nt: NormalizedText): string {
  let k = keyCache.get(nt);
  if (k === undefined) {
    k = keyText(nt.text);
    keyCache.set(nt, k);
  }
  return k;
}

/**
 * One regular expression matching any of `phrases` (already in keyText form) as whole words,
 * longest first; a look-ahead on the first letters lets the engine skip most positions quickly.
 */
export function phrasesRegExp(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const firsts = [...new Set(sorted.map((p) => p.charAt(0)))].map((c) => c.replace(/[\]^-]/g, '\\$&')).join('');
  return rxNow(String.raw`(?<![\p{L}\p{N}])(?=[${firsts}])(?:${sorted.map(phraseSource).join('|')})(?![\p{L}\p{N}])`, 'gu');
}

/** A replacement in the normalisation form of the text it replaces (NFD text stays NFD). */
export function likeOriginal(original: string, replacement: string): string {
  return original.normalize('NFC') !== original && original.normalize('NFD') === original ? replacement.normalize('NFD') : replacement;
}

/** Regular-expression source for a phrase: its words joined by up to three spaces. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join(String.raw`\s{1,3}`);
}

/** Lines that are headings in capitals (no lower-case letter, two letters or more), in order. */
export function capsLines(t: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= t.length) {
    const nl = t.indexOf('\n', start);
    const end = nl < 0 ? t.length : nl;
    const line = t.slice(start, end);
    if (!someIn(line, IS_LOWER) && countIn(line, IS_LETTER) >= 2) out.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Whether a span written in the text is in capitals only (a heading or an acronym). */
export function allCaps(s: string): boolean {
  return someIn(s, IS_LETTER) && !someIn(s, IS_LOWER);
}

/** A message part without its final full stop, so that one can follow ("nguồn: <title>." + "."). */
export function withoutFinalDot(l: Localized): Localized {
  return { vi: l.vi.replace(/[.\s]{1,5}$/u, ''), en: l.en.replace(/[.\s]{1,5}$/u, '') };
}

/** Whether a UTF-16 code unit is white space as `\s` in a regular expression counts it. */
export function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

interface TrieNode {
  /** The children when there are two or more (then `one` is -1); null otherwise. */
  next: Map<number, TrieNode> | null;
  /**
   * The only character that continues from here, or -1 (none, or several: ask `next`). Most nodes deep
   * in a phrase have one child: a comparison instead of a Map lookup, and no Map to make for them (making
   * one for every character of every phrase was most of building a corpus's matcher at a check's start).
   */
  one: number;
  oneNode: TrieNode | null;
  /** After a phrase's word: one to three white-space characters lead here. */
  gap: TrieNode | null;
  /** The phrase that ends here, if one does. */
  phrase: string | null;
}

function trieNode(): TrieNode {
  return { next: null, one: -1, oneNode: null, gap: null, phrase: null };
}

function child(node: TrieNode, c: number): TrieNode | null {
  return node.one === c ? node.oneNode : node.next ? (node.next.get(c) ?? null) : null;
}

/** The child of `node` for `c`, made if there is none. */
function childMade(node: TrieNode, c: number): TrieNode {
  if (node.one === c) return node.oneNode!;
  if (node.next) {
    let n = node.next.get(c);
    if (!n) node.next.set(c, (n = trieNode()));
    return n;
  }
  const n = trieNode();
  if (node.oneNode === null) [node.one, node.oneNode] = [c, n];
  else {
    node.next = new Map([[node.one, node.oneNode], [c, n]]);
    [node.one, node.oneNode] = [-1, null];
  }
  return n;
}

/**
 * Whole-word matches of many phrases at once, as `phrasesRegExp` finds them (words joined by one
 * to three white-space characters, not inside a longer word, the longest phrase at a position,
 * left to right without overlap), but by walking a character trie: a regular expression with
 * hundreds of alternatives tries each of them at every word start, the trie only follows the
 * characters that are there. Built once per corpus.
 */
export class PhraseMatcher {
  private readonly root = trieNode();
  /**
   * For a UTF-16 code unit some phrase starts with, 1 + the index of its node in `firsts`; 0
   * otherwise: most positions are rejected, and the others find their node, by array reads.
   */
  private readonly starts = new Uint16Array(65536);
  private readonly firsts: TrieNode[] = [];
  readonly size: number;

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      let node = this.root;
      const words = p.trim().split(/\s+/u);
      words.forEach((w, k) => {
        if (k > 0) node = node.gap ??= trieNode();
        for (let i = 0; i < w.length; i++) node = childMade(node, w.charCodeAt(i));
      });
      node.phrase = p;
    }
    const root = this.root;
    for (const [c, n] of root.next ?? (root.oneNode ? [[root.one, root.oneNode] as const] : [])) this.starts[c] = this.firsts.push(n);
    this.size = phrases.length;
  }

  /** Matches in `t`, in order: the start offset and the text matched (a list, for tests and small texts). */
  matchAll(t: string): { index: number; text: string; phrase: string }[] {
    const out: { index: number; text: string; phrase: string }[] = [];
    this.scan(t, (index, end, phrase) => void out.push({ index, text: t.slice(index, end), phrase }));
    return out;
  }

  /**
   * Each match in `t`, in order: its start and end offsets and the phrase. A visitor, not a generator:
   * the rules meet thousands of names in a long report, and a generator's object and slice for each
   * were 4 % of a full check.
   */
  scan(t: string, visit: (index: number, end: number, phrase: string) => void): void {
    const n = t.length;
    let i = 0;
    const starts = this.starts;
    // The letter table read directly in the loops (through a helper, each read checked the
    // module's lazily made table again).
    const cls = (classes ??= charClasses());
    const WORD = IS_LETTER | IS_NUMBER;
    // At the top of the loop `i` is never inside a word: the text's start, after a character that
    // is not a letter or a digit, at the end of a word, or at the end of a match (which a word
    // character may not follow). So only a phrase starting with a sign ("(", "-") needs to look
    // at the character before it: the end of a word.
    while (i < n) {
      const first = t.charCodeAt(i);
      if (starts[first] === 0 || ((cls[first]! & WORD) === 0 && i > 0 && (cls[t.charCodeAt(i - 1)]! & WORD) !== 0)) {
        // No phrase starts here, nor anywhere further inside this word (a letter would precede
        // it): go to the word's end in one step.
        if ((cls[first]! & WORD) !== 0) while (++i < n && (cls[t.charCodeAt(i)]! & WORD) !== 0);
        else i++;
        continue;
      }
      let node: TrieNode | null = this.firsts[starts[first]! - 1]!;
      let j = i + 1;
      let bestEnd = -1;
      let bestPhrase = '';
      while (node) {
        if (node.phrase !== null && (j >= n || (cls[t.charCodeAt(j)]! & WORD) === 0) && node.phrase.length > bestPhrase.length) {
          bestEnd = j;
          bestPhrase = node.phrase;
        }
        if (j >= n) break;
        const c = t.charCodeAt(j);
        if ((cls[c]! & WORD) === 0 && isSpaceCode(c)) {
          if (!node.gap) break;
          let k = j + 1;
          while (k < n && k < j + 4 && isSpaceCode(t.charCodeAt(k))) k++;
          if (k - j > 3 || k >= n) break; // more than three spaces, or the text ends
          node = child(node.gap, t.charCodeAt(k));
          j = k + 1;
          continue;
        }
        node = child(node, c);
        j++;
      }
      if (bestEnd < 0) {
        if ((cls[first]! & WORD) !== 0) while (++i < n && (cls[t.charCodeAt(i)]! & WORD) !== 0);
        else i++;
        continue;
      }
      visit(i, bestEnd, bestPhrase);
      i = bestEnd;
    }
  }
}

/** Two numbers of one length that differ in one digit ("75" and "73", "136" and "146", "2038" and "2028"). */
export function oneDigitOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) diff++;
  return diff === 1;
}
