// The first few characters a regular-expression source can match, read from the source itself:
// what lets a long alternation's alternatives be tried one by one, each compiled only when a text
// starts the way it can (the issuers, citations/tails.ts). Where first-chars.ts answers with one
// character, this answers with up to `length`: "Ban Thườ", "BTV Tỉnh", "Bộ Chính", "Bộ chính".
//
// White space is read as one space: a run of spaces and line breaks in the pattern (`[ ]{1,2}`,
// `[ ]?\n[ ]?`, `\s{1,2}`) is " ", and a text is compared after its runs of white space are made
// one space (`windowAt`). Anything it cannot read exactly — a class of ranges, `\p{…}`, `.`, a set
// grown too large — ends the head there ("Ban " and then anything), which is always safe: a head
// only ever says where a match cannot start.

import { endOf, groupOpening, quantifierAt } from './regex-source';

/** A head: `text` is how a match starts; `whole` when the match is exactly `text` (shorter than the length asked). */
interface Head {
  text: string;
  whole: boolean;
}

/** Sets larger than this end their heads where they grow (a wide alternation of names). */
const MOST = 256;
const SPACE = ' ';
const ANYTHING: readonly Head[] = [{ text: '', whole: false }];
const NOTHING: readonly Head[] = [{ text: '', whole: true }];

/**
 * The heads of `src` up to `length` characters, white space as one space; null when a match may
 * start with anything (then every text is to be tried).
 */
export function heads(src: string, length: number): string[] | null {
  const r = new Reader(src, length);
  const out = r.alternation();
  if (r.i !== src.length) return null;
  if (out.some((h) => h.text === '')) return null;
  return [...new Set(out.map((h) => h.text))].sort();
}

/** The text at `at` as heads read it: runs of white space as one space, `length` characters at most. */
export function windowAt(t: string, at: number, length: number): string {
  return t.slice(at, at + length * 3).replace(/\s+/gu, SPACE).slice(0, length);
}

/** Whether the window can start a match of something whose heads are `hs` (null: anything can). */
export function startsAHead(window: string, hs: readonly string[] | null): boolean {
  if (hs === null) return true;
  for (const h of hs) if (window.startsWith(h)) return true;
  return false;
}

function join(a: readonly Head[], b: readonly Head[], length: number): readonly Head[] {
  const out = new Map<string, Head>();
  for (const x of a) {
    if (!x.whole) {
      out.set(`${x.text}\u0000`, x);
      continue;
    }
    for (const y of b) {
      // A space after a space is one run of white space.
      const text = x.text.endsWith(SPACE) && y.text.startsWith(SPACE) ? x.text + y.text.slice(1) : x.text + y.text;
      const h = text.length >= length ? { text: text.slice(0, length), whole: false } : { text, whole: y.whole };
      out.set(`${h.text}${h.whole ? '\u0001' : '\u0000'}`, h);
    }
  }
  return out.size > MOST ? ends(a) : [...out.values()];
}

/** The heads of `a` ended where they stand: what follows may be anything. */
function ends(a: readonly Head[]): readonly Head[] {
  return [...new Map(a.map((h) => [h.text, { text: h.text, whole: false }])).values()];
}

function union(a: readonly Head[], b: readonly Head[]): readonly Head[] {
  const out = new Map<string, Head>();
  for (const h of [...a, ...b]) out.set(`${h.text}${h.whole ? '\u0001' : '\u0000'}`, h);
  return out.size > MOST ? ANYTHING : [...out.values()];
}

const SPECIAL = new Set([...'\\()[]{}|?*+.^$']);
const QUANTIFIER = new Set([...'?*+{']);
// Escapes of white space: read as the one space.
const SPACE_ESCAPES = new Set([...'sntr']);

function isSpaceChar(c: string): boolean {
  return /^\s$/u.test(c);
}

class Reader {
  i = 0;
  constructor(
    private readonly s: string,
    private readonly length: number,
  ) {}

