// What the reader calls a letter, a mark and a number.
//
// Why not `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` and `\p{N}` as they are: in a /u expression they cover
// every script, the astral planes included, and V8 builds and compiles each occurrence into a long
// test over hundreds of ranges and surrogate pairs (≈ 0.05–0.2 ms each, several per expression). A
// one-page `vanban check` builds a few hundred of them before it reads a word: that was a third of
// its time. A Vietnamese administrative text is written in Latin letters; PDF extraction slips in
// Greek and Cyrillic look-alikes ("NĐ-СР" with a Cyrillic С and Р) and fullwidth forms, and the
// reader must keep treating those as letters. So here `\p{L}` means the letters of the blocks below
// (`\p{Lu}`, `\p{Ll}` their capitals and small letters), `\p{M}` the combining marks those scripts
// take, and `\p{N}` the digits and number forms a report can hold (² ½ Ⅱ ①). A letter of another
// script (Thai, Han, Arabic…) next to a word reads as a boundary, which no report depends on.
//
// The class bodies are generated from Unicode data (`node scripts/gen-letters.mjs`);
// test/core/letters.test.ts checks them against the running Node's own classes.

// Blocks: Latin (0000–02FF), Greek and basic Cyrillic (0370–045F), Latin Extended Additional
// (1E00–1EFF), fullwidth Latin (FF21–FF5A). Not the Cyrillic supplement, Greek Extended and Latin
// Extended-C and -D: their capitals and small letters alternate code by code, so each held a few
// hundred single entries in `\p{Lu}` and `\p{Ll}` — 6 ms of a one-page `vanban check` went into
// building and compiling them, for letters a Vietnamese report does not hold.
export const LETTER = String.raw`\u0041-\u005A\u0061-\u007A\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u045F\u1E00-\u1EFF\uFF21-\uFF3A\uFF41-\uFF5A`;
// Capitals and small letters of the same blocks.
export const UPPER = String.raw`\u0041-\u005A\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u0370\u0372\u0376\u037F\u0386\u0388-\u038A\u038C\u038E\u038F\u0391-\u03A1\u03A3-\u03AB\u03CF\u03D2-\u03D4\u03D8\u03DA\u03DC\u03DE\u03E0\u03E2\u03E4\u03E6\u03E8\u03EA\u03EC\u03EE\u03F4\u03F7\u03F9\u03FA\u03FD-\u042F\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE\uFF21-\uFF3A`;
export const LOWER = String.raw`\u0061-\u007A\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F-\u0293\u0296-\u02AF\u0371\u0373\u0377\u037B-\u037D\u0390\u03AC-\u03CE\u03D0\u03D1\u03D5-\u03D7\u03D9\u03DB\u03DD\u03DF\u03E1\u03E3\u03E5\u03E7\u03E9\u03EB\u03ED\u03EF-\u03F3\u03F5\u03F8\u03FB\u03FC\u0430-\u045F\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF\uFF41-\uFF5A`;
// Combining marks: diacritics (0300–036F; a decomposed "ạ" is "a" and U+0323), Cyrillic (0483–0489),
// the extended and supplement blocks (1AB0–1AFF, 1DC0–1DFF), marks for symbols (20D0–20FF), half
// marks (FE20–FE2F).
export const MARK = String.raw`\u0300-\u036F\u0483-\u0489\u1AB0-\u1ADD\u1AE0-\u1AEB\u1DC0-\u1DFF\u20D0-\u20F0\uFE20-\uFE2F`;
// Blocks: ASCII and Latin-1 (0000–00FF), super- and subscripts and number forms (2070–218F),
// enclosed numbers (2460–24FF), dingbat circled numbers (2776–2793), fullwidth digits (FF10–FF19).
export const NUMBER = String.raw`\u0030-\u0039\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\uFF10-\uFF19`;

const BODY: Record<string, string> = { L: LETTER, Lu: UPPER, Ll: LOWER, M: MARK, N: NUMBER };

/**
 * `source` with each `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` and `\p{N}` read as above: the class body
 * where it stands inside a class, a class of its own elsewhere. Other escapes (`\p{Lo}`, `\\p{L}`)
 * stay as written.
 */
export function narrowed(source: string): string {
  let out = '';
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) {
      const close = source.charCodeAt(i + 1) === 112 /* p */ && source.charCodeAt(i + 2) === 123 /* { */ ? source.indexOf('}', i + 3) : -1;
      const body = close > 0 && close - i <= 5 ? BODY[source.slice(i + 3, close)] : undefined;
      if (body !== undefined) {
        out += source.slice(from, i) + (inClass ? body : `[${body}]`);
        from = close + 1;
        i = close;
      } else i++; // an escaped character: never a class bracket
    } else if (c === 91 /* [ */) inClass = true;
    else if (c === 93 /* ] */) inClass = false;
  }
  return from === 0 ? source : out + source.slice(from);
}

/**
 * `new RegExp(source, flags)` with the classes above narrowed; `flags` must hold "u" (not "v": classes do not nest
 * here). The expression is built the first time it is used (see LazyRegExp).
 */
export function rx(source: string, flags: string): RegExp {
  const re = new LazyRegExp(source, flags);
  declared.push(re);
  return re as unknown as RegExp;
}

