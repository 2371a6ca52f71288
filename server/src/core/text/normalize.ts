// Text as it arrives (NFD from some keyboards, CRLF, Word's non-breaking spaces, en dashes and
// curly quotes, a BOM, the Latin "Ð" lookalike) is rewritten into one canonical form for matching,
// with a map from every canonical offset back to the original. Every span the core reports is
// on the original text, so editors can place squiggles where the writer typed.

import { rx } from './letters';

/** Cyrillic capitals and small letters that are drawn as Latin ones, and those Latin letters. */
export const CYRILLIC_AS_LATIN: Readonly<Record<string, string>> = {
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X',
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0456': 'i',
};

/**
 * Greek capitals (and the small omicron) drawn as Latin letters: "1456/QĐ-BHΧΗ" with a Greek Χ and Η in a legal Q&A page
 * (fifty-fifth session's probe 517: read as an unknown symbol, nothing said).
 */
export const GREEK_AS_LATIN: Readonly<Record<string, string>> = {
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039a': 'K', '\u039c': 'M',
  '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T', '\u03a5': 'Y', '\u03a7': 'X', '\u03bf': 'o',
};

/**
 * Letters that look like Vietnamese ones and are other characters, and the letters they stand for: read as those
 * (below), and told to the writer by rules/letter-lookalike.ts.
 */
export const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  '\u00d0': '\u0110', // Ð (eth) used for Đ on some Party sites
  '\u00f0': '\u0111', // ð for đ
  // Latin "oi" for "ư": PDF files set in old Vietnamese fonts give it for every ư ("Luật Thi đua, khen thƣởng",
  // "Trung ƣơng"; outside probes 90, 113, 138).
  '\u01a3': '\u01b0',
  '\u01a2': '\u01af',
  // Cyrillic letters drawn as Latin ones, which sites and copies slip into a symbol: "133/2025/TT-BTС" with a Cyrillic С
  // (two-hundred-and-fifth outside probe: read as another document, unknown). A word all Cyrillic is Russian, and
  // letter-lookalike leaves it alone.
  ...CYRILLIC_AS_LATIN,
  ...GREEK_AS_LATIN,
};

/** Characters folded one-for-one into their plain counterparts. */
const CHAR_FOLD: Record<string, string> = {
  '\u00a0': ' ', // no-break space (Word)
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\v': ' ',
  '\f': '\n', // form feed: pdftotext's page break
  '\u0085': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-',
  '\u2013': '-', // en dash (Word autocorrect)
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\ufe63': '-',
  '\uff0d': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2215': '/', // division slash (PDF)
  '\u2044': '/', // fraction slash
  '\uff0f': '/', // fullwidth solidus
  ...LOOKALIKE_LETTERS,
};

/** Characters dropped: BOM and zero-width marks that PDF and web copies bring. */
const DROP = new Set(['\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad']);

// Anything that could make the canonical text differ from the original: the keys above, CR, and
// combining marks (NFD input). A table lookup per code unit: a regular expression over such a
// class runs at a third of the speed on two-byte (Vietnamese) strings.
const SPECIAL = new Uint8Array(0x10000);
for (const ch of [...Object.keys(CHAR_FOLD), ...DROP, '\r']) SPECIAL[ch.charCodeAt(0)] = 1;
for (const [a, b] of [[0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff]] as const) SPECIAL.fill(1, a, b + 1);

/** Offset of the first character that needs work at or after `from`, or -1. */
function nextSpecial(s: string, from: number): number {
  for (let i = from, n = s.length; i < n; i++) if (SPECIAL[s.charCodeAt(i)] === 1) return i;
  return -1;
}

export interface NormalizedText {
  /** The text as the writer has it. */
  readonly original: string;
  /** NFC, LF line ends, plain spaces, dashes and quotes. */
  readonly text: string;
  /** Original offset of a canonical offset (0 ≤ i ≤ text.length). */
  toOriginal(i: number): number;
}

