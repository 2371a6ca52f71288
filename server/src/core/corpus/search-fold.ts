// Folding and tokens of the search index (corpus/search.ts, stage 1): the same key as
// text/normalize's fold() — lower case, no diacritics, đ → d, spaces collapsed — made character by
// character from a table, and the runs of [a-z0-9] a folded text is cut into.

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

/**
 * Folded one code unit for one (lower case, no diacritics, đ → d; a unit that folds to nothing or to several keeps its
 * lower case, or itself), so offsets into the result are offsets into `s`: for matching folded phrases in a text and
 * pointing back into it (rules/name-misspelt.ts).
 */
export function foldInPlace(s: string): string {
  const n = s.length;
  if (BUF.length < n) BUF = new Uint16Array(n + 8);
  const buf = BUF;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
    buf[i] = v >= 0 ? v : lowerUnit(c);
  }
  return decode(buf, n);
}

function lowerUnit(c: number): number {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Visit the tokens of folded text as ranges [a, b): runs of [a-z0-9], numbers without their
 * leading zeros ("08b" → "8b"), at most 40 characters.
 */
export function eachToken(folded: string, f: (a: number, b: number) => void): void {
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const w = i < folded.length && isWordChar(folded.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      let a = start;
      while (a < i - 1 && folded.charCodeAt(a) === 48 && folded.charCodeAt(a + 1) >= 48 && folded.charCodeAt(a + 1) <= 57) a++;
      f(a, Math.min(i, a + 40));
      start = -1;
    }
  }
}

/** Tokens of folded text (see eachToken). */
export function tokens(folded: string): string[] {
  const out: string[] = [];
  eachToken(folded, (a, b) => out.push(folded.slice(a, b)));
  return out;
}

export function normNumberToken(t: string): string {
  return /^0+[0-9]/.test(t) ? t.replace(/^0+(?=[0-9])/, '') : t;
}

/** Folded id for prefix comparison: "08B-NQ/HNTW" → "8b-nq/hntw", "30 / 2020/NĐ-CP" → "30/2020/nd-cp". */
export function idKey(id: string): string {
  return normNumberToken(quickFold(id).replace(/\s+/g, ''));
}