/** `rx` built at once, for an expression made while the program runs, to be used right away (not kept in `declared`). */
export function rxNow(source: string, flags: string): RegExp {
  return new RegExp(narrowed(source), flags);
}

// Every expression rx was given: a pattern the engine refuses no longer fails the module's load but its first use,
// so a test builds them all (`buildDeclared`). Declarations are made once, at module load (rxNow for the rest), so
// this holds a few hundred.
const declared: LazyRegExp[] = [];

/** Builds every expression declared with rx so far; the number built. Throws as `new RegExp` would on the first bad one. */
export function buildDeclared(): number {
  for (const re of declared) void re.source;
  return declared.length;
}

// Why lazy: the reader and the rules declare about three hundred expressions at module load, many of them long
// alternations with the classes above spelt out, and V8 parses each one when it is constructed. A one-page
// `vanban check` used only a quarter of them — the rest wait for words the page does not hold — and building them
// was about a twentieth of its time (10 of 175 ms, counted by wrapping the RegExp constructor and `exec`).
//
// A LazyRegExp stands where a RegExp would: String.prototype.replace, match, matchAll, split and search hand an
// object with the well-known symbol methods to those methods, and everything else the code asks of an
// expression (exec, test, lastIndex, source, flags) is forwarded. The one expression is built once and kept, so
// its lastIndex is shared between callers exactly as a RegExp's would be. Not a RegExp: `instanceof RegExp` is
// false (nothing asks it).
class LazyRegExp {
  private built: RegExp | undefined;
  constructor(
    private readonly pattern: string,
    readonly flags: string,
  ) {}
  private get re(): RegExp {
    return (this.built ??= new RegExp(narrowed(this.pattern), this.flags));
  }
  exec(s: string): RegExpExecArray | null {
    return this.re.exec(s);
  }
  test(s: string): boolean {
    return this.re.test(s);
  }
  get lastIndex(): number {
    return this.built ? this.built.lastIndex : 0;
  }
  set lastIndex(i: number) {
    this.re.lastIndex = i;
  }
  get source(): string {
    return this.re.source;
  }
  get global(): boolean {
    return this.flags.includes('g');
  }
  get sticky(): boolean {
    return this.flags.includes('y');
  }
  get ignoreCase(): boolean {
    return this.flags.includes('i');
  }
  get multiline(): boolean {
    return this.flags.includes('m');
  }
  get unicode(): boolean {
    return this.flags.includes('u');
  }
  [Symbol.match](s: string): RegExpMatchArray | null {
    return this.re[Symbol.match](s);
  }
  [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray> {
    return this.re[Symbol.matchAll](s);
  }
  [Symbol.replace](s: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    return this.re[Symbol.replace](s, replacement as string);
  }
  [Symbol.search](s: string): number {
    return this.re[Symbol.search](s);
  }
  [Symbol.split](s: string, limit?: number): string[] {
    return this.re[Symbol.split](s, limit);
  }
  toString(): string {
    return this.re.toString();
  }
}

// The same classes as a table over the Basic Multilingual Plane (they hold nothing beyond it), for
// scanners that test one character at a time: a read instead of a regular expression.
export const IS_LETTER = 1;
export const IS_UPPER = 2;
export const IS_LOWER = 4;
export const IS_MARK = 8;
export const IS_NUMBER = 16;

let table: Uint8Array | undefined;

/** Whether UTF-16 code unit `c` (NaN: none) is in any of the classes `bits` (IS_LETTER | …). */
export function hasClass(c: number, bits: number): boolean {
  return ((charClasses()[c] ?? 0) & bits) !== 0;
}

/** How many code units of `s` are in any of the classes `bits` (what `/[\p{…}]/gu` would count). */
export function countIn(s: string, bits: number): number {
  const t = charClasses();
  let n = 0;
  for (let i = 0; i < s.length; i++) if (t[s.charCodeAt(i)]! & bits) n++;
  return n;
}

/** Whether some code unit of `s` is in one of the classes `bits` (what `/[\p{…}]/u.test(s)` says). */
export function someIn(s: string, bits: number): boolean {
  const t = charClasses();
  for (let i = 0; i < s.length; i++) if (t[s.charCodeAt(i)]! & bits) return true;
  return false;
}

/** Whether `s` starts with a code unit of one of the classes `bits` (what `/^[\p{…}]/u.test(s)` says). */
export function startsIn(s: string, bits: number): boolean {
  return hasClass(s.charCodeAt(0), bits);
}

/** Bits of IS_LETTER … IS_NUMBER for each UTF-16 code unit (built on first use, from the bodies above). */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const fill = (body: string, bit: number) => {
    // A body is a run of \uXXXX and \uXXXX-\uXXXX, as scripts/gen-letters.mjs writes it.
    for (const m of body.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = m[2] ? parseInt(m[2], 16) : lo;
      for (let c = lo; c <= hi; c++) t[c]! |= bit;
    }
  };
  fill(LETTER, IS_LETTER);
  fill(UPPER, IS_UPPER);
  fill(LOWER, IS_LOWER);
  fill(MARK, IS_MARK);
  fill(NUMBER, IS_NUMBER);
  return (table = t);
}