  alternation(): readonly Head[] {
    let acc = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      acc = union(acc, this.sequence());
    }
    return acc;
  }

  sequence(): readonly Head[] {
    let acc = NOTHING;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      // Once every head is as long as asked, the rest of the sequence only needs stepping over.
      if (acc.every((h) => !h.whole)) {
        this.skipSequence();
        break;
      }
      // A run of plain characters is joined at once, not one character at a time.
      const run = this.plainRun();
      acc = join(acc, run ? [{ text: run, whole: true }] : this.quantified(this.atom()), this.length);
    }
    return acc;
  }

  /** Plain characters from here, white space as one space; the last is left when a quantifier follows it. */
  plainRun(): string {
    const s = this.s;
    let j = this.i;
    while (j < s.length && !SPECIAL.has(s[j]!)) j++;
    if (j > this.i && QUANTIFIER.has(s[j]!)) j--;
    // Only characters of one code unit: a surrogate pair is read by atom().
    let run = '';
    for (; this.i < j; this.i++) {
      const c = s.charCodeAt(this.i);
      if (c >= 0xd800 && c <= 0xdfff) break;
      const ch = s[this.i]!;
      if (isSpaceChar(ch)) {
        if (!run.endsWith(SPACE)) run += SPACE;
      } else run += ch;
    }
    return run;
  }

  /** Moves to the end of the current sequence: the next `|` or `)` outside groups and classes. */
  skipSequence(): void {
    this.i = endOf(this.s, this.i);
  }

  /** The atom's heads with the quantifier after it, if any, applied. */
  quantified(atom: readonly Head[]): readonly Head[] {
    const q = quantifierAt(this.s, this.i);
    if (!q) return atom;
    this.i = q.end;
    const { min, max } = q;
    // White space repeated is still one run of it.
    const space = atom.every((h) => h.text === SPACE && h.whole);
    let out = space ? atom : max > 1 ? ends(atom) : atom;
    if (min === 0) out = union(out, NOTHING);
    if (max === 0) out = NOTHING;
    return out;
  }

  atom(): readonly Head[] {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      const { content, look } = groupOpening(s, this.i);
      // A look-around consumes nothing: ignoring what it demands only widens the heads.
      if (look) {
        this.i = endOf(s, content, true);
        return NOTHING;
      }
      this.i = content;
      const inner = this.alternation();
      if (s[this.i] === ')') this.i++;
      return inner;
    }
    if (c === '[') return this.klass();
    if (c === '\\') {
      const e = s[this.i + 1]!;
      if (e === 'p' || e === 'P') {
        const close = s.indexOf('}', this.i);
        this.i = close < 0 ? s.length : close + 1;
        return ANYTHING;
      }
      this.i += 2;
      if (e === 'b' || e === 'B') return NOTHING;
      if (SPACE_ESCAPES.has(e)) return [{ text: SPACE, whole: true }];
      if (e === 'u' || e === 'x' || e === 'c' || e === 'k') return this.escapeCode(e);
      if (/[A-Za-z0-9]/.test(e)) return ANYTHING;
      return [{ text: e, whole: true }];
    }
    if (c === '^' || c === '$') {
      this.i++;
      return NOTHING;
    }
    if (c === '.') {
      this.i++;
      return ANYTHING;
    }
    const ch = String.fromCodePoint(s.codePointAt(this.i)!);
    this.i += ch.length;
    return [{ text: isSpaceChar(ch) ? SPACE : ch, whole: true }];
  }

  /** \uXXXX, \u{…}, \xXX read as their character; other such escapes end the head. */
  escapeCode(e: string): readonly Head[] {
    const s = this.s;
    const m = e === 'u' ? /^(?:([0-9A-Fa-f]{4})|\{([0-9A-Fa-f]{1,6})\})/.exec(s.slice(this.i, this.i + 8)) : e === 'x' ? /^([0-9A-Fa-f]{2})/.exec(s.slice(this.i, this.i + 2)) : null;
    if (!m) return ANYTHING;
    this.i += m[0].length;
    const ch = String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16));
    return [{ text: isSpaceChar(ch) ? SPACE : ch, whole: true }];
  }

  /** A class of single characters ("[cC]", "[ ]", "[đĐ]"); one with ranges, escapes of sets or a negation ends the head. */
  klass(): readonly Head[] {
    const s = this.s;
    this.i++;
    const chars = new Set<string>();
    let exact = s[this.i] !== '^';
    while (this.i < s.length && s[this.i] !== ']') {
      if (s[this.i] === '\\') {
        const e = s[this.i + 1]!;
        if (SPACE_ESCAPES.has(e)) chars.add(SPACE);
        else if (/[A-Za-z0-9]/.test(e)) exact = false;
        else chars.add(e);
        if (e === 'p' || e === 'P') {
          const close = s.indexOf('}', this.i);
          this.i = close < 0 ? s.length : close + 1;
        } else this.i += 2;
        continue;
      }
      const ch = String.fromCodePoint(s.codePointAt(this.i)!);
      this.i += ch.length;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) exact = false;
      chars.add(isSpaceChar(ch) ? SPACE : ch);
    }
    this.i++;
    if (!exact || chars.size === 0) return ANYTHING;
    return [...chars].map((ch) => ({ text: ch, whole: true }));
  }
}
