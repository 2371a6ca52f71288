// Prints the class bodies of server/src/core/text/letters.ts: `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}`, `\p{N}` of the running
// Node's Unicode data, limited to the blocks named there. Run after a Node upgrade if the test
// test/core/letters.test.ts says the Unicode data moved: `node scripts/gen-letters.mjs`.
export const LETTER_BLOCKS = [
  [0x0000, 0x02ff], // Basic Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifier letters
  [0x0370, 0x045f], // Greek and basic Cyrillic (PDF text carries look-alikes: "NĐ-СР" in Cyrillic)
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ … ỹ)
  [0xff21, 0xff5a], // fullwidth Latin letters
];
export const MARK_BLOCKS = [
  [0x0300, 0x036f], // combining diacritical marks (a decomposed "ạ" is "a" and U+0323)
  [0x0483, 0x0489], // Cyrillic combining marks
  [0x1ab0, 0x1aff], // combining diacritical marks extended
  [0x1dc0, 0x1dff], // combining diacritical marks supplement
  [0x20d0, 0x20ff], // combining marks for symbols
  [0xfe20, 0xfe2f], // combining half marks
];
export const NUMBER_BLOCKS = [
  [0x0000, 0x00ff], // digits, ² ³ ¹ ¼ ½ ¾
  [0x2070, 0x218f], // superscripts and subscripts, number forms (Ⅰ Ⅱ …)
  [0x2460, 0x24ff], // enclosed numbers (① ⑴ ⒈)
  [0x2776, 0x2793], // dingbat circled numbers
  [0xff10, 0xff19], // fullwidth digits
];

export function classBody(test, blocks) {
  const parts = [];
  const hex = (c) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const [lo, hi] of blocks) {
    let start = -1;
    for (let c = lo; c <= hi + 1; c++) {
      const yes = c <= hi && test.test(String.fromCharCode(c));
      if (yes && start < 0) start = c;
      if (!yes && start >= 0) {
        const end = c - 1;
        parts.push(start === end ? hex(start) : start + 1 === end ? hex(start) + hex(end) : `${hex(start)}-${hex(end)}`);
        start = -1;
      }
    }
  }
  return parts.join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`export const LETTER = String.raw\`${classBody(/^\p{L}$/u, LETTER_BLOCKS)}\`;`);
  console.log(`export const UPPER = String.raw\`${classBody(/^\p{Lu}$/u, LETTER_BLOCKS)}\`;`);
  console.log(`export const LOWER = String.raw\`${classBody(/^\p{Ll}$/u, LETTER_BLOCKS)}\`;`);
  console.log(`export const MARK = String.raw\`${classBody(/^\p{M}$/u, MARK_BLOCKS)}\`;`);
  console.log(`export const NUMBER = String.raw\`${classBody(/^\p{N}$/u, NUMBER_BLOCKS)}\`;`);
}
