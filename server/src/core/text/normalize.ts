// Text as it arrives (NFD from some keyboards, CRLF, Word's non-breaking spaces, en dashes and
// curly quotes, a BOM, the Latin "Ð" lookalike) is rewritten into one canonical form for matching,
// with a map from every canonical offset back to the original. Every span the core reports is
// on the original text, so editors can place squiggles where the writer typed.

/** Characters folded one-for-one into their plain counterparts. */
const CHAR_FOLD: Record<string, string> = {
  '\u00a0': ' ', // no-break space (Word)
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-',
  '\u2013': '-', // en dash (Word autocorrect)
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2215': '/', // division slash (PDF)
  '\u2044': '/', // fraction slash
  '\u00d0': '\u0110', // Ð (eth) used for Đ on some Party sites
  '\u00f0': '\u0111', // ð for đ
};

/** Characters dropped: BOM and zero-width marks that PDF and web copies bring. */
const DROP = new Set(['\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad']);

// Anything that could make the canonical text differ from the original.
const NEEDS_WORK = /[\u00a0\u2007\u202f\u2009\u200a\u3000\t\u2010-\u2014\u2212\u2018\u2019\u201c\u201d\u00ab\u00bb\u2215\u2044\u00d0\u00f0\ufeff\u200b-\u200d\u2060\u00ad\r\u0300-\u036f]/;

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
    return i;
  }
}

class MappedText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly map: Int32Array,
  ) {}
  toOriginal(i: number): number {
    if (i <= 0) return 0;
    if (i >= this.text.length) return this.original.length;
    return this.map[i]!;
  }
}

function isCombining(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x20d0 && code <= 0x20ff);
}

/** Canonical form of `original` with its offset map. Linear in the length of the text. */
export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return new IdentityText(original);
  const out: string[] = [];
  const map: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const ch = original[i]!;
    if (ch === '\r') {
      // CRLF and lone CR both become one LF at the CR's offset.
      out.push('\n');
      map.push(i);
      i += original[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (DROP.has(ch)) {
      i++;
      continue;
    }
    const folded = CHAR_FOLD[ch];
    if (folded !== undefined) {
      out.push(folded);
      map.push(i);
      i++;
      continue;
    }
    // A base character and the combining marks after it form one segment, composed together.
    let j = i + 1;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++; // keep surrogate pairs whole
    if (j < n && isCombining(original.charCodeAt(j))) {
      while (j < n && isCombining(original.charCodeAt(j))) j++;
      const composed = original.slice(i, j).normalize('NFC');
      for (let k = 0; k < composed.length; k++) {
        out.push(composed[k]!);
        map.push(i);
      }
    } else {
      for (let k = i; k < j; k++) {
        out.push(original[k]!);
        map.push(i + (k - i));
      }
    }
    i = j;
  }
  map.push(n);
  return new MappedText(original, out.join(''), Int32Array.from(map));
}

// --- Folding for search keys -------------------------------------------------------------

// The two customs of placing the tone mark on "oa", "oe", "uy" spell the same word:
// khoá/khóa, hoà/hòa, uỷ/ủy, thuỷ/thủy. The canonical key puts the mark on the first vowel.
const MARK_ON_O: Record<string, string> = { à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ', è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ' };
const MARK_ON_U: Record<string, string> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };

/** Move tone marks of "oa/oe/uy" at a syllable's end onto the first vowel (khoá → khóa, uỷ → ủy). */
export function canonicalTonePlacement(s: string): string {
  return s
    .replace(/o([àáảãạ])(?![\p{L}])/gu, (_m, v: string) => MARK_ON_O[v] + 'a')
    .replace(/o([èéẻẽẹ])(?![\p{L}])/gu, (_m, v: string) => MARK_ON_O[v] + 'e')
    .replace(/O([ÀÁẢÃẠ])(?![\p{L}])/gu, (_m, v: string) => (MARK_ON_O[v.toLowerCase()] ?? 'o').toUpperCase() + 'A')
    .replace(/u([ỳýỷỹỵ])(?![\p{L}])/gu, (_m, v: string) => MARK_ON_U[v] + 'y')
    .replace(/U([ỲÝỶỸỴ])(?![\p{L}])/gu, (_m, v: string) => (MARK_ON_U[v.toLowerCase()] ?? 'u').toUpperCase() + 'Y');
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
