// Character-level helpers shared by the stages: word boundaries and separators, by hand for speed.

export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code !== 160 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f);
}

/** Between two members of a list: a comma, "và", or both ("Luật A, Luật B và Luật C"). */
export const LIST_JOIN_GAP = /^\s{0,2}(?:,|và|,\s{0,2}và)\s{1,2}$/u;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Start and end of the word (letters) that ends at `end` after up to four blanks, colons or emphasis marks. */
export function wordBounds(t: string, end: number, floor: number): { start: number; end: number } | null {
  let e = end;
  // Blanks, a colon, and Markdown emphasis a converter split around them ("Nghị quyết số* *203/2025/QH15",
  // pandoc's copy of a Word file; thirty-eighth outside probe: the kind was lost).
  for (let k = 0; k < 4 && e > floor; k++) {
    const c = t.charCodeAt(e - 1);
    if (c !== 32 && c !== 10 && c !== 58 && c !== 42 && c !== 95) break;
    e--;
  }
  let s = e;
  while (s > floor && e - s < 12) {
    const c = t.charCodeAt(s - 1);
    if (!isWordChar(c) || isDigit(c)) break;
    s--;
  }
  return s === e ? null : { start: s, end: e };
}

export function isSo(t: string, b: { start: number; end: number }): boolean {
  if (b.end - b.start !== 2) return false;
  const c0 = t.charCodeAt(b.start);
  const c1 = t.charCodeAt(b.start + 1);
  return (c0 === 115 || c0 === 83) && (c1 === 0x1ed1 || c1 === 0x1ed0); // s/S + ố/Ố
}

/**
 * Past what may stand between a citation and its next part: Markdown emphasis closing
 * ("**Kết luận số 43-KL/TW** của …"), blanks with at most one line break (a PDF line may end in
 * spaces and the next start indented; a blank line ends the paragraph), one comma and blanks again.
 * By hand: this runs several times per citation.
 */
export function skipSeparator(t: string, pos: number): number {
  let i = pos;
  for (let k = 0; k < 3 && (t.charCodeAt(i) === 42 || t.charCodeAt(i) === 95); k++) i++;
  i = skipBlank(t, i);
  // And after it, before a title set in italics: "của Ban Bí thư *“Về tiếp tục đổi mới …”*" (fortieth session's probe 387:
  // the subject was lost, and told missing).
  for (let k = 0; k < 3 && (t.charCodeAt(i) === 42 || t.charCodeAt(i) === 95) && isQuoteOrLetter(t.charCodeAt(i + 1)); k++) i++;
  if (t.charCodeAt(i) === 44) i = skipBlank(t, i + 1);
  // A dash before the term: "của Bộ Chính trị - Khóa X ngày 13/4/2007" (eighty-fourth outside probe:
  // the term and the date after it were lost).
  else if ((t.charCodeAt(i) === 45 || t.charCodeAt(i) === 0x2013) && DASH_TERM.test(t.slice(i, i + 12))) i = skipBlank(t, i + 1);
  return i;
}

const DASH_TERM = /^[-–] {1,2}(?:[kK]hóa|[kK]hoá|KHÓA|KHOÁ) /u;

/** Whether `c` opens a quotation or a word (what may follow emphasis marks), not a blank or another mark. */
function isQuoteOrLetter(c: number): boolean {
  return c === 0x201c || c === 34 || c === 42 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
}

function skipBlank(t: string, i: number): number {
  let lines = 0;
  for (let k = 0; k < 12; k++) {
    const c = t.charCodeAt(i);
    if (c === 10) {
      // A blank line ends the paragraph, and so does the end of a Markdown heading line.
      if (++lines > 1 || isHeadingLine(t, i)) return i;
    } else if (c !== 32) return i;
    i++;
  }
  return i;
}

/**
 * Whether the line holding offset `at` (or ending at the line break `at`) is a Markdown heading
 * ("### Thực hiện Quy định 366"). Looks back at most 400 characters: longer lines are not headings.
 */
export function isHeadingLine(t: string, at: number): boolean {
  let s = at;
  const floor = Math.max(0, at - 400);
  while (s > floor && t.charCodeAt(s - 1) !== 10) s--;
  if (s > 0 && t.charCodeAt(s - 1) !== 10) return false;
  while (s < at && t.charCodeAt(s) === 32) s++;
  return t.charCodeAt(s) === 35 && (t.charCodeAt(s + 1) === 32 || t.charCodeAt(s + 1) === 35); // "# ", "##"
}

/** Whether `gap` (text between two parts) holds a paragraph break: a blank line. */
export function hasBlankLine(gap: string): boolean {
  return /\n[ ]{0,8}\n/u.test(gap);
}

// Letter case of the code units that Vietnamese text uses (Latin, Latin Extended, Vietnamese
// Extended): 1 lower-case letter, 2 upper-case letter; a table lookup instead of a string per test.
const CASE = new Uint8Array(0x1f00);
for (let c = 0; c < CASE.length; c++) {
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) CASE[c] = ch === up ? 2 : 1;
}

/** Whether code unit `c` is an upper-case letter (other scripts: never). */
export function isUpperCode(c: number): boolean {
  return c < 0x1f00 && CASE[c] === 2;
}

/** Whether code unit `c` is a letter of the Latin scripts or a digit. */
export function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c < 0x1f00 && CASE[c] !== 0);
}
