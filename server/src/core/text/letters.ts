// What the reader calls a letter and a number.
//
// Why not `\p{L}` and `\p{N}` as they are: in a /u expression they cover every script, the astral
// planes included, and V8 compiles each occurrence into a long test over hundreds of ranges and
// surrogate pairs (≈ 0.1 ms each, several per expression). A one-page `vanban check` compiles a
// few hundred of them before it reads a word: that was a fifth of its time. A Vietnamese
// administrative text is written in Latin letters; PDF extraction slips in Greek and Cyrillic
// look-alikes ("NĐ-СР" with a Cyrillic С and Р) and fullwidth forms, and the reader must keep
// treating those as letters. So `\p{L}` here means the letters of the blocks below, and `\p{N}`
// the digits and number forms a report can hold (² ½ Ⅱ ①). A letter of another script (Thai, Han,
// Arabic…) next to a word is read as a boundary, which no report depends on.
//
// The class bodies are generated from Unicode data (`node scripts/gen-letters.mjs`) and
// test/core/letters.test.ts checks them against the running Node's `\p{L}` and `\p{N}`.

// Blocks: Latin (0000–02FF), Greek and Cyrillic (0370–052F), Latin Extended Additional and Greek
// Extended (1E00–1FFF), Latin Extended-C (2C60–2C7F) and -D (A720–A7FF), fullwidth Latin (FF21–FF5A).
export const LETTER = String.raw`\u0041-\u005A\u0061-\u007A\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2C60-\u2C7F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA7FF\uFF21-\uFF3A\uFF41-\uFF5A`;
// Blocks: ASCII and Latin-1 (0000–00FF), super- and subscripts and number forms (2070–218F),
// enclosed numbers (2460–24FF), dingbat circled numbers (2776–2793), fullwidth digits (FF10–FF19).
export const NUMBER = String.raw`\u0030-\u0039\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\uFF10-\uFF19`;

const BODY: Record<string, string> = { L: LETTER, N: NUMBER };

/**
 * `source` with each `\p{L}` and `\p{N}` read as above: the class body where it stands inside a
 * class, a class of its own elsewhere. Other escapes (`\p{Lu}`, `\p{M}`, `\\p{L}`) stay as written.
 */
export function narrowed(source: string): string {
  let out = '';
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) {
      const name = source.charCodeAt(i + 1) === 112 /* p */ && source.charCodeAt(i + 2) === 123 && source.charCodeAt(i + 4) === 125 ? BODY[source[i + 3]!] : undefined;
      if (name !== undefined) {
        out += source.slice(from, i) + (inClass ? name : `[${name}]`);
        from = i + 5;
        i += 4;
      } else i++; // an escaped character: never a class bracket
    } else if (c === 91 /* [ */) inClass = true;
    else if (c === 93 /* ] */) inClass = false;
  }
  return from === 0 ? source : out + source.slice(from);
}

/** `new RegExp(source, flags)` with `\p{L}` and `\p{N}` narrowed; `flags` must hold "u" (not "v": classes do not nest here). */
export function rx(source: string, flags: string): RegExp {
  return new RegExp(narrowed(source), flags);
}