class IdentityText implements NormalizedText {
  constructor(readonly original: string) {}
  get text(): string {
    return this.original;
  }
  toOriginal(i: number): number {
    return i < 0 ? 0 : i > this.original.length ? this.original.length : i;
  }
}

/**
 * A canonical text whose offsets map back through a piecewise-linear function: breakpoint k says
 * that from canonical offset at[k] on, original = canonical + delta[k] (until the next one).
 * Only edits that change lengths (CRLF, dropped and composed characters) add breakpoints, so a
 * text with nothing but curly quotes costs one.
 */
class MappedText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly at: Int32Array,
    private readonly delta: Int32Array,
    private readonly count: number,
    private readonly base: NormalizedText | null = null,
  ) {}
  toOriginal(i: number): number {
    if (i < 0) i = 0;
    if (i >= this.text.length) return this.base ? this.base.toOriginal(this.base.text.length) : this.original.length;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const j = i + this.delta[lo]!;
    return this.base ? this.base.toOriginal(j) : j;
  }
}

/** Breakpoints of a piecewise map, grown as needed. */
class Breaks {
  at = new Int32Array(64);
  delta = new Int32Array(64);
  count = 0;
  add(canon: number, orig: number): void {
    const d = orig - canon;
    if (this.count > 0) {
      if (this.delta[this.count - 1] === d) return;
      if (this.at[this.count - 1] === canon) {
        this.delta[this.count - 1] = d;
        return;
      }
    }
    if (this.count === this.at.length) {
      const a = new Int32Array(this.at.length * 2);
      a.set(this.at);
      this.at = a;
      const b = new Int32Array(this.delta.length * 2);
      b.set(this.delta);
      this.delta = b;
    }
    this.at[this.count] = canon;
    this.delta[this.count] = d;
    this.count++;
  }
}

function isCombining(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

/** Canonical form of `original` with its offset map. Linear in the length of the text. */
export function normalizeText(original: string): NormalizedText {
  let i = nextSpecial(original, 0);
  if (i < 0) return new IdentityText(original);
  const n = original.length;
  const parts: string[] = [];
  const br = new Breaks();
  br.add(0, 0);
  let outLen = 0; // canonical length so far
  let runStart = 0; // original offset of the first character not yet emitted
  const emitRun = (end: number): void => {
    if (end > runStart) {
      br.add(outLen, runStart);
      parts.push(original.slice(runStart, end));
      outLen += end - runStart;
    }
  };
  for (; i >= 0; i = nextSpecial(original, runStart > i ? runStart : i + 1)) {
    const ch = original[i]!;
    const code = ch.charCodeAt(0);
    if (code === 13) {
      // CRLF and lone CR both become one LF at the CR's offset.
      emitRun(i);
      br.add(outLen, i);
      parts.push('\n');
      outLen++;
      runStart = i + (original.charCodeAt(i + 1) === 10 ? 2 : 1);
      continue;
    }
    if (DROP.has(ch)) {
      emitRun(i);
      runStart = i + 1;
      continue;
    }
    const folded = CHAR_FOLD[ch];
    if (folded !== undefined) {
      emitRun(i);
      // A folded letter with marks after it ("ƣ" and a combining grave, for "ừ") is composed as the letter it stands for.
      let j = i + 1;
      while (j < n && j - i < 30 && isCombining(original.charCodeAt(j))) j++;
      const out = j > i + 1 ? (folded + original.slice(i + 1, j)).normalize('NFC') : folded;
      for (let k = 0; k < out.length; k++) br.add(outLen + k, i);
      parts.push(out);
      outLen += out.length;
      runStart = j;
      continue;
    }
    if (isCombining(code)) {
      // A base character and the combining marks after it form one segment, composed together.
      // The base is the character before, when it is still in the pending run.
      let s = i;
      if (i > runStart) {
        s = i - 1;
        const c = original.charCodeAt(s);
        if (c >= 0xdc00 && c <= 0xdfff && s > runStart) s--;
      }
      // At most 30 marks per segment (Unicode's stream-safe limit): composing a longer run costs
      // quadratic time in the platform's normalizer, and no real text has one.
      let j = i + 1;
      while (j < n && j - i < 30 && isCombining(original.charCodeAt(j))) j++;
      emitRun(s);
      const composed = original.slice(s, j).normalize('NFC');
      // Every character of the composed segment maps to the segment's start.
      for (let k = 0; k < composed.length; k++) br.add(outLen + k, s);
      parts.push(composed);
      outLen += composed.length;
      runStart = j;
    }
  }
  emitRun(n);
  return new MappedText(original, parts.join(''), br.at, br.delta, br.count);
}

/**
 * The same text with canonical ranges left out (page headers of a PDF extraction, say), still
 * mapping every offset back to the original. `drop` is sorted and non-overlapping.
 */
export function dropRanges(nt: NormalizedText, drop: readonly { start: number; end: number }[]): NormalizedText {
  if (drop.length === 0) return nt;
  const t = nt.text;
  const parts: string[] = [];
  const br = new Breaks();
  let pos = 0;
  let outLen = 0;
  for (const r of drop) {
    if (r.start < pos || r.end <= r.start) continue;
    br.add(outLen, pos);
    parts.push(t.slice(pos, r.start));
    outLen += r.start - pos;
    pos = r.end;
  }
  br.add(outLen, pos);
  parts.push(t.slice(pos));
  return new MappedText(nt.original, parts.join(''), br.at, br.delta, br.count, nt);
}

// --- Folding for search keys -------------------------------------------------------------

// The two customs of placing the tone mark on "oa", "oe", "uy" spell the same word:
// khoá/khóa, hoà/hòa, uỷ/ủy, thuỷ/thủy. The canonical key puts the mark on the first vowel.
const MARK_ON_O: Record<string, string> = { à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ', è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ' };
const MARK_ON_U: Record<string, string> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };
const MARK_O_A = rx(String.raw`o([àáảãạ])(?![\p{L}])`, 'gu');
const MARK_O_E = rx(String.raw`o([èéẻẽẹ])(?![\p{L}])`, 'gu');
const MARK_O_A_CAPS = rx(String.raw`O([ÀÁẢÃẠ])(?![\p{L}])`, 'gu');
const MARK_U_Y = rx(String.raw`u([ỳýỷỹỵ])(?![\p{L}])`, 'gu');
const MARK_U_Y_CAPS = rx(String.raw`U([ỲÝỶỸỴ])(?![\p{L}])`, 'gu');
// A capital starting a word: "Uỷ ban" (fourth outside probe: a law's name written so was not known).
const MARK_U_Y_TITLE = rx(String.raw`U([ỳýỷỹỵ])(?![\p{L}])`, 'gu');

/** Move tone marks of "oa/oe/uy" at a syllable's end onto the first vowel (khoá → khóa, uỷ → ủy). */
export function canonicalTonePlacement(s: string): string {
  return s
    .replace(MARK_O_A, (_m, v: string) => MARK_ON_O[v] + 'a')
    .replace(MARK_O_E, (_m, v: string) => MARK_ON_O[v] + 'e')
    .replace(MARK_O_A_CAPS, (_m, v: string) => (MARK_ON_O[v.toLowerCase()] ?? 'o').toUpperCase() + 'A')
    .replace(MARK_U_Y, (_m, v: string) => MARK_ON_U[v] + 'y')
    .replace(MARK_U_Y_CAPS, (_m, v: string) => (MARK_ON_U[v.toLowerCase()] ?? 'u').toUpperCase() + 'Y')
    .replace(MARK_U_Y_TITLE, (_m, v: string) => MARK_ON_U[v]!.toUpperCase() + 'y');
}

/**
 * Fold to a search key: lower case, no diacritics, đ → d, runs of space collapsed.
 * "Quy chế công tác Dân vận" and "quy che cong tac dan van" fold alike.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐð\u00d0]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Lower case with canonical tone placement, keeping diacritics: for exact-but-tolerant matches. */
export function canonicalKey(s: string): string {
  return canonicalTonePlacement(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}
